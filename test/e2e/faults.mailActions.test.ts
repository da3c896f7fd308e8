/**
 * Faults at every request of the two actions that mail the client: Complete task (update of the task, then
 * the mail) and Notify client (the record on the request, then the mail). Updates are repeated or re-read,
 * mails never repeated by themselves: afterwards there is exactly one update, one comment and one mail, or
 * the remaining mail is offered as a retry that sends it once, and a lost answer is said to be one.
 */
import { type Frame, type Page } from "playwright-core";

import { type ActionUnderTest, describeFaultMatrix, SERVER_SUBSET } from "./support/faultMatrix";
import { emulatorState, type Mail, openPanel } from "./support/faults";
import { byRole, chooseOption, contributionFrame } from "./support/harness";

const mentions = (text: string, id: string) => text.includes(`data-vss-mention="version:2.0,${id}"`);

async function completeTask(page: Page, panel: Frame): Promise<void> {
  // The first time, record the account change; after a failure the draft is still there.
  if ((await panel.getByRole("group", { name: /^Account change \d+$/ }).count()) === 0) {
    await byRole(panel, "button", "Add account change").click();
    await byRole(panel, "textbox", "Account").last().fill("jordan.lee");
    await chooseOption(panel, byRole(panel, "button", "Change").last(), "Modified");
    await byRole(panel, "textbox", "Details").last().fill("Portal password reset link sent");
  }
  await byRole(panel, "button", "Complete task").click();
  await byRole(page, "button", "Complete task").click(); // the unticked checklist's confirmation
}

function completeAction(): ActionUnderTest {
  // Task 4: Remi's Active task of Chris's account reset (request 3).
  return {
    name: "Complete task",
    conflict: { button: "Complete task now" },
    steps: [
      { label: "PATCH of the task", kind: "guarded update", method: "PATCH", pathPattern: "/workitems/4$" },
      { label: "send-mail", kind: "mail", method: "POST", pathPattern: "/_apis/wit/sendmail$" },
    ],
    async open(e2e) {
      const opened = await openPanel(e2e, "remi", 4);
      await byRole(opened.panel, "button", "Add account change").waitFor();
      return opened;
    },
    act: completeTask,
    done: /^Completed\. Chris Novak was e-mailed the account changes \(copy to Holly Brooks\)\./,
    async snapshot(e2e) {
      const s = emulatorState(e2e);
      return {
        state: await s.state(4),
        comments: await s.comments(4),
        mails: await s.mails(),
        ids: await s.userIds(),
      };
    },
    expectDoneOnce(before, after) {
      const ids = before.ids as Record<string, string>;
      expect(after.state).toBe("Closed");
      const comments = (after.comments as string[]).slice((before.comments as string[]).length);
      expect(comments).toHaveLength(1);
      expect(mentions(comments[0], ids.holly)).toBe(true);
      const mails = (after.mails as Mail[]).slice((before.mails as Mail[]).length);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ to: [ids.chris], cc: [ids.holly] });
      expect(mails[0].body).toContain("jordan.lee");
    },
  };
}

async function notifyClient(page: Page, panel: Frame): Promise<void> {
  await byRole(panel, "button", "Notify client").click();
  const dialog = await contributionFrame(page, "notify-client-dialog");
  await byRole(dialog, "button", "Notify client").click();
}

function notifyAction(): ActionUnderTest {
  // Request 2: Dana's User 102 reassignment.
  return {
    name: "Notify client",
    conflict: "steps over",
    steps: [
      {
        label: "record on the request",
        kind: "guarded update",
        method: "PATCH",
        pathPattern: "/workitems/2$",
      },
      { label: "send-mail", kind: "mail", method: "POST", pathPattern: "/_apis/wit/sendmail$" },
    ],
    open: (e2e) => openPanel(e2e, "holly", 2),
    act: notifyClient,
    done: /^E-mailed Dana Whitfield and recorded the message on the request\./,
    async snapshot(e2e) {
      const s = emulatorState(e2e);
      return { comments: await s.comments(2), mails: await s.mails(), ids: await s.userIds() };
    },
    expectDoneOnce(before, after) {
      const ids = before.ids as Record<string, string>;
      const comments = (after.comments as string[]).slice((before.comments as string[]).length);
      expect(comments).toHaveLength(1);
      expect(comments[0]).toMatch(/^<p>E-mailed /);
      expect(mentions(comments[0], ids.dana)).toBe(true);
      const mails = (after.mails as Mail[]).slice((before.mails as Mail[]).length);
      expect(mails).toHaveLength(1);
      expect(mails[0].to).toEqual([ids.dana]);
    },
  };
}

describeFaultMatrix("faults at every request of the actions that mail the client", [
  completeAction(),
  notifyAction(),
]);

describeFaultMatrix(
  "on Azure DevOps Server 2022: a representative subset of the mail actions' faults",
  [completeAction(), notifyAction()],
  { profile: "server2022", only: SERVER_SUBSET },
);
