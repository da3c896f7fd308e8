import { RestError } from "../../src/ado/restErrors";
import { notifyClient, notifyClientBlocker } from "../../src/workflow/notifyClient";
import { loadRequestView } from "../../src/workflow/requestView";
import { DANA, fakeDesk, HOLLY, REMI, USER_102 } from "../support/fakeDesk";

describe("Notify client", () => {
  it("sends ONE mail to the client (cc the coordinator) and records it on the request's discussion", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const view = await loadRequestView(desk.services, request.id);
    desk.workItems.calls = [];

    const outcome = await notifyClient(desk.services, view, {
      subject: "About request {{requestNumber}}",
      body: "Hello {{client}},\n\nWe need the effective date confirmed.",
    });

    expect(outcome.kind).toBe("done");
    expect(desk.workItems.writes()).toEqual(["sendMail", "update"]);
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

  it("keeps the sent mail when recording it fails twice, and offers to record it again", async () => {
    const desk = fakeDesk();
    const view = await loadRequestView(desk.services, desk.workItems.addRequest(USER_102).id);
    desk.workItems.failures.update = [new RestError(500, "boom")];
    const outcome = await notifyClient(desk.services, view, { subject: "s", body: "b" });
    expect(outcome.kind).toBe("failed");
    expect(outcome.message).toMatch(/^The e-mail was sent, but recording it on the request failed/);
    expect(desk.workItems.outbox).toHaveLength(1);
    const retried = await (outcome as { retry: () => Promise<{ kind: string }> }).retry();
    expect(retried.kind).toBe("done");
    expect(desk.workItems.outbox).toHaveLength(1);
    expect(desk.workItems.comments).toHaveLength(1);
  });
});
