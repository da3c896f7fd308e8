import { RestError } from "../../src/ado/restErrors";
import { acknowledge, acknowledgeBlocker } from "../../src/workflow/acknowledge";
import { closeRequest, closeRequestBlocker, closeWarning } from "../../src/workflow/closeRequest";
import { loadRequestView } from "../../src/workflow/requestView";
import { DANA, fakeDesk, HOLLY, REMI, USER_102 } from "../support/fakeDesk";

const mention = (id: string, name: string) => `<a href="#" data-vss-mention="version:2.0,${id}">@${name}</a>`;

describe("Acknowledge", () => {
  it("sends ONE update: test /rev, the acknowledge state and a comment that mentions the client", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const view = await loadRequestView(desk.services, request.id);
    expect(view.stage).toBe("Submitted");
    desk.workItems.calls = [];

    const outcome = await acknowledge(desk.services, view);

    expect(outcome.kind).toBe("done");
    expect(desk.workItems.writes()).toEqual(["update"]);
    const saved = desk.workItems.items.get(request.id)!;
    expect(saved.fields["System.State"]).toBe("In Planning");
    expect(saved.rev).toBe(view.rev + 1);
    const comment = desk.workItems.comments.at(-1)!;
    expect(comment.workItemId).toBe(request.id);
    expect(comment.html).toContain(mention(DANA.id, "Dana Whitfield"));
    expect(comment.html).toContain("we will act on this request and reach out as soon as we have completed");
  });

  it("tells the second actor who acknowledged first and adds no second comment", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const staleView = await loadRequestView(desk.services, request.id);
    await acknowledge(desk.services, await loadRequestView(desk.services, request.id));
    const comments = desk.workItems.comments.length;

    const second = await acknowledge(desk.services, staleView);

    expect(second.kind).toBe("already");
    expect(second.message).toMatch(/^Already acknowledged by Holly Brooks, /);
    expect(desk.workItems.comments).toHaveLength(comments);
    expect(desk.workItems.items.get(request.id)!.fields["System.State"]).toBe("In Planning");
  });

  it("is disabled with the reason once acknowledged", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    await acknowledge(desk.services, await loadRequestView(desk.services, request.id));
    const view = await loadRequestView(desk.services, request.id);
    expect(view.stage).toBe("Acknowledged");
    expect(acknowledgeBlocker(view, desk.services.now())).toMatch(
      /^Already acknowledged by Holly Brooks, \d+ Nov \d\d:\d\d\.$/,
    );
  });

  it("posts to the staff channel, and a failed post leaves the acknowledgement standing with a warning", async () => {
    const desk = fakeDesk({ settings: { webhookUrl: "https://hooks.example/staff" } });
    const first = desk.workItems.addRequest(USER_102);
    await acknowledge(desk.services, await loadRequestView(desk.services, first.id));
    expect(desk.posts).toHaveLength(1);
    expect(desk.posts[0].url).toBe("https://hooks.example/staff");
    expect(desk.posts[0].text).toContain(`#${first.id}`);
    expect(desk.posts[0].text).toContain("Reassign user");
    expect(desk.posts[0].text).toContain(desk.services.workItemUrl(first.id));

    desk.channelFails = true;
    const second = desk.workItems.addRequest(USER_102);
    const outcome = await acknowledge(desk.services, await loadRequestView(desk.services, second.id));
    expect(outcome.kind).toBe("done");
    expect(outcome.kind === "done" && outcome.warnings.join(" ")).toContain("staff-channel post failed");
    expect(desk.workItems.items.get(second.id)!.fields["System.State"]).toBe("In Planning");
  });

  it("writes the client's name without a mention when they are not a member, and says so", async () => {
    const desk = fakeDesk({ members: [HOLLY, REMI] });
    const request = desk.workItems.addRequest(USER_102);
    const view = await loadRequestView(desk.services, request.id);
    expect(view.clientIdentity).toBeUndefined();
    const outcome = await acknowledge(desk.services, view);
    expect(desk.workItems.comments.at(-1)!.html).not.toContain("data-vss-mention");
    expect(outcome.kind === "done" && outcome.warnings[0]).toContain(
      "dana@contoso-dental.example was not notified",
    );
    // Never "the client was told …" and then "was not notified".
    expect(outcome.message).toBe("Acknowledged.");
  });

  it("reports a server failure in words and changes nothing", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const view = await loadRequestView(desk.services, request.id);
    desk.workItems.failures.update = [new RestError(500, "Internal error")];
    const outcome = await acknowledge(desk.services, view);
    expect(outcome).toEqual({ kind: "failed", message: expect.stringContaining("HTTP 500") });
    expect(desk.workItems.items.get(request.id)!.fields["System.State"]).toBe("New");
    expect(desk.workItems.comments).toHaveLength(0);
  });
});

describe("Close request", () => {
  it("sends ONE update to the Completed state with a comment telling the client it is completed", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102, { "System.State": "In Planning" });
    const view = await loadRequestView(desk.services, request.id);
    desk.workItems.calls = [];
    const outcome = await closeRequest(desk.services, view);
    expect(outcome.kind).toBe("done");
    expect(desk.workItems.writes()).toEqual(["update"]);
    expect(desk.workItems.items.get(request.id)!.fields["System.State"]).toBe("Closed");
    const html = desk.workItems.comments.at(-1)!.html;
    expect(html).toContain(mention(DANA.id, "Dana Whitfield"));
    expect(html).toContain("your request has been completed");
    const closed = await loadRequestView(desk.services, request.id);
    expect(closed.stage).toBe("Closed");
    expect(closeRequestBlocker(closed, desk.services.now())).toMatch(/^Already closed by Holly Brooks/);
  });

  it("warns when staff tasks are still open", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102, { "System.State": "In Planning" });
    desk.workItems.add("Task", {
      "System.Title": "Staff task",
      "System.State": "Active",
      "System.AssignedTo": { id: REMI.id, displayName: REMI.displayName, uniqueName: REMI.uniqueName },
    });
    const task = [...desk.workItems.items.values()].at(-1)!;
    await desk.workItems.update(task.id, [
      {
        op: "add",
        path: "/relations/-",
        value: { rel: "System.LinkTypes.Hierarchy-Reverse", url: desk.services.workItemApiUrl(request.id) },
      },
    ]);
    const view = await loadRequestView(desk.services, request.id);
    expect(view.stage).toBe("In progress");
    expect(closeWarning(view)).toBe(
      `A staff task is still open: #${task.id} (Active, Remi Laurent). Close the request anyway?`,
    );
  });
});
