/**
 * The task panel's load in the built extension (issue #10, and #17: 4 REST calls side by side before its
 * actions work, since the settings are a project property and the draft extension data): the calls the
 * panel makes, its own and those the host's extension data service makes for it, with no draft yet and with
 * a saved draft; and a failed read of the settings or the draft shown in words, with no Complete task to
 * click on defaults.
 */
import { type Request } from "playwright-core";

import { injectFault, isFaultNoise, problemsBesidesFaults } from "./support/faults";
import { byRole, chooseOption, contributionFrame, type E2eSession, useEmulator } from "./support/harness";

const TASK_4 = "/fabrikam/Client%20Services/_workitems/edit/4"; // Remi's Active task of request 3
// The draft is read as a query of its own collection (task-draft-4): no 404 logged when there is none yet.
const DRAFT = "/ExtensionDataCollectionQuery";
const PROPERTIES = "/properties";

/** Waits until `value()` gives something, polling every 100 ms for up to 15 s. */
async function until<T>(value: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const v = await value();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`Waited in vain for ${what}.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface PanelCall {
  method: string;
  path: string;
  body: string | null;
}

describe("the task panel's load", () => {
  const e2e: E2eSession = useEmulator({ tolerate: isFaultNoise });

  afterEach(() => {
    // The injected 500 is logged by Chromium too; any other problem fails the test.
    expect(problemsBesidesFaults(e2e.problems())).toEqual([]);
  });

  /**
   * REST calls made for the work item panel from now on: from its iframe, or by a host service on its
   * behalf (those carry X-Emulator-Caller).
   */
  function recordPanelCalls(): { calls: PanelCall[]; stop(): void } {
    const calls: PanelCall[] = [];
    const forPanel = (r: Request) => {
      if (r.headers()["x-emulator-caller"] === "work-item-panel") return true;
      try {
        return (
          r.frame().url().startsWith(e2e.emulator.extensionUrl) && /work-item-panel/.test(r.frame().url())
        );
      } catch {
        return false;
      }
    };
    const listener = (r: Request) => {
      const url = new URL(r.url());
      if (r.method() === "OPTIONS" || !url.pathname.includes("/_apis/") || !forPanel(r)) return;
      calls.push({ method: r.method(), path: decodeURIComponent(url.pathname), body: r.postData() });
    };
    e2e.browser.context.on("request", listener);
    return { calls, stop: () => e2e.browser.context.off("request", listener) };
  }

  async function openTask4() {
    const page = await e2e.openAs("remi", TASK_4);
    const panel = await contributionFrame(page, "work-item-panel");
    // The panel shows its actions only once the load is in; Add account change then works.
    await byRole(panel, "button", "Add account change").waitFor();
    expect(await byRole(panel, "button", "Add account change").getAttribute("aria-disabled")).not.toBe(
      "true",
    );
    return { page, panel };
  }

  /** The panel's calls once the late read (the client's membership) has been made too. */
  async function afterMembership(calls: PanelCall[]) {
    await until(
      () => calls.find((c) => c.path.endsWith("/_apis/identities")),
      "the client's membership read",
    );
    return calls.map((c) => `${c.method} ${c.path.replace(/^.*\/_apis\//, "")}`).sort();
  }

  /** The task with its parent, the type list, the settings property and the draft, then the membership. */
  const expected = (projectId: string) => [
    "GET identities",
    `GET projects/${projectId}/properties`,
    "GET wit/workitemtypes",
    "POST ExtensionManagement/InstalledExtensions/umdesk/user-management-desk/ExtensionDataCollectionQuery",
    "POST wit/workitemsbatch",
  ];
  const projectId = async () => {
    const res = await fetch(`${e2e.emulator.url}/fabrikam/_apis/projects`, {
      headers: {
        Accept: "application/json;api-version=7.1",
        Authorization: `Bearer ${e2e.emulator.api.tokenFor("remi")}`,
      },
    });
    const projects = (await res.json()) as { value: { id: string; name: string }[] };
    return projects.value.find((p) => p.name === "Client Services")!.id;
  };

  it("no draft yet: the settings, the draft, the batch and the type list, side by side", async () => {
    const recorded = recordPanelCalls();
    try {
      await openTask4();
      expect(await afterMembership(recorded.calls)).toEqual(expected(await projectId()));
      // The settings come from the project property only: never from an extension data document.
      expect(recorded.calls.some((c) => /project-settings/i.test(`${c.path} ${c.body ?? ""}`))).toBe(false);
    } finally {
      recorded.stop();
    }
  });

  it("a saved draft comes back with the same calls", async () => {
    const first = await openTask4();
    await byRole(first.panel, "button", "Add account change").click();
    await byRole(first.panel, "textbox", "Account").last().fill("jordan.lee");
    await chooseOption(first.panel, byRole(first.panel, "button", "Change").last(), "Modified");
    await byRole(first.panel, "textbox", "Details").last().fill("Portal password reset link sent");
    // The draft is saved a moment after typing stops, in the task's own collection.
    const saved = await until(async () => {
      const res = await fetch(
        `${e2e.emulator.url}/fabrikam/_apis/ExtensionManagement/InstalledExtensions/umdesk/user-management-desk/Data/Scopes/Default/Current/Collections/task-draft-4/Documents/4?api-version=7.1-preview.1`,
        { headers: { Authorization: `Bearer ${e2e.emulator.api.tokenFor("remi")}` } },
      );
      const draft = res.ok
        ? ((await res.json()) as { value: { changes: { details: string }[] } }).value
        : undefined;
      return draft?.changes.some((c) => c.details === "Portal password reset link sent") ? draft : undefined;
    }, "the draft to be saved");
    expect(saved.changes.at(-1)).toMatchObject({ account: "jordan.lee" });
    await first.page.close();

    const recorded = recordPanelCalls();
    try {
      const { panel } = await openTask4();
      // The saved change reads as text (Edit opens its fields).
      await panel.getByText("Portal password reset link sent", { exact: true }).waitFor();
      expect(await afterMembership(recorded.calls)).toEqual(expected(await projectId()));
    } finally {
      recorded.stop();
    }
  });

  it.each([
    ["the settings", { method: "GET", pathPattern: `${PROPERTIES}$`, status: 500 }],
    ["the draft", { method: "POST", pathPattern: `${DRAFT}$`, status: 500 }],
  ])("says in words when %s cannot be read, and offers no Complete task", async (_what, fault) => {
    // Reads are repeated on a 5xx: every attempt fails here.
    await injectFault(e2e, { ...fault, count: 4 });
    const page = await e2e.openAs("remi", TASK_4);
    const panel = await contributionFrame(page, "work-item-panel");
    await panel
      .getByText(
        /^Could not load the user-management details: Azure DevOps did not complete the request \(HTTP 500\)\. Try again in a moment\.$/,
      )
      .waitFor();
    expect(await byRole(panel, "button", "Complete task").count()).toBe(0);
  });
});
