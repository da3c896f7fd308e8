import { NetworkError, PartlySavedError, RestError } from "../../src/ado/restErrors";
import { acknowledge } from "../../src/workflow/acknowledge";
import { completeTask, completeTaskBlocker } from "../../src/workflow/completeTask";
import { createStaffTask, createStaffTaskBlocker } from "../../src/workflow/createStaffTask";
import { loadRequestView } from "../../src/workflow/requestView";
import { loadTaskView } from "../../src/workflow/taskView";
import { actAs, DANA, fakeDesk, HOLLY, REMI, USER_102 } from "../support/fakeDesk";

async function acknowledgedRequest() {
  const desk = fakeDesk();
  const request = desk.workItems.addRequest(USER_102, {
    "System.AreaPath": "Client Services\\Clients\\Contoso Dental",
  });
  await acknowledge(desk.services, await loadRequestView(desk.services, request.id));
  return { desk, request };
}

const tasksOf = (desk: ReturnType<typeof fakeDesk>) =>
  [...desk.workItems.items.values()].filter((w) => w.fields["System.WorkItemType"] === "Task");

describe("Create staff task", () => {
  it("creates ONE Task assigned to the chosen staff member, with parent link, area, iteration and checklist", async () => {
    const { desk, request } = await acknowledgedRequest();
    const view = await loadRequestView(desk.services, request.id);
    desk.workItems.calls = [];

    const outcome = await createStaffTask(desk.services, view, REMI);

    expect(outcome.kind).toBe("done");
    expect(desk.workItems.writes()).toEqual(["createWithUpdate"]);
    const task = [...desk.workItems.items.values()].at(-1)!;
    expect(task.fields["System.WorkItemType"]).toBe("Task");
    expect(task.fields["System.AssignedTo"]).toMatchObject({ id: REMI.id });
    expect(task.fields["System.AreaPath"]).toBe("Client Services\\Clients\\Contoso Dental");
    expect(task.fields["System.IterationPath"]).toBe("Client Services\\Sprint 1");
    expect(task.fields["System.Tags"]).toBe("umd-staff-task");
    expect(task.relations).toEqual([
      expect.objectContaining({
        rel: "System.LinkTypes.Hierarchy-Reverse",
        url: desk.services.workItemApiUrl(request.id),
      }),
    ]);
    const description = String(task.fields["System.Description"]);
    expect(description).toContain("User 102");
    expect(description).toContain("alex.chen@contoso-dental.example");
    expect(description).toMatch(/<h4>Checklist<\/h4><ul>(<li>[^<]+<\/li>)+<\/ul>/);
    const after = await loadRequestView(desk.services, request.id);
    expect(after.stage).toBe("In progress");
    expect(after.tasks.map((t) => t.id)).toEqual([task.id]);
  });

  it("never creates a second task when a colleague created one meanwhile", async () => {
    const { desk, request } = await acknowledgedRequest();
    const staleView = await loadRequestView(desk.services, request.id);
    await createStaffTask(desk.services, await loadRequestView(desk.services, request.id), REMI);
    const count = desk.workItems.items.size;

    const second = await createStaffTask(desk.services, staleView, HOLLY);

    expect(second.kind).toBe("already");
    expect(second.message).toMatch(/created staff task #\d+ at/);
    expect(desk.workItems.items.size).toBe(count);
  });

  it("after a lost answer, takes the refused repeat for its own task instead of creating another", async () => {
    const { desk, request } = await acknowledgedRequest();
    const view = await loadRequestView(desk.services, request.id);
    // The transport repeated the call after losing the answer; the repeat met the revision its first attempt made.
    const repeatRefused = new RestError(412, "VS403351: Test Operation for path /rev failed");
    repeatRefused.earlierAttemptMayHaveLanded = true;
    desk.workItems.lostAnswers.createWithUpdate = [repeatRefused];
    const outcome = await createStaffTask(desk.services, view, REMI);
    expect(outcome).toMatchObject({
      kind: "done",
      message: expect.stringMatching(/^Created staff task #\d+ for Remi Laurent\./),
    });
    expect(tasksOf(desk)).toHaveLength(1);
  });

  it("after an answer lost for good, finds the task that landed instead of offering to create another", async () => {
    const { desk, request } = await acknowledgedRequest();
    const view = await loadRequestView(desk.services, request.id);
    desk.workItems.lostAnswers.createWithUpdate = [new NetworkError("the connection dropped")];
    const outcome = await createStaffTask(desk.services, view, REMI);
    expect(outcome.kind).toBe("done");
    expect(tasksOf(desk)).toHaveLength(1);
  });

  it("when the request changed otherwise meanwhile, creates nothing and offers to create it on the new revision, once", async () => {
    const { desk, request } = await acknowledgedRequest();
    const view = await loadRequestView(desk.services, request.id);
    await desk.workItems.update(request.id, [
      { op: "add", path: "/fields/System.History", value: "<p>A note from Holly</p>" },
    ]);
    const outcome = await createStaffTask(desk.services, view, REMI);
    expect(outcome.kind).toBe("failed");
    expect(outcome.message).toMatch(
      /^Could not create the staff task: someone else changed it at the same moment\. It still needs a staff task; choose Create staff task now to do it now\.$/,
    );
    expect(tasksOf(desk)).toHaveLength(0);
    const again = await (outcome.kind === "failed" ? outcome.retry!() : Promise.reject());
    expect(again.kind).toBe("done");
    expect(tasksOf(desk)).toHaveLength(1);
  });

  it("says what to do when a service saved the task but not its link, and creates nothing more", async () => {
    const { desk, request } = await acknowledgedRequest();
    const view = await loadRequestView(desk.services, request.id);
    desk.workItems.failures.createWithUpdate = [
      new PartlySavedError(new RestError(500, "TF400898: An Internal Error Occurred."), [{ id: 77 }]),
    ];
    const outcome = await createStaffTask(desk.services, view, REMI);
    expect(outcome.kind).toBe("failed");
    expect(outcome.message).toBe(
      `Staff task #77 was created, but Azure DevOps did not link it under request #${request.id} (TF400898: An Internal Error Occurred.). Someone may have changed the request at the same moment: reload it, then link #77 as its child, or delete #77 if another staff task is there already.`,
    );
    expect(outcome.kind === "failed" && outcome.retry).toBeFalsy();
    expect(desk.workItems.writes()).toEqual(["update", "createWithUpdate"]);
  });

  it("is disabled until the request is acknowledged, and while a task is open", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const submitted = await loadRequestView(desk.services, request.id);
    expect(createStaffTaskBlocker(submitted, REMI)).toBe("Acknowledge the request first.");
    await acknowledge(desk.services, submitted);
    await createStaffTask(desk.services, await loadRequestView(desk.services, request.id), REMI);
    expect(createStaffTaskBlocker(await loadRequestView(desk.services, request.id), REMI)).toMatch(
      /^A staff task is already open: #\d+, assigned to Remi Laurent\.$/,
    );
  });
});

describe("Complete task", () => {
  async function taskInProgress() {
    const { desk, request } = await acknowledgedRequest();
    await createStaffTask(desk.services, await loadRequestView(desk.services, request.id), REMI);
    const task = [...desk.workItems.items.values()].at(-1)!;
    actAs(desk, REMI);
    return { desk, request, task };
  }

  it("starts a reassignment's changes from the request, old → new", async () => {
    const { desk, task } = await taskInProgress();
    const view = await loadTaskView(desk.services, task.id);
    expect(view.draft.value!.changes.length).toBeGreaterThan(0);
    expect(view.draft.value!.changes.every((c) => c.change === "Modified")).toBe(true);
    expect(view.draft.value!.changes.map((c) => c.details).join("\n")).toContain(
      "maria.gomez@contoso-dental.example → alex.chen@contoso-dental.example",
    );
    expect(view.checklist.length).toBeGreaterThan(3);
  });

  it("sends ONE task update (done state + comment mentioning the coordinator) and ONE mail to the client, cc the coordinator", async () => {
    const { desk, request, task } = await taskInProgress();
    const view = await loadTaskView(desk.services, task.id);
    const draft = {
      changes: [{ account: "User 102", change: "Modified" as const, details: "login maria → alex" }],
      checked: [],
    };
    desk.workItems.calls = [];

    const outcome = await completeTask(desk.services, view, draft);

    expect(outcome.kind).toBe("done");
    expect(desk.workItems.writes()).toEqual(["update", "sendMail"]);
    expect(desk.workItems.items.get(task.id)!.fields["System.State"]).toBe("Closed");
    const comment = desk.workItems.comments.at(-1)!;
    expect(comment.workItemId).toBe(task.id);
    expect(comment.html).toContain(
      `<a href="#" data-vss-mention="version:2.0,${HOLLY.id}">@Holly Brooks</a>`,
    );
    expect(comment.html).toContain("login maria → alex");
    expect(desk.workItems.outbox).toHaveLength(1);
    const mail = desk.workItems.outbox[0];
    expect(mail.to).toEqual([DANA.id]);
    expect(mail.cc).toEqual([HOLLY.id]);
    expect(mail.workItemIds).toContain(request.id);
    expect(mail.bodyHtml).toContain("User 102");
    expect(mail.bodyHtml).toContain("login maria → alex");
    expect((await loadRequestView(desk.services, request.id)).stage).toBe("Ready to close");
  });

  it("records the checklist's final state in the Task's completion comment, in the same update", async () => {
    const { desk, task } = await taskInProgress();
    const view = await loadTaskView(desk.services, task.id);
    const ticked = view.checklist.map((i) => i.id).filter((id) => id !== "reassign-0-verify");
    desk.workItems.calls = [];
    await completeTask(desk.services, view, { ...view.draft.value!, checked: ticked });
    expect(desk.workItems.writes()).toEqual(["update", "sendMail"]);
    const comment = desk.workItems.comments.at(-1)!;
    expect(comment.workItemId).toBe(task.id);
    expect(comment.html).toContain(
      `<p>Checklist: ${ticked.length} of ${view.checklist.length} items ticked; not ticked:</p><ul><li>User 102: verify maria.gomez@contoso-dental.example no longer signs in and alex.chen@contoso-dental.example does</li></ul>`,
    );
    // The client's mail is about the accounts, not the staff runbook.
    expect(desk.workItems.outbox[0].bodyHtml).not.toContain("Checklist");
  });

  it("mails the client each change of User 102 once, old → new, with what Alex Chen must do", async () => {
    const { desk, task } = await taskInProgress();
    const view = await loadTaskView(desk.services, task.id);
    await completeTask(desk.services, view, view.draft.value!);
    const body = desk.workItems.outbox[0].bodyHtml;
    expect(body).toContain(
      "<p><b>User 102</b>: Maria Gomez → Alex Chen</p><ul><li>Portal login e-mail: maria.gomez@contoso-dental.example → alex.chen@contoso-dental.example</li>",
    );
    expect(body.split("Portal login e-mail:")).toHaveLength(2);
    expect(body).toContain(
      'What Alex Chen must do: follow the "Forgot password" e-mail sent to alex.chen@contoso-dental.example to set a password, then sign in with alex.chen@contoso-dental.example.',
    );
  });

  it("offers to send the mail again when only the mail failed, and sends it once", async () => {
    const { desk, task } = await taskInProgress();
    const view = await loadTaskView(desk.services, task.id);
    desk.workItems.failures.sendMail = [new RestError(503, "Service unavailable")];
    const draft = {
      changes: [{ account: "User 102", change: "Modified" as const, details: "x" }],
      checked: [],
    };

    const outcome = await completeTask(desk.services, view, draft);

    expect(outcome.kind).toBe("failed");
    expect(outcome.message).toContain("The task is completed, but the e-mail to the client failed");
    expect(desk.workItems.items.get(task.id)!.fields["System.State"]).toBe("Closed");
    expect(outcome.kind === "failed" && outcome.retry).toBeTruthy();
    const retried = await (outcome as { retry: () => Promise<{ kind: string }> }).retry();
    expect(retried.kind).toBe("done");
    expect(desk.workItems.outbox).toHaveLength(1);
  });

  it("refuses an empty or half-filled change list with a message naming the row", async () => {
    const { desk, task } = await taskInProgress();
    const view = await loadTaskView(desk.services, task.id);
    expect(completeTaskBlocker(view, { changes: [], checked: [] })).toBeTruthy();
    expect(
      completeTaskBlocker(view, { changes: [{ account: "", change: "Added", details: "" }], checked: [] }),
    ).toMatch(/^Account change 1: /);
  });

  it("tells a second completer who completed it, without a second mail", async () => {
    const { desk, task } = await taskInProgress();
    const stale = await loadTaskView(desk.services, task.id);
    const draft = {
      changes: [{ account: "User 102", change: "Modified" as const, details: "x" }],
      checked: [],
    };
    await completeTask(desk.services, await loadTaskView(desk.services, task.id), draft);
    const second = await completeTask(desk.services, stale, draft);
    expect(second.kind).toBe("already");
    expect(second.message).toMatch(/^Already completed by Remi Laurent/);
    expect(desk.workItems.outbox).toHaveLength(1);
  });
});
