/**
 * The settings hub in the emulator: what an administrator saves is what the workflow then does (the
 * acknowledge state and comment), and two saves at once never overwrite each other. Everything is checked
 * through REST (the request log, the work item, its comments, the settings project property).
 */
import { type Frame, type Page } from "playwright-core";

import type { Settings } from "../../src/domain/settings";
import { loadManifest } from "../emulator/server";
import {
  byRole,
  chooseOption,
  contributionFrame,
  isConflictAnswer,
  unexpectedProblems,
  useEmulator,
} from "./support/harness";

const manifest = loadManifest();
const CS = "/fabrikam/Client%20Services";
const SETTINGS = `${CS}/_settings/${manifest.publisher}.${manifest.id}.settings-hub`;
const BASIC_SETTINGS = `/fabrikam/Basic%20Desk/_settings/${manifest.publisher}.${manifest.id}.settings-hub`;
const CONFLICT =
  "These settings were changed by someone else since you opened them. Reload to see their version.";

interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  body?: unknown;
}
interface PatchOp {
  op: string;
  path: string;
  value?: unknown;
}

describe("the settings hub", () => {
  // Two administrators saving at once: the second save's 409 is the answer the page handles.
  const e2e = useEmulator({ tolerate: isConflictAnswer });

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems()).filter((p) => !isConflictAnswer(p))).toEqual([]);
  });

  async function rest<T>(path: string): Promise<T> {
    const res = await fetch(e2e.emulator.url + path, {
      headers: {
        Accept: "application/json;api-version=7.1",
        Authorization: `Bearer ${e2e.emulator.api.tokenFor("holly")}`,
      },
    });
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
    return (await res.json()) as T;
  }

  /** Polls the REST log until an entry matches. */
  async function waitForRequest(match: (r: LoggedRequest) => boolean): Promise<LoggedRequest> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const found = (await rest<LoggedRequest[]>("/_emulator/requests")).find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error("No matching request in the emulator's log.");
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const isSettingsWrite = (r: LoggedRequest) =>
    r.method === "PATCH" && /\/_apis\/projects\/[^/]+\/properties$/i.test(r.path);
  /** The settings a logged PATCH of the project property wrote. */
  const written = (r: LoggedRequest) =>
    JSON.parse(String((r.body as PatchOp[])[0].value)) as Record<string, unknown> & { revision: number };

  async function openSettings(
    userKey: string,
    path = SETTINGS,
    defaultAcknowledge = "(default by category: In Planning)",
  ): Promise<{ page: Page; hub: Frame }> {
    const page = await e2e.openAs(userKey, path);
    const hub = await contributionFrame(page, "settings-hub");
    await byRole(hub, "button", "Save").waitFor();
    // The state dropdowns show their default once the chosen types' states are read.
    await hub.getByText(defaultAcknowledge).waitFor({ state: "attached" });
    return { page, hub };
  }

  /** Types part of a name into a people picker and clicks the member of the organization it finds. */
  async function pickPerson(hub: Frame, picker: string, query: string, person: string): Promise<void> {
    await byRole(hub, "combobox", picker).fill(query);
    await hub.getByRole("option", { name: person }).first().click();
  }

  it("the acknowledge state and comment saved here are the ones Acknowledge uses", async () => {
    const { hub } = await openSettings("holly");

    // "Closed" rather than the default "In Planning", so the work item shows which one was used.
    await chooseOption(hub, byRole(hub, "button", "Acknowledge state"), "Closed (Completed)");
    await expect(byRole(hub, "button", "Acknowledge state").inputValue()).resolves.toBe("Closed (Completed)");
    await byRole(hub, "textbox", "Acknowledge comment").fill(
      "{{clientMention}} E2E: we are on request {{requestNumber}} ({{requestType}}).",
    );
    await expect(byRole(hub, "region", "Preview: Acknowledge comment").textContent()).resolves.toContain(
      "E2E: we are on request 1024 (Reassign user).",
    );
    await byRole(hub, "button", "Save").click();
    await hub.getByText(/Settings saved\./).waitFor();

    const write = await waitForRequest(isSettingsWrite);
    expect(write.status).toBeLessThan(300);
    expect((write.body as PatchOp[]).map((o) => `${o.op} ${o.path}`)).toEqual([
      "add /UserManagementDesk.Settings",
    ]);
    expect(written(write)).toMatchObject({
      schemaVersion: 2,
      states: { acknowledge: "Closed" },
      templates: {
        acknowledgeComment: "{{clientMention}} E2E: we are on request {{requestNumber}} ({{requestType}}).",
      },
    });

    // Work item 2 is the User 102 reassignment, Submitted.
    const page = await e2e.openAs("holly", `${CS}/_workitems/edit/2`);
    const panel = await contributionFrame(page, "work-item-panel");
    await byRole(panel, "button", "Acknowledge").click();

    const patch = await waitForRequest((r) => r.method === "PATCH" && /workitems\/2$/i.test(r.path));
    expect(patch.status).toBe(200);
    const ops = patch.body as PatchOp[];
    expect(ops[0]).toMatchObject({ op: "test", path: "/rev" });
    expect(ops.find((o) => o.path === "/fields/System.State")?.value).toBe("Closed");
    const history = String(ops.find((o) => o.path === "/fields/System.History")?.value);
    expect(history).toContain("E2E: we are on request 2 (Reassign user).");
    expect(history).toMatch(/data-vss-mention="version:2\.0,[0-9a-f-]+"/);

    const item = await rest<{ fields: Record<string, unknown> }>("/fabrikam/_apis/wit/workitems/2");
    expect(item.fields["System.State"]).toBe("Closed");
    const comments = await rest<{ comments: { text: string }[] }>(
      `${CS}/_apis/wit/workItems/2/comments?api-version=7.1-preview.4`,
    );
    expect(comments.comments.map((c) => c.text).join("\n")).toContain(
      "E2E: we are on request 2 (Reassign user).",
    );
  });

  it("tells the second of two saves at once (two tabs of an administrator), writes nothing for it, and Reload shows the first's", async () => {
    const first = await openSettings("holly");
    const second = await openSettings("holly");

    await byRole(first.hub, "textbox", "Request tag").fill("umd-first");
    await byRole(first.hub, "button", "Save").click();
    await first.hub.getByText(/Settings saved\./).waitFor();

    await byRole(second.hub, "textbox", "Request tag").fill("umd-second");
    await byRole(second.hub, "button", "Save").click();
    await second.hub.getByText(CONFLICT).waitFor();
    await expect(byRole(second.hub, "button", "Save").getAttribute("aria-disabled")).resolves.toBe("true");

    // Project properties have no etag: the save re-reads the revision and refuses before writing.
    const writes = (await rest<LoggedRequest[]>("/_emulator/requests")).filter(isSettingsWrite);
    expect(writes).toHaveLength(1);
    expect(writes[0].status).toBeLessThan(300);
    const firstRevision = written(writes[0]).revision;

    await byRole(second.hub, "button", "Reload").click();
    await second.hub.getByText("These are the settings as saved now.").waitFor();
    await expect(byRole(second.hub, "textbox", "Request tag").inputValue()).resolves.toBe("umd-first");

    await byRole(second.hub, "textbox", "Request tag").fill("umd-second");
    await byRole(second.hub, "button", "Save").click();
    await second.hub.getByText(/Settings saved\./).waitFor();
    const last = (await rest<LoggedRequest[]>("/_emulator/requests")).filter(isSettingsWrite).at(-1)!;
    expect(last.status).toBeLessThan(300);
    expect(written(last)).toMatchObject({ revision: firstRevision + 1, requestTag: "umd-second" });
  });

  it("on an unconfigured project, the coordinator and the staff are found by searching the organization and saved", async () => {
    const { hub } = await openSettings("holly", BASIC_SETTINGS, "(default by category: Doing)");
    await pickPerson(hub, "Coordinator", "holly", "Holly Brooks");
    await hub.getByText(/^Holly Brooks \(holly@fabrikam\.example\)\./).waitFor();
    await pickPerson(hub, "Add a staff member", "sam", "Sam Patel");
    await pickPerson(hub, "Add a staff member", "remi", "Remi Laurent");
    const staff = byRole(hub, "list", "Staff members");
    await expect(staff.getByRole("listitem").allInnerTexts()).resolves.toEqual([
      expect.stringContaining("Sam Patel"),
      expect.stringContaining("Remi Laurent"),
    ]);
    // The picker is empty again after each person added.
    await expect(byRole(hub, "combobox", "Add a staff member").inputValue()).resolves.toBe("");
    await chooseOption(
      hub,
      byRole(hub, "button", "Default assignee of staff tasks"),
      "Remi Laurent (remi@fabrikam.example)",
    );
    await byRole(hub, "button", "Save").click();
    await hub.getByText(/Settings saved\./).waitFor();

    const write = await waitForRequest(isSettingsWrite);
    expect(write.status).toBeLessThan(300);
    const saved = written(write) as unknown as Settings;
    expect(saved.coordinator).toMatchObject({
      displayName: "Holly Brooks",
      uniqueName: "holly@fabrikam.example",
    });
    expect(saved.staff.map((p) => p.displayName)).toEqual(["Sam Patel", "Remi Laurent"]);
    expect(saved.defaultAssigneeId).toBe(saved.staff[1].id);
  });

  it("a webhook address that is not https is marked at the field and blocks Save", async () => {
    const { hub } = await openSettings("holly");
    const hook = byRole(hub, "textbox", "Staff channel webhook URL (optional)");
    await hook.fill("http://hooks.example/staff");
    const error = hub
      .getByRole("alert")
      .filter({ hasText: "The webhook URL must be a valid https:// address." });
    await error.waitFor();
    await expect(hook.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(byRole(hub, "button", "Save").getAttribute("aria-disabled")).resolves.toBe("true");
    await byRole(hub, "link", "Staff channel webhook URL").click();
    await expect(hook.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await hook.fill("https://hooks.example/staff");
    await error.waitFor({ state: "detached" });
    await byRole(hub, "button", "Save").click();
    await hub.getByText(/Settings saved\./).waitFor();
    expect(written(await waitForRequest(isSettingsWrite))).toMatchObject({
      webhookUrl: "https://hooks.example/staff",
    });
  });

  it("Reset to defaults asks through the host dialog and saves nothing until Save", async () => {
    const { page, hub } = await openSettings("holly");
    await byRole(hub, "textbox", "Request tag").fill("umd-custom");

    await byRole(hub, "button", "Reset to defaults").click();
    const dialog = byRole(page, "alertdialog", "Reset to defaults");
    await byRole(dialog, "button", "Cancel").click();
    await expect(byRole(hub, "textbox", "Request tag").inputValue()).resolves.toBe("umd-custom");

    await byRole(hub, "button", "Reset to defaults").click();
    await byRole(dialog, "button", "Reset to defaults").click();
    await hub.getByText(/Select Save to keep them/).waitFor();
    await expect(byRole(hub, "textbox", "Request tag").inputValue()).resolves.toBe("umd-request");
    expect((await rest<LoggedRequest[]>("/_emulator/requests")).filter(isSettingsWrite)).toEqual([]);
  });
});
