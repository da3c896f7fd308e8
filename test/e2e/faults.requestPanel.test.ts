/**
 * Faults at every request of the request panel's actions (Acknowledge, Create staff task, Close request):
 * 500, 503 and 429 with Retry-After, a dropped connection, an answer lost after the request landed, a 412,
 * a failure that persists. Afterwards the emulator holds the action done exactly once (one state change,
 * one comment, one task) or untouched with a clear message, and finishing it then does it exactly once.
 */
import { type ActionUnderTest, describeFaultMatrix, SERVER_SUBSET } from "./support/faultMatrix";
import { emulatorState, openPanel, restWrite } from "./support/faults";
import { byRole } from "./support/harness";

const mentions = (texts: string[], id: string) =>
  texts.filter((t) => t.includes(`data-vss-mention="version:2.0,${id}"`)).length;

function acknowledgeAction(): ActionUnderTest {
  // Request 1: Dana's invitation, Submitted.
  return {
    name: "Acknowledge",
    conflict: { button: "Acknowledge now" },
    steps: [
      {
        label: "PATCH of the request",
        kind: "guarded update",
        method: "PATCH",
        pathPattern: "/workitems/1$",
      },
    ],
    open: (e2e) => openPanel(e2e, "holly", 1),
    act: (_page, panel) => byRole(panel, "button", "Acknowledge").click(),
    done: /^Acknowledged\. The client was told/,
    async snapshot(e2e) {
      const s = emulatorState(e2e);
      const dana = (await s.userIds()).dana;
      return { state: await s.state(1), comments: await s.comments(1), dana };
    },
    expectDoneOnce(before, after) {
      expect(after.state).toBe("In Planning");
      const added = (after.comments as string[]).slice((before.comments as string[]).length);
      expect(added).toHaveLength(1);
      expect(mentions(added, String(before.dana))).toBe(1);
      expect(added[0]).toContain("we will act on this request");
    },
  };
}

function closeAction(): ActionUnderTest {
  // Request 5: Chris's removal, Ready to close (its task is Closed), so no confirmation is asked.
  return {
    name: "Close request",
    conflict: { button: "Close request now" },
    steps: [
      {
        label: "PATCH of the request",
        kind: "guarded update",
        method: "PATCH",
        pathPattern: "/workitems/5$",
      },
    ],
    open: (e2e) => openPanel(e2e, "holly", 5),
    act: (_page, panel) => byRole(panel, "button", "Close request").click(),
    done: /^Closed\. The client was told/,
    async snapshot(e2e) {
      const s = emulatorState(e2e);
      return { state: await s.state(5), comments: await s.comments(5) };
    },
    expectDoneOnce(before, after) {
      expect(after.state).toBe("Closed");
      const added = (after.comments as string[]).slice((before.comments as string[]).length);
      expect(added).toHaveLength(1);
      expect(added[0]).toContain("your request has been completed");
    },
  };
}

function createTaskAction(): ActionUnderTest {
  // Request 2 (User 102), acknowledged over REST first; Remi creates the task for himself.
  return {
    name: "Create staff task",
    conflict: { button: "Create staff task now" },
    steps: [
      {
        label: "$batch of the Task and the request's guarded link",
        kind: "guarded update",
        method: "PATCH",
        pathPattern: "/_apis/wit/\\$batch$",
      },
    ],
    async open(e2e) {
      await restWrite(e2e, "holly", "PATCH", "/fabrikam/Client%20Services/_apis/wit/workitems/2", [
        { op: "add", path: "/fields/System.State", value: "In Planning" },
      ]);
      const opened = await openPanel(e2e, "remi", 2);
      await opened.panel.locator('[aria-label="Create staff task"][aria-disabled="true"]').waitFor({
        state: "detached",
      });
      return opened;
    },
    act: (_page, panel) => byRole(panel, "button", "Create staff task").click(),
    done: /^Created staff task #\d+ for Remi Laurent\./,
    async snapshot(e2e) {
      return { tasks: await emulatorState(e2e).children(2) };
    },
    expectDoneOnce(before, after) {
      expect(after.tasks as number[]).toHaveLength((before.tasks as number[]).length + 1);
    },
  };
}

describeFaultMatrix("faults at every request of the request panel's actions", [
  acknowledgeAction(),
  closeAction(),
  createTaskAction(),
]);

describeFaultMatrix(
  "on Azure DevOps Server 2022: a representative subset of the request panel's faults",
  [acknowledgeAction(), closeAction(), createTaskAction()],
  { profile: "server2022", only: SERVER_SUBSET },
);
