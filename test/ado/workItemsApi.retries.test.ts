/** @jest-environment node */
import { RestError } from "../../src/ado/restErrors";
import { createRestTransport } from "../../src/ado/restTransport";
import { createWorkItemsApi } from "../../src/ado/workItemsApi";
import { acknowledgePatch, commentPatch } from "../../src/domain/patches";

/** A work items API over a fetch that answers 503 once and then 200, counting the calls. */
function apiAfterOne(status: number) {
  let calls = 0;
  const fetchImpl = (async () => {
    calls++;
    return calls === 1
      ? new Response(JSON.stringify({ message: "TF400898" }), { status })
      : new Response(JSON.stringify({ id: 1, rev: 2, fields: {} }), { status: 200 });
  }) as unknown as typeof fetch;
  const transport = createRestTransport({
    getBaseUrl: async () => "https://dev.example/org/",
    getToken: async () => "tok",
    fetchImpl,
    sleep: async () => undefined,
  });
  return { api: createWorkItemsApi(transport, "Client Services"), calls: () => calls };
}

describe("which work item calls are repeated after a server error", () => {
  it("repeats an update guarded by test /rev: a repeat of one that landed fails with 412 instead of acting twice", async () => {
    const { api, calls } = apiAfterOne(503);
    await api.update(1, acknowledgePatch({ rev: 1, state: "In Planning", commentHtml: "<p>x</p>" }));
    expect(calls()).toBe(2);
    const comment = apiAfterOne(500);
    await comment.api.update(1, commentPatch({ rev: 1, commentHtml: "<p>x</p>" }));
    expect(comment.calls()).toBe(2);
  });

  it("never repeats an unguarded update, a create or a mail", async () => {
    const unguarded = apiAfterOne(503);
    await expect(
      unguarded.api.update(1, [{ op: "add", path: "/fields/System.Title", value: "t" }]),
    ).rejects.toBeInstanceOf(RestError);
    expect(unguarded.calls()).toBe(1);
    const create = apiAfterOne(503);
    await expect(create.api.create("Task", [])).rejects.toBeInstanceOf(RestError);
    expect(create.calls()).toBe(1);
    const mail = apiAfterOne(500);
    await expect(
      mail.api.sendMail({ to: ["a"], cc: [], subject: "s", bodyHtml: "b", workItemIds: [1] }),
    ).rejects.toBeInstanceOf(RestError);
    expect(mail.calls()).toBe(1);
  });

  it("repeats reads", async () => {
    const { api, calls } = apiAfterOne(503);
    await api.get(1);
    expect(calls()).toBe(2);
  });
});
