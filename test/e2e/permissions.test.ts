/**
 * Permissions and sign-in: a reader sees every action disabled with the reason; 401, 403 and the 404 that
 * means "no permission" become sentences that say what to do, and change nothing.
 */
import { READ_ONLY_REASON } from "../../src/components/readOnly";
import {
  emulatorState,
  expectReadable,
  injectFault,
  isFaultNoise,
  openPanel,
  outcome,
  problemsBesidesFaults,
} from "./support/faults";
import { byRole, type E2eSession, useEmulator } from "./support/harness";

describe("permissions and sign-in", () => {
  const e2e: E2eSession = useEmulator({ tolerate: isFaultNoise });
  const s = () => emulatorState(e2e);

  afterEach(() => {
    expect(problemsBesidesFaults(e2e.problems())).toEqual([]);
  });

  async function makeReader(user: string): Promise<void> {
    const res = await fetch(`${e2e.emulator.url}/_emulator/permissions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ user, access: "read" }),
    });
    expect(res.status).toBe(200);
  }

  it("a reader sees the actions disabled with the reason, and a click sends nothing", async () => {
    await makeReader("sam");
    const { panel } = await openPanel(e2e, "sam", 1);
    for (const name of ["Acknowledge", "Notify client"]) {
      const button = byRole(panel, "button", name);
      await expect(button.getAttribute("aria-disabled")).resolves.toBe("true");
      const describedBy = (await button.getAttribute("aria-describedby"))!;
      await expect(panel.locator(`[id="${describedBy}"]`).innerText()).resolves.toBe(READ_ONLY_REASON);
    }
    const before = (await s().log()).length;
    await byRole(panel, "button", "Acknowledge").click({ force: true });
    await panel.waitForTimeout(300); // a click that did something would have sent its PATCH by now
    expect((await s().log()).slice(before).filter((r) => r.method !== "GET")).toEqual([]);
    expect(await s().state(1)).toBe("New");
  });

  it("someone whose edit permission went away after the page loaded is told so by the 403, nothing changes", async () => {
    const { panel } = await openPanel(e2e, "sam", 1);
    await makeReader("sam");
    await byRole(panel, "button", "Acknowledge").click();
    const text = await outcome(
      panel,
      /^Could not acknowledge the request: you do not have permission\. Ask a project administrator for "Edit work items in this node"\.$/,
    );
    expectReadable(text);
    expect(await s().state(1)).toBe("New");
  });

  it.each([
    [
      401,
      /^Could not acknowledge the request: your Azure DevOps sign-in has expired\. Reload the page and try again\.$/,
    ],
    [
      403,
      /^Could not acknowledge the request: you do not have permission\. Ask a project administrator for /,
    ],
    [
      404,
      /^Could not acknowledge the request: the work item does not exist or you do not have permission to read it\.$/,
    ],
  ])(
    "a %s from Azure DevOps becomes a sentence that says what to do, and changes nothing",
    async (status, message) => {
      const comments = (await s().comments(1)).length;
      const { panel } = await openPanel(e2e, "holly", 1);
      await injectFault(e2e, { method: "PATCH", pathPattern: "/workitems/1$", status });
      await byRole(panel, "button", "Acknowledge").click();
      expectReadable(await outcome(panel, message));
      expect(await s().state(1)).toBe("New");
      expect(await s().comments(1)).toHaveLength(comments);
    },
  );
});
