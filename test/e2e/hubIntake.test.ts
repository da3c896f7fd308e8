/**
 * Intake through the queue hub: New request opens the panel and creates one work item and one confirmation
 * mail, triage is saved on the work item, a client submits into her own area, and a large seed loads.
 */
import { type Frame, type Locator, type Page } from "playwright-core";

import { loadManifest, startEmulator } from "../emulator/server";
import {
  byRole,
  contributionFrame,
  DEFAULT_TIMEOUT,
  rowAction,
  unexpectedProblems,
  useEmulator,
} from "./support/harness";
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

/** A form control by its label, exactly. */
const field = (scope: Frame | Locator, label: string) => scope.getByLabel(label, { exact: true });

/** The id of the request a row shows, from its "Open work item N" link. */
async function rowId(row: Locator): Promise<number> {
  const label = await row.locator('[aria-label^="Open work item "]').first().getAttribute("aria-label");
  return Number(/(\d+)$/.exec(label ?? "")?.[1]);
}

/** A date `days` from today, as an <input type="date"> value. */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Chooses or types a service, whichever control the settings give the form. */
async function chooseService(panel: Frame): Promise<void> {
  const service = field(panel, "Service");
  if ((await service.evaluate((e) => e.tagName)) === "SELECT") await service.selectOption({ index: 1 });
  else await service.fill("Dental portal");
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

    await field(panel, "Request type").selectOption({ label: "Reassign user" });
    await chooseService(panel);
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

  it("triage Quick with a note is kept on the work item and shows after a reload", async () => {
    const page = await e2e.openAs("remi", HUB);
    let hub = await contributionFrame(page, "queue-hub");
    const row = rowOf(hub, "Submitted requests", "User 102");
    await row.waitFor();
    const id = await rowId(row);
    await (await rowAction(hub, row, "Triage")).click();
    const form = hub.getByRole("group", { name: `Triage request #${id}`, exact: true });
    await form.getByRole("radio", { name: "Quick", exact: true }).check();
    await field(form, "Note (optional)").fill("Portal change only, ten minutes.");
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
    await field(panel, "Request type").selectOption({ label: "Remove user" });
    // The settings' second service, "Phone system": no request carries its tag yet, and a Stakeholder may
    // not create a tag (Azure DevOps would refuse the whole create with 403 TF401289).
    await chooseService(panel);
    const service = await field(panel, "Service").inputValue();
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
