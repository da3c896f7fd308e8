/** @jest-environment node */
import { isConflict, PartlySavedError, RestError } from "../../src/ado/restErrors";
import { createRestTransport } from "../../src/ado/restTransport";
import { NEW_ITEM_ID } from "../../src/ado/workItemBatch";
import { createWorkItemsApi } from "../../src/ado/workItemsApi";
import { childLinkPatch, createTaskDocument } from "../../src/domain/patches";

const TASK = createTaskDocument({
  title: "Staff task #2",
  assignedTo: "remi@fabrikam.example",
  areaPath: "Client Services",
  iterationPath: "Client Services",
  descriptionHtml: "<p>d</p>",
});
const LINK = childLinkPatch({
  rev: 4,
  childUrl: `https://dev.example/org/_apis/wit/workItems/${NEW_ITEM_ID}`,
});

const entry = (code: number, body: unknown) => ({
  code,
  headers: { "Content-Type": "application/json; charset=utf-8" },
  body: JSON.stringify(body),
});
const bulkFailed = entry(500, { count: 1, value: { Message: "TF401321: Whole Bulk failed." } });
const staleRev = entry(412, {
  count: 1,
  value: { Message: "VS403351: Test Operation for path /rev failed" },
});
const created = entry(200, { id: 31, rev: 1, fields: { "System.Title": "Staff task #2" } });
const linked = entry(200, { id: 2, rev: 5, fields: {} });
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

/** A work items API whose fetch gives these answers in turn (a function: the connection drops). */
function apiAnswering(...answers: (Response | (() => never))[]) {
  const sent: { url: string; method: string; body: unknown }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    sent.push({ url, method: String(init.method), body: JSON.parse(String(init.body)) });
    const next = answers.shift();
    if (!next) throw new Error("no more answers");
    return typeof next === "function" ? next() : next;
  }) as unknown as typeof fetch;
  const transport = createRestTransport({
    getBaseUrl: async () => "https://dev.example/org/",
    getToken: async () => "tok",
    fetchImpl,
    sleep: async () => undefined,
  });
  return { api: createWorkItemsApi(transport, "Client Services"), sent };
}

const createUnder2 = (api: ReturnType<typeof apiAnswering>["api"]) =>
  api.createWithUpdate("Task", TASK, { id: 2, document: LINK });

describe("a create and an update in one work item $batch", () => {
  it("sends ONE call: the create with temporary id -1 and the other item's guarded update, and returns the new item", async () => {
    const { api, sent } = apiAnswering(json({ count: 2, value: [created, linked] }));
    const task = await createUnder2(api);
    expect(task).toEqual({ id: 31, rev: 1, fields: { "System.Title": "Staff task #2" } });
    expect(sent).toEqual([
      {
        url: "https://dev.example/org/_apis/wit/$batch?api-version=5.0",
        method: "PATCH",
        body: [
          {
            method: "PATCH",
            uri: "/Client%20Services/_apis/wit/workitems/$Task?api-version=5.0",
            headers: { "Content-Type": "application/json-patch+json" },
            body: [{ op: "add", path: "/id", value: "-1" }, ...TASK],
          },
          {
            method: "PATCH",
            uri: "/_apis/wit/workitems/2?api-version=5.0",
            headers: { "Content-Type": "application/json-patch+json" },
            body: LINK,
          },
        ],
      },
    ]);
  });

  it("reports a refused revision as the conflict it is (not the bulk's TF401321), without repeating", async () => {
    const { api, sent } = apiAnswering(json({ count: 2, value: [bulkFailed, staleRev] }));
    const error = await createUnder2(api).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestError);
    expect(error).not.toBeInstanceOf(PartlySavedError);
    expect((error as RestError).status).toBe(412);
    expect((error as RestError).message).toBe("VS403351: Test Operation for path /rev failed");
    expect(isConflict(error)).toBe(true);
    expect((error as RestError).earlierAttemptMayHaveLanded).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it("repeats after a 503 or a lost answer (the guard makes it safe) and marks a repeat's 412 as maybe its own", async () => {
    const retried = apiAnswering(
      json({ message: "busy" }, 503),
      json({ count: 2, value: [created, linked] }),
    );
    expect((await createUnder2(retried.api)).id).toBe(31);
    expect(retried.sent).toHaveLength(2);

    const lost = apiAnswering(
      () => {
        throw new TypeError("Failed to fetch");
      },
      json({ count: 2, value: [bulkFailed, staleRev] }),
    );
    const error = (await createUnder2(lost.api).catch((e: unknown) => e)) as RestError;
    expect(error.status).toBe(412);
    expect(error.earlierAttemptMayHaveLanded).toBe(true);
    expect(lost.sent).toHaveLength(2);
  });

  it("never repeats an answer that saved the create but not the update, and says what was saved", async () => {
    const failedLink = entry(500, { count: 1, value: { Message: "TF400898: An Internal Error Occurred." } });
    const { api, sent } = apiAnswering(json({ count: 2, value: [created, failedLink] }));
    const error = (await createUnder2(api).catch((e: unknown) => e)) as PartlySavedError;
    expect(error).toBeInstanceOf(PartlySavedError);
    expect(error.status).toBe(500);
    expect(error.saved).toEqual([{ id: 31, rev: 1, fields: { "System.Title": "Staff task #2" } }]);
    expect(sent).toHaveLength(1);
  });

  it("is not repeated when the update is not guarded by test /rev", async () => {
    const { api, sent } = apiAnswering(json({ message: "busy" }, 503));
    await expect(
      api.createWithUpdate("Task", TASK, { id: 2, document: LINK.slice(1) }),
    ).rejects.toMatchObject({ status: 503 });
    expect(sent).toHaveLength(1);
  });

  it("treats an answer with a missing part as a failure, not as success", async () => {
    const { api } = apiAnswering(
      json({ count: 1, value: [created] }),
      json({ count: 1, value: [created] }),
      json({ count: 1, value: [created] }),
      json({ count: 1, value: [created] }),
    );
    await expect(createUnder2(api)).rejects.toThrow("Azure DevOps answered 1 of the 2 parts of the batch.");
  });
});
