/**
 * Intake through the queue hub: New request opens the panel and creates one work item and one confirmation
 * mail, triage is saved on the work item, a client submits into her own area, and a large seed loads.
 */
import { type Frame, type Locator, type Page } from "playwright-core";

import { loadManifest, startEmulator } from "../emulator/server";
import {
  byRole,
  chooseOption,
  contributionFrame,
  DEFAULT_TIMEOUT,
  rowAction,
  unexpectedProblems,
  useEmulator,
} from "./support/harness";
import {
  chooseFirstService,
  chooseRequestType,
  inDays,
  tabTo,
  textField as field,
} from "./support/newRequestForm";
import { type LoggedRequest, type PatchOp, restAs } from "./support/rest";

interface Mail {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  workItemIds: number[];
}
interface WorkItem {
  id: number;
  fields: Record<string, unknown>;
}

const manifest = loadManifest();
const HUB = `/fabrikam/Client%20Services/_apps/hub/${manifest.publisher}.${manifest.id}.queue-hub`;

const rowOf = (hub: Frame, grid: string, text: string) =>
  byRole(hub, "grid", grid).getByRole("row").filter({ hasText: text }).first();

/** The id of the request a row shows, from its "Open work item N" link. */
async function rowId(row: Locator): Promise<number> {
  const label = await row.locator('[aria-label^="Open work item "]').first().getAttribute("aria-label");
  return Number(/(\d+)$/.exec(label ?? "")?.[1]);
}

const isCreate = (r: LoggedRequest) => r.method === "POST" && /\/_apis\/wit\/workitems\/\$/i.test(r.path);

describe("intake and triage in the queue hub", () => {
  const e2e = useEmulator();

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  const rest = <T>(path: string) => restAs(e2e).get<T>(path);
  const workItem = (id: number) => rest<WorkItem>(`/fabrikam/_apis/wit/workitems/${id}`);
  const tagsOf = async (id: number) =>
    String((await workItem(id)).fields["System.Tags"] ?? "")
      .split(";")
      .map((t) => t.trim());

  async function openPanel(page: Page, hub: Frame): Promise<Frame> {
    await byRole(hub, "button", "New request").click();
    const panel = await contributionFrame(page, "new-request-panel");
    await byRole(panel, "button", "Submit request").waitFor();
    return panel;
  }

  it("New request creates one reassignment, shows it in Submitted and mails the client once", async () => {
    const ids = await restAs(e2e).userIds();
    const page = await e2e.openAs("holly", HUB);
    const hub = await contributionFrame(page, "queue-hub");
    await rowOf(hub, "Submitted requests", "User 102").waitFor();
    const panel = await openPanel(page, hub);

    await chooseRequestType(panel, "Reassign user");
    await chooseFirstService(panel);
    await field(panel, "Client name").fill("Dana");
    await field(panel, "Client e-mail").fill("dana@contoso-dental.example");
    const user = panel.getByRole("group", { name: "User 1", exact: true });
    await field(user, "User or extension").fill("User 105");
    await field(user, "Departing employee").fill("Maria Gomez");
    await field(user, "Current login e-mail").fill("maria.gomez@contoso-dental.example");
    await field(user, "New employee").fill("Alex Chen");
    await field(user, "New login e-mail").fill("alex.chen@contoso-dental.example");
    await field(user, "Effective date").fill(inDays(14));
    const before = (await restAs(e2e).log()).length;
    await byRole(panel, "button", "Submit request").click();

    const row = rowOf(hub, "Submitted requests", "User 105");
    await row.waitFor();
    const id = await rowId(row);
    expect(id).toBeGreaterThan(0);
    expect(await hub.getByRole("tab", { name: /^Submitted/ }).getAttribute("aria-selected")).toBe("true");

    const creates = (await restAs(e2e).log()).slice(before).filter(isCreate);
    expect(creates).toHaveLength(1);
    const tagsOp = (creates[0].body as PatchOp[]).find((op) => op.path === "/fields/System.Tags");
    expect(String(tagsOp?.value)).toContain("umd-type:reassign");
    expect(await tagsOf(id)).toContain("umd-type:reassign");

    const mails = await rest<Mail[]>("/_emulator/mail");
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual([ids.dana]);
    expect(mails[0].subject).toContain(String(id));
  });

  it("the form holds each field to its limit with a counter, says under a date what is wrong, and ticks by keyboard", async () => {
    const page = await e2e.openAs("holly", HUB);
    const hub = await contributionFrame(page, "queue-hub");
    await byRole(hub, "grid", "Submitted requests").waitFor();
    const panel = await openPanel(page, hub);
    const itemOf = (control: Locator) => control.locator("xpath=ancestor::*[@data-field][1]");

    // Escape in an open dropdown closes its list, not the panel with what was typed.
    await byRole(panel, "button", "Request type").click();
    await panel.getByRole("option").first().waitFor();
    await page.keyboard.press("Escape");
    await panel.getByRole("option").first().waitFor({ state: "detached" });
    expect(await page.locator('iframe[data-contribution-id="new-request-panel"]').count()).toBe(1);

    // Typing past a limit stops at it, and the counter under the field says how far the person is.
    const notes = field(panel, "Notes (optional)");
    await notes.fill("n".repeat(4100));
    expect((await notes.inputValue()).length).toBe(4000);
    await itemOf(notes).getByText("4000/4000", { exact: true }).waitFor();
    const user = panel.getByRole("group", { name: "New user 1", exact: true });
    const name = field(user, "Name");
    await itemOf(name).getByText("0/256", { exact: true }).waitFor();
    await name.fill("a".repeat(300));
    expect((await name.inputValue()).length).toBe(256);
    await itemOf(name).getByText("256/256", { exact: true }).waitFor();

    // A last day in another order: the message is under the field once the person leaves it.
    await chooseRequestType(panel, "Remove user");
    const removal = panel.getByRole("group", { name: "User 1", exact: true });
    const lastDay = field(removal, "Last day");
    expect(await lastDay.getAttribute("placeholder")).toBe("yyyy-mm-dd");
    await lastDay.fill("31/12/2030");
    await page.keyboard.press("Tab");
    await itemOf(lastDay).getByText("Enter the last day as a date (yyyy-mm-dd).", { exact: true }).waitFor();
    expect(await lastDay.getAttribute("aria-invalid")).toBe("true");
    await lastDay.fill(inDays(30));
    await panel.locator('[aria-label="Last day"][aria-invalid="false"]').waitFor();

    // A reassignment's ticks are checkboxes: Tab to one and Space unticks it.
    await chooseRequestType(panel, "Reassign user");
    const keep = byRole(panel, "checkbox", "Keep subscription and extension");
    expect(await keep.getAttribute("aria-checked")).toBe("true");
    await field(panel, "New login e-mail").focus();
    await tabTo(page, panel, "Keep subscription and extension");
    await page.keyboard.press("Space");
    await panel.locator('[aria-label="Keep subscription and extension"][aria-checked="false"]').waitFor();

    // Cancel files nothing.
    const before = (await restAs(e2e).log()).length;
    await byRole(panel, "button", "Cancel").click();
    await page.locator('iframe[data-contribution-id="new-request-panel"]').waitFor({ state: "detached" });
    expect((await restAs(e2e).log()).slice(before).filter(isCreate)).toEqual([]);
  });

  it("triage Quick with a note is kept on the work item and shows after a reload", async () => {
    const page = await e2e.openAs("remi", HUB);
    let hub = await contributionFrame(page, "queue-hub");
    const row = rowOf(hub, "Submitted requests", "User 102");
    await row.waitFor();
    const id = await rowId(row);
    await (await rowAction(hub, row, "Triage")).click();
    const form = hub.getByRole("group", { name: `Triage request #${id}`, exact: true });
    await chooseOption(hub, byRole(form, "button", "Triage"), "Quick");
    await field(form, "Note (optional)").fill("Portal change only, ten minutes.");
    await form.getByText("32/2000", { exact: true }).waitFor();
    await byRole(form, "button", "Save triage").click();
    await form.waitFor({ state: "detached" });

    await page.reload();
    await page.locator("header.topbar, .fatal").first().waitFor();
    hub = await contributionFrame(page, "queue-hub");
    await rowOf(hub, "Submitted requests", "User 102")
      .getByRole("gridcell")
      .filter({ hasText: /^Quick$/ })
      .waitFor();
    expect(await tagsOf(id)).toContain("umd-triage:quick");
  });

  it("a client files from her request's form, in her own name; it goes to her company's area and shows under her requests, and Acknowledge completes its tags", async () => {
    // On the work item form, where a Stakeholder can reach it (extension hubs do not load for them).
    const page = await e2e.openAs("dana", "/fabrikam/Client%20Services/_workitems/edit/2");
    const form = await contributionFrame(page, "work-item-panel");
    const mine = byRole(form, "region", "My requests");
    await mine.getByText(/^#2 /).waitFor();
    await byRole(mine, "button", "New request").click();
    const panel = await contributionFrame(page, "new-request-panel");
    await byRole(panel, "button", "Submit request").waitFor();

    // Her name and e-mail are the signed-in identity's, shown, not typed.
    await panel
      .getByText("You are filing this request as Dana Whitfield (dana@contoso-dental.example).")
      .waitFor();
    await expect(panel.getByLabel("Client e-mail", { exact: true }).count()).resolves.toBe(0);
    await chooseRequestType(panel, "Remove user");
    // The settings' first service, "Customer portal": no request carries its tag yet, and a Stakeholder may
    // not create a tag (Azure DevOps would refuse the whole create with 403 TF401289).
    const service = await chooseFirstService(panel);
    const user = panel.getByRole("group", { name: "User 1", exact: true });
    await field(user, "Account").fill("User 107");
    await field(user, "E-mail").fill("user107@contoso-dental.example");
    await field(user, "Last day").fill(inDays(7));
    const before = (await restAs(e2e).log()).length;
    await byRole(panel, "button", "Submit request").click();

    const filed = await mine.getByText(/^Request #\d+ submitted\./).innerText();
    const id = Number(/#(\d+)/.exec(filed)![1]);
    await mine.getByText(new RegExp(`^#${id} `)).waitFor();
    const creates = (await restAs(e2e).log()).slice(before).filter(isCreate);
    expect(creates).toHaveLength(1);
    expect(creates[0].status).toBe(200);
    const created = await workItem(id);
    expect(created.fields["System.AreaPath"]).toBe("Client Services\\Clients\\Contoso Dental");
    // Only the tags the project already had; the description keeps the service for the desk.
    expect((await tagsOf(id)).sort()).toEqual(
      ["umd-request", "umd-type:remove", "umd-client:dana@contoso-dental.example"].sort(),
    );
    expect(String(created.fields["System.Description"])).toContain(service);

    // Holly acknowledges on the request's form: the same one update writes the complete tag set.
    const holly = await e2e.openAs("holly", `/fabrikam/Client%20Services/_workitems/edit/${id}`);
    const request = await contributionFrame(holly, "work-item-panel");
    const beforeAck = (await restAs(e2e).log()).length;
    await byRole(request, "button", "Acknowledge").click();
    await request.getByText(/^Acknowledged\./).waitFor();
    const writes = (await restAs(e2e).log())
      .slice(beforeAck)
      .filter((r) => r.method === "PATCH" && r.path.includes(`/workitems/${id}`));
    expect(writes).toHaveLength(1);
    expect((await tagsOf(id)).sort()).toEqual(
      [
        "umd-request",
        "umd-type:remove",
        "umd-client:dana@contoso-dental.example",
        `umd-service:${service}`,
      ].sort(),
    );
  }, 90_000);

  it("loads a 5,000-request seed", async () => {
    const big = await startEmulator({ port: 0, seedSize: 5000, quiet: true });
    try {
      const page = await e2e.browser.context.newPage();
      page.setDefaultTimeout(DEFAULT_TIMEOUT);
      await page.goto(new URL(`${HUB}?as=holly`, big.url).href);
      await page.locator("header.topbar, .fatal").first().waitFor();
      const hub = await contributionFrame(page, "queue-hub");
      // A stage above 999 requests shows its exact number in the badge (not azure-devops-ui's "1K+").
      const wiql = await fetch(`${big.url}/fabrikam/Client%20Services/_apis/wit/wiql?api-version=7.1`, {
        method: "POST",
        headers: { Authorization: `Bearer ${big.api.tokenFor("holly")}`, "Content-Type": "application/json" },
        body: JSON.stringify({
          query:
            "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.Tags] CONTAINS 'umd-request' AND [System.State] = 'New'",
        }),
      });
      const waiting = ((await wiql.json()) as { workItems: unknown[] }).workItems.length;
      expect(waiting).toBeGreaterThan(999);
      const submitted = hub.getByRole("tab", { name: /^Submitted/ });
      await submitted.filter({ hasText: waiting.toLocaleString("en-US") }).waitFor({ timeout: 90_000 });
      await hub
        .getByText(/^Loaded [\d,]+ of [\d,]+ requests…$/)
        .waitFor({ state: "detached", timeout: 90_000 });
      expect((await submitted.innerText()).replace(/\s+/g, "")).toBe(
        `Submitted${waiting.toLocaleString("en-US")}`,
      );
      expect(await hub.getByRole("row").count()).toBeGreaterThan(1);
    } finally {
      await big.close();
    }
  }, 110_000);
});
