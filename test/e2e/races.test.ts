/**
 * Races: a double click, the same person in two tabs, and two people clicking at the same moment. Each
 * Acknowledge and Close request makes exactly one state change and one comment, each Create staff task one
 * Task, each Complete task and Notify client one mail; whoever comes second is told what happened and by whom.
 */
import { type Frame, type Page } from "playwright-core";

import { emulatorState, openPanel, outcome, restWrite } from "./support/faults";
import {
  byRole,
  chooseOption,
  contributionFrame,
  type E2eSession,
  isConflictAnswer,
  unexpectedProblems,
  useEmulator,
} from "./support/harness";

describe("races", () => {
  const e2e: E2eSession = useEmulator({ tolerate: isConflictAnswer });
  const s = () => emulatorState(e2e);

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems()).filter((p) => !isConflictAnswer(p))).toEqual([]);
  });

  const acknowledgeOverRest = (id: number) =>
    restWrite(e2e, "holly", "PATCH", `/fabrikam/Client%20Services/_apis/wit/workitems/${id}`, [
      { op: "add", path: "/fields/System.State", value: "In Planning" },
    ]);

  async function notify(page: Page, panel: Frame): Promise<void> {
    await byRole(panel, "button", "Notify client").click();
    const dialog = await contributionFrame(page, "notify-client-dialog");
    await byRole(dialog, "button", "Notify client").click();
  }

  async function completeTask(page: Page, panel: Frame): Promise<void> {
    if ((await panel.getByRole("group", { name: /^Account change \d+$/ }).count()) === 0) {
      await byRole(panel, "button", "Add account change").click();
      await byRole(panel, "textbox", "Account").last().fill("jordan.lee");
      await chooseOption(panel, byRole(panel, "button", "Change").last(), "Modified");
      await byRole(panel, "textbox", "Details").last().fill("Password reset link sent");
    }
    await byRole(panel, "button", "Complete task").click();
    await byRole(page, "button", "Complete task").click();
  }

  describe("a double click", () => {
    it.each([
      ["Acknowledge", 1, /^Acknowledged\./],
      ["Close request", 5, /^Closed\./],
    ])("on %s sends one update and one comment", async (button, id, done) => {
      const comments = (await s().comments(id)).length;
      const { panel } = await openPanel(e2e, "holly", id);
      await byRole(panel, "button", button).dblclick();
      await outcome(panel, done);
      const patches = (await s().log()).filter(
        (r) => r.method === "PATCH" && r.path.endsWith(`/workitems/${id}`),
      );
      expect(patches).toHaveLength(1);
      expect(await s().comments(id)).toHaveLength(comments + 1);
    });

    it("on Create staff task creates one task", async () => {
      await acknowledgeOverRest(2);
      const { panel } = await openPanel(e2e, "remi", 2);
      await byRole(panel, "button", "Create staff task").dblclick();
      await outcome(panel, /^Created staff task #\d+ for Remi Laurent\./);
      expect(await s().children(2)).toHaveLength(1);
    });
  });

  describe("the same person in two tabs", () => {
    it.each([
      ["Acknowledge", 1, /^Acknowledged\./, /^Already acknowledged by Holly Brooks, /],
      ["Close request", 5, /^Closed\./, /^Already closed by Holly Brooks, /],
    ])("%s: the second tab is told it is done, by whom, and adds nothing", async (button, id, done, told) => {
      const comments = (await s().comments(id)).length;
      const first = await openPanel(e2e, "holly", id);
      const second = await openPanel(e2e, "holly", id);
      await byRole(first.panel, "button", button).click();
      await outcome(first.panel, done);
      await byRole(second.panel, "button", button).click();
      await outcome(second.panel, told);
      expect(await s().comments(id)).toHaveLength(comments + 1);
    });

    it("Notify client: the second tab is told who e-mailed and what, and sends no second mail", async () => {
      const first = await openPanel(e2e, "holly", 2);
      const second = await openPanel(e2e, "holly", 2);
      await notify(first.page, first.panel);
      await outcome(first.panel, /^E-mailed Dana Whitfield/);
      await notify(second.page, second.panel);
      await outcome(
        second.panel,
        /^Holly Brooks e-mailed Dana Whitfield .*: ".+"\. Nothing was sent now; open Notify client again if your message is still needed\./,
      );
      expect(await s().mails()).toHaveLength(1);
      expect((await s().comments(2)).filter((c) => c.startsWith("<p>E-mailed "))).toHaveLength(1);
    });

    it("Create staff task: the second tab is told who created which task", async () => {
      await acknowledgeOverRest(2);
      const first = await openPanel(e2e, "remi", 2);
      const second = await openPanel(e2e, "remi", 2);
      await byRole(first.panel, "button", "Create staff task").click();
      await outcome(first.panel, /^Created staff task #\d+ for Remi Laurent\./);
      await byRole(second.panel, "button", "Create staff task").click();
      await outcome(second.panel, /^Remi Laurent created staff task #\d+ at .+\. Open it instead\./);
      expect(await s().children(2)).toHaveLength(1);
    });

    it("Complete task: the second tab is told who completed it, and no second mail goes", async () => {
      const first = await openPanel(e2e, "remi", 4);
      const second = await openPanel(e2e, "remi", 4);
      await completeTask(first.page, first.panel);
      await outcome(first.panel, /^Completed\. Chris Novak was e-mailed/);
      await completeTask(second.page, second.panel);
      await outcome(second.panel, /^Already completed by Remi Laurent, /);
      expect(await s().mails()).toHaveLength(1);
      expect(await s().comments(4)).toHaveLength(2); // the seed's "Started" plus one completion
    });
  });

  describe("two people at the same moment", () => {
    it("Holly and Remi acknowledge at once: one change, one comment, the other told by whom", async () => {
      const comments = (await s().comments(1)).length;
      const holly = await openPanel(e2e, "holly", 1);
      const remi = await openPanel(e2e, "remi", 1);
      await Promise.all([
        byRole(holly.panel, "button", "Acknowledge").click(),
        byRole(remi.panel, "button", "Acknowledge").click(),
      ]);
      const texts = await Promise.all([
        outcome(holly.panel, /^(Acknowledged\.|Already acknowledged by Remi Laurent, )/),
        outcome(remi.panel, /^(Acknowledged\.|Already acknowledged by Holly Brooks, )/),
      ]);
      expect(texts.filter((t) => t.startsWith("Acknowledged."))).toHaveLength(1);
      expect(await s().comments(1)).toHaveLength(comments + 1);
      expect(await s().state(1)).toBe("In Planning");
    });

    it("Holly and Remi notify at once: one mail, the other told who e-mailed", async () => {
      const holly = await openPanel(e2e, "holly", 2);
      const remi = await openPanel(e2e, "remi", 2);
      await byRole(holly.panel, "button", "Notify client").click();
      await byRole(remi.panel, "button", "Notify client").click();
      const hollyDialog = await contributionFrame(holly.page, "notify-client-dialog");
      const remiDialog = await contributionFrame(remi.page, "notify-client-dialog");
      await Promise.all([
        byRole(hollyDialog, "button", "Notify client").click(),
        byRole(remiDialog, "button", "Notify client").click(),
      ]);
      const texts = await Promise.all([
        outcome(holly.panel, /^(E-mailed Dana Whitfield|Remi Laurent e-mailed Dana Whitfield)/),
        outcome(remi.panel, /^(E-mailed Dana Whitfield|Holly Brooks e-mailed Dana Whitfield)/),
      ]);
      expect(texts.filter((t) => t.startsWith("E-mailed "))).toHaveLength(1);
      expect(await s().mails()).toHaveLength(1);
    });

    it("Holly and Remi create the staff task at once: one task, the other told who created it", async () => {
      await acknowledgeOverRest(2);
      const holly = await openPanel(e2e, "holly", 2);
      const remi = await openPanel(e2e, "remi", 2);
      await Promise.all([
        byRole(holly.panel, "button", "Create staff task").click(),
        byRole(remi.panel, "button", "Create staff task").click(),
      ]);
      const texts = await Promise.all([
        outcome(holly.panel, /^(Created staff task|Remi Laurent (created|is creating) a? ?staff task)/),
        outcome(remi.panel, /^(Created staff task|Holly Brooks (created|is creating) a? ?staff task)/),
      ]);
      expect(await s().children(2)).toHaveLength(1);
      expect(texts.filter((t) => t.startsWith("Created staff task"))).toHaveLength(1);
    });
  });
});
