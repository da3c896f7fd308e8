/**
 * What each `test /rev` action does when its update is refused: after a lost answer it recognises its own
 * change and finishes (the mail of Complete task goes once); after someone else's change of something else
 * it offers to act on the re-read item; after someone else did the step it says who.
 */
import { NetworkError, RestError } from "../../src/ado/restErrors";
import { acknowledge } from "../../src/workflow/acknowledge";
import { closeRequest } from "../../src/workflow/closeRequest";
import { completeTask } from "../../src/workflow/completeTask";
import { createStaffTask } from "../../src/workflow/createStaffTask";
import type { ActionOutcome } from "../../src/workflow/outcome";
import { loadRequestView } from "../../src/workflow/requestView";
import { loadTaskView } from "../../src/workflow/taskView";
import { actAs, fakeDesk, REMI, requestWithStaffTask, USER_102 } from "../support/fakeDesk";

/** The 412 the transport reports when it repeated an update whose first answer was lost. */
function repeatedConflict(): RestError {
  const e = new RestError(412, "VS403351: Test Operation for path /rev failed");
  e.earlierAttemptMayHaveLanded = true;
  return e;
}

const retryOf = (o: ActionOutcome) => (o.kind === "failed" ? o.retry : undefined);

async function renameMeanwhile(desk: ReturnType<typeof fakeDesk>, id: number) {
  await desk.workItems.update(id, [{ op: "add", path: "/fields/System.Title", value: "Renamed meanwhile" }]);
}

describe("Acknowledge and Close after a refused update", () => {
  it("Acknowledge: its own update landed before the answer was lost, so it is done, with one comment and the channel post", async () => {
    const desk = fakeDesk({ settings: { webhookUrl: "https://hooks.example/staff" } });
    const request = desk.workItems.addRequest(USER_102);
    const view = await loadRequestView(desk.services, request.id);
    desk.workItems.lostAnswers.update = [repeatedConflict()];
    const outcome = await acknowledge(desk.services, view);
    expect(outcome.kind).toBe("done");
    expect(desk.workItems.comments).toHaveLength(1);
    expect(desk.posts).toHaveLength(1);
  });

  it("Acknowledge: a first attempt's 412 after an unrelated change offers Acknowledge now, which acts once", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const view = await loadRequestView(desk.services, request.id);
    await renameMeanwhile(desk, request.id);
    const outcome = await acknowledge(desk.services, view);
    expect(outcome).toMatchObject({
      kind: "failed",
      retryLabel: "Acknowledge now",
      message:
        "Could not acknowledge the request: someone else changed it at the same moment. It still needs acknowledging; choose Acknowledge now to do it now.",
    });
    expect(desk.workItems.comments).toHaveLength(0);
    expect((await retryOf(outcome)!()).kind).toBe("done");
    expect(desk.workItems.comments).toHaveLength(1);
    expect(desk.workItems.items.get(request.id)!.fields["System.State"]).toBe("In Planning");
  });

  it("Close request: its own update landed before the answer was lost, so it is done with one comment", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    await acknowledge(desk.services, await loadRequestView(desk.services, request.id));
    const view = await loadRequestView(desk.services, request.id);
    desk.workItems.lostAnswers.update = [repeatedConflict()];
    const outcome = await closeRequest(desk.services, view);
    expect(outcome.kind).toBe("done");
    expect(desk.workItems.comments).toHaveLength(2);
    expect(desk.workItems.items.get(request.id)!.fields["System.State"]).toBe("Closed");
  });

  it("Close request: a staff task opened meanwhile stops it with what is open, instead of closing over it", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    await acknowledge(desk.services, await loadRequestView(desk.services, request.id));
    const view = await loadRequestView(desk.services, request.id);
    await createStaffTask(desk.services, await loadRequestView(desk.services, request.id), REMI);
    const outcome = await closeRequest(desk.services, view);
    expect(outcome.kind).toBe("failed");
    expect(outcome.message).toMatch(
      /^Could not close the request: someone else changed it at the same moment\. A staff task is still open: #\d+ \(New, Remi Laurent\)\. Reload the work item and check before closing\.$/,
    );
    expect(outcome.kind === "failed" && outcome.retry).toBeFalsy();
    expect(desk.workItems.items.get(request.id)!.fields["System.State"]).toBe("In Planning");
  });

  it("a 412 on the very first attempt is never taken for one's own change (a second tab of the same person)", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const stale = await loadRequestView(desk.services, request.id);
    await acknowledge(desk.services, await loadRequestView(desk.services, request.id));
    const outcome = await acknowledge(desk.services, stale);
    expect(outcome.kind).toBe("already");
    expect(outcome.message).toMatch(/^Already acknowledged by Holly Brooks, /);
    expect(desk.workItems.comments).toHaveLength(1);
  });
});

describe("Complete task after a refused update or a lost mail", () => {
  async function taskView() {
    const desk = fakeDesk();
    const { task } = await requestWithStaffTask(desk);
    actAs(desk, REMI);
    const draft = {
      changes: [{ account: "User 102", change: "Modified" as const, details: "login e-mail" }],
      checked: [],
    };
    return { desk, task, draft, view: await loadTaskView(desk.services, task.id) };
  }

  it("its own update landed before the answer was lost: the mail still goes, once", async () => {
    const { desk, task, draft, view } = await taskView();
    desk.workItems.lostAnswers.update = [repeatedConflict()];
    const outcome = await completeTask(desk.services, view, draft);
    expect(outcome.kind).toBe("done");
    expect(desk.workItems.outbox).toHaveLength(1);
    expect(desk.workItems.items.get(task.id)!.fields["System.State"]).toBe("Closed");
  });

  it("a 412 after an unrelated change offers Complete task now, which completes and mails once", async () => {
    const { desk, task, draft, view } = await taskView();
    await renameMeanwhile(desk, task.id);
    const outcome = await completeTask(desk.services, view, draft);
    expect(outcome).toMatchObject({ kind: "failed", retryLabel: "Complete task now" });
    expect(desk.workItems.outbox).toHaveLength(0);
    expect((await retryOf(outcome)!()).kind).toBe("done");
    expect(desk.workItems.outbox).toHaveLength(1);
  });

  it("a mail whose answer was lost is reported as possibly sent, with the coordinator's inbox to check", async () => {
    const { desk, draft, view } = await taskView();
    desk.workItems.lostAnswers.sendMail = [
      new NetworkError("Azure DevOps did not answer within 20 seconds."),
    ];
    const outcome = await completeTask(desk.services, view, draft);
    expect(outcome).toMatchObject({ kind: "failed", retryLabel: "Send the e-mail again" });
    expect(outcome.message).toBe(
      "The task is completed, but the e-mail to the client failed. Could not send the e-mail: Azure DevOps did not answer within 20 seconds. It may have gone out anyway, as the answer was lost. Holly Brooks is copied on it: check that inbox before sending it again.",
    );
  });
});
