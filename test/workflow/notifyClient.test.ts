import { NetworkError, RestError } from "../../src/ado/restErrors";
import { notifyClient, notifyClientBlocker } from "../../src/workflow/notifyClient";
import { loadRequestView } from "../../src/workflow/requestView";
import { DANA, fakeDesk, HOLLY, REMI, USER_102 } from "../support/fakeDesk";

describe("Notify client", () => {
  it("records the message on the request's discussion, then sends ONE mail to the client (cc the coordinator)", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const view = await loadRequestView(desk.services, request.id);
    desk.workItems.calls = [];

    const outcome = await notifyClient(desk.services, view, {
      subject: "About request {{requestNumber}}",
      body: "Hello {{client}},\n\nWe need the effective date confirmed.",
    });

    expect(outcome.kind).toBe("done");
    // The record goes first: it is the marker that stops a second tab or a colleague from mailing again.
    expect(desk.workItems.writes()).toEqual(["update", "sendMail"]);
    const mail = desk.workItems.outbox[0];
    expect(mail).toMatchObject({ to: [DANA.id], cc: [HOLLY.id], subject: `About request ${request.id}` });
    expect(mail.bodyHtml).toContain("Hello Dana Whitfield");
    const comment = desk.workItems.comments.at(-1)!;
    expect(comment.workItemId).toBe(request.id);
    expect(comment.html).toContain(`data-vss-mention="version:2.0,${DANA.id}"`);
    expect(comment.html).toContain("We need the effective date confirmed.");
  });

  it("escapes what the sender typed", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const view = await loadRequestView(desk.services, request.id);
    await notifyClient(desk.services, view, {
      subject: "<b>x</b>",
      body: '<script>alert(1)</script><img src=x onerror="alert(2)">',
    });
    const body = desk.workItems.outbox[0].bodyHtml;
    expect(body).not.toMatch(/<script|<img/i);
    expect(body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("cannot notify a client who is not a member, and says what to do", async () => {
    const desk = fakeDesk({ members: [HOLLY, REMI] });
    const view = await loadRequestView(desk.services, desk.workItems.addRequest(USER_102).id);
    expect(notifyClientBlocker(view)).toBe(
      "dana@contoso-dental.example is not a member of this organization, so Azure DevOps cannot notify them; add them as a Stakeholder, or continue without notifying.",
    );
  });

  it("sends nothing when the record fails, and says so", async () => {
    const desk = fakeDesk();
    const view = await loadRequestView(desk.services, desk.workItems.addRequest(USER_102).id);
    desk.workItems.failures.update = [new RestError(500, "boom")];
    const outcome = await notifyClient(desk.services, view, { subject: "s", body: "b" });
    expect(outcome).toEqual({
      kind: "failed",
      message: expect.stringContaining("Could not notify the client"),
    });
    expect(desk.workItems.outbox).toHaveLength(0);
    expect(desk.workItems.comments).toHaveLength(0);
  });

  it("keeps the record when the mail fails, and offers to send the mail again once", async () => {
    const desk = fakeDesk();
    const view = await loadRequestView(desk.services, desk.workItems.addRequest(USER_102).id);
    desk.workItems.failures.sendMail = [new RestError(503, "Service unavailable")];
    const outcome = await notifyClient(desk.services, view, { subject: "s", body: "b" });
    expect(outcome.kind).toBe("failed");
    expect(outcome.message).toMatch(/^The message is recorded on the request, but the e-mail failed\. /);
    expect(outcome.message).toContain("It was not sent.");
    expect(outcome).toMatchObject({ retryLabel: "Send the e-mail again" });
    const retried = await (outcome as { retry: () => Promise<{ kind: string }> }).retry();
    expect(retried.kind).toBe("done");
    expect(desk.workItems.outbox).toHaveLength(1);
    expect(desk.workItems.comments).toHaveLength(1);
  });

  it("says a mail whose answer was lost may have gone out, and where to check, before offering it again", async () => {
    const desk = fakeDesk();
    const view = await loadRequestView(desk.services, desk.workItems.addRequest(USER_102).id);
    desk.workItems.lostAnswers.sendMail = [
      new NetworkError("could not reach Azure DevOps (Failed to fetch)."),
    ];
    const outcome = await notifyClient(desk.services, view, { subject: "s", body: "b" });
    expect(outcome.kind).toBe("failed");
    expect(outcome.message).toContain(
      "It may have gone out anyway, as the answer was lost. Holly Brooks is copied on it: check that inbox before sending it again.",
    );
    expect(desk.workItems.outbox).toHaveLength(1);
  });

  it("a second tab, or a colleague at the same moment, is told who e-mailed and sends nothing", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const first = await loadRequestView(desk.services, request.id);
    const second = await loadRequestView(desk.services, request.id);
    await notifyClient(desk.services, first, { subject: "Effective date", body: "Please confirm." });

    desk.workItems.actor = REMI;
    desk.services.user = { id: REMI.id, displayName: REMI.displayName, uniqueName: REMI.uniqueName };
    const outcome = await notifyClient(desk.services, second, { subject: "Other", body: "Hello" });

    expect(outcome.kind).toBe("already");
    expect(outcome.message).toMatch(
      /^Holly Brooks e-mailed Dana Whitfield \d+ Nov \d\d:\d\d: "Effective date"\. Nothing was sent now; open Notify client again if your message is still needed\.$/,
    );
    expect(desk.workItems.outbox).toHaveLength(1);
    expect(desk.workItems.comments).toHaveLength(1);
  });

  it("steps over a change that is not a notification and sends once", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const view = await loadRequestView(desk.services, request.id);
    await desk.workItems.update(request.id, [
      { op: "add", path: "/fields/System.Title", value: "Renamed meanwhile" },
    ]);
    const outcome = await notifyClient(desk.services, view, { subject: "s", body: "b" });
    expect(outcome.kind).toBe("done");
    expect(desk.workItems.outbox).toHaveLength(1);
    expect(desk.workItems.comments).toHaveLength(1);
  });

  it("after a lost answer to the record, recognises its own record and sends the mail once", async () => {
    const desk = fakeDesk();
    const view = await loadRequestView(desk.services, desk.workItems.addRequest(USER_102).id);
    const repeat = new RestError(412, "VS403351: Test Operation for path /rev failed");
    repeat.earlierAttemptMayHaveLanded = true;
    desk.workItems.lostAnswers.update = [repeat];
    const outcome = await notifyClient(desk.services, view, { subject: "s", body: "b" });
    expect(outcome.kind).toBe("done");
    expect(desk.workItems.outbox).toHaveLength(1);
    expect(desk.workItems.comments).toHaveLength(1);
  });
});
