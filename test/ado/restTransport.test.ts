/** @jest-environment node */
import { mayHaveLandedEarlier, NetworkError, outcomeUnknown, RestError } from "../../src/ado/restErrors";
import { createRestTransport, type RestRequest, type RetryInfo } from "../../src/ado/restTransport";

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | "network-error";

/** A fetch that answers from a script and records what it was asked. */
function scriptedFetch(replies: Reply[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const reply = replies.shift();
    if (!reply) throw new Error("Not implemented: no scripted reply left");
    if (reply === "network-error") throw new TypeError("Failed to fetch");
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: reply.headers,
    });
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

function transport(replies: Reply[]) {
  const { calls, fetchImpl } = scriptedFetch(replies);
  const waits: number[] = [];
  const t = createRestTransport({
    getBaseUrl: async () => "https://dev.example/org/",
    getToken: async () => "tok",
    fetchImpl,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { t, calls, waits };
}

const read: RestRequest = {
  method: "GET",
  path: "Proj/_apis/wit/workitems/1",
  apiVersion: "7.1",
  retryable: true,
};
const create: RestRequest = {
  method: "POST",
  path: "Proj/_apis/wit/workitems/$Task",
  apiVersion: "7.1",
  body: [],
  contentType: "application/json-patch+json",
  retryable: false,
};

describe("REST transport", () => {
  it("sends the bearer token, api-version and JSON Patch content type", async () => {
    const { t, calls } = transport([{ status: 200, body: { id: 5 } }]);
    await expect(t.send(create)).resolves.toEqual({ id: 5 });
    expect(calls[0].url).toBe("https://dev.example/org/Proj/_apis/wit/workitems/$Task?api-version=7.1");
    const headers = calls[0].init.headers as Record<string, string>;
    expect(headers.Authorization).toBe("Bearer tok");
    expect(headers["Content-Type"]).toBe("application/json-patch+json");
  });

  it("waits for Retry-After on 429 and then succeeds, even for a create (the throttled call never ran)", async () => {
    const { t, calls, waits } = transport([
      { status: 429, body: { message: "TF400733: blocked" }, headers: { "Retry-After": "3" } },
      { status: 200, body: { id: 9 } },
    ]);
    await expect(t.send(create)).resolves.toEqual({ id: 9 });
    expect(calls).toHaveLength(2);
    expect(waits).toEqual([3000]);
  });

  it("caps a long Retry-After at 30 seconds", async () => {
    const { t, waits } = transport([
      { status: 429, headers: { "Retry-After": "600" } },
      { status: 200, body: {} },
    ]);
    await t.send(read);
    expect(waits).toEqual([30_000]);
  });

  it("backs off and retries reads on 503 and network errors", async () => {
    const { t, calls, waits } = transport([
      { status: 503 },
      "network-error",
      { status: 200, body: { id: 1 } },
    ]);
    await expect(t.send(read)).resolves.toEqual({ id: 1 });
    expect(calls).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(waits[1]).toBeGreaterThan(waits[0] - 100);
  });

  it("never repeats a create or a mail after a 500 or a lost answer", async () => {
    const first = transport([{ status: 500, body: { message: "boom" } }]);
    await expect(first.t.send(create)).rejects.toMatchObject({ status: 500, message: "boom" });
    expect(first.calls).toHaveLength(1);
    const second = transport(["network-error"]);
    await expect(second.t.send(create)).rejects.toBeInstanceOf(NetworkError);
    expect(second.calls).toHaveLength(1);
  });

  it("gives up after the last attempt with the server's message", async () => {
    const { t, calls } = transport([
      { status: 503 },
      { status: 503 },
      { status: 503 },
      { status: 503, body: { message: "down" } },
    ]);
    const error = (await t.send(read).catch((e: unknown) => e)) as RestError;
    expect(error).toBeInstanceOf(RestError);
    expect(error.message).toBe("down");
    expect(calls).toHaveLength(4);
  });

  it("does not retry a 412 conflict or a 400 rule error", async () => {
    const { t, calls } = transport([
      {
        status: 412,
        body: {
          message: "VS403351: Test Operation for path /rev failed",
          typeKey: "TestPatchOperationFailedException",
        },
      },
    ]);
    const update: RestRequest = { ...read, method: "PATCH", body: [] };
    await expect(t.send(update)).rejects.toMatchObject({
      status: 412,
      typeKey: "TestPatchOperationFailedException",
    });
    expect(calls).toHaveLength(1);
  });

  it("marks a 412 that follows a lost answer: the first attempt may have been this very change", async () => {
    const conflict = {
      status: 412,
      body: { message: "VS403351: Test Operation for path /rev failed" },
    };
    const update: RestRequest = { ...read, method: "PATCH", body: [] };
    const afterLoss = transport(["network-error", conflict]);
    const error = (await afterLoss.t.send(update).catch((e: unknown) => e)) as RestError;
    expect(error.status).toBe(412);
    expect(error.earlierAttemptMayHaveLanded).toBe(true);
    expect(mayHaveLandedEarlier(error)).toBe(true);
    expect(outcomeUnknown(error)).toBe(true);

    const afterThrottle = transport([{ status: 429, headers: { "Retry-After": "1" } }, conflict]);
    const plain = (await afterThrottle.t.send(update).catch((e: unknown) => e)) as RestError;
    expect(plain.earlierAttemptMayHaveLanded).toBe(false);
    expect(outcomeUnknown(plain)).toBe(false);
  });

  it("tells the UI before each wait, so it can show progress", async () => {
    const retries: RetryInfo[] = [];
    const { fetchImpl } = scriptedFetch([
      { status: 429, headers: { "Retry-After": "2" }, body: { message: "TF400733: blocked" } },
      { status: 200, body: {} },
    ]);
    const t = createRestTransport({
      getBaseUrl: async () => "https://dev.example/org/",
      getToken: async () => "tok",
      fetchImpl,
      sleep: async () => undefined,
      onRetry: (info) => retries.push(info),
    });
    await t.send(read);
    expect(retries).toEqual([{ attempt: 1, waitMs: 2000, reason: "TF400733: blocked", status: 429 }]);
  });

  it("counts a connection that drops while the body is read as a lost answer, repeated for a read", async () => {
    let calls = 0;
    const fetchImpl = (async () => {
      calls++;
      if (calls > 1) return new Response(JSON.stringify({ id: 1 }), { status: 200 });
      const body = new ReadableStream({ start: (c) => c.error(new TypeError("terminated")) });
      return new Response(body, { status: 200 });
    }) as unknown as typeof fetch;
    const t = createRestTransport({
      getBaseUrl: async () => "https://dev.example/org/",
      getToken: async () => "tok",
      fetchImpl,
      sleep: async () => undefined,
    });
    await expect(t.send(read)).resolves.toEqual({ id: 1 });
    expect(calls).toBe(2);
    calls = 0;
    const lost = await t.send(create).catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(NetworkError);
    expect(outcomeUnknown(lost)).toBe(true);
    expect(calls).toBe(1);
  });

  it("times out a body that stops arriving, not only a call that never answers", async () => {
    const stalled = ((_url: string, init: RequestInit) => {
      const body = new ReadableStream({
        start: (c) =>
          init.signal!.addEventListener("abort", () => c.error(new DOMException("aborted", "AbortError"))),
      });
      return Promise.resolve(new Response(body, { status: 200 }));
    }) as unknown as typeof fetch;
    const t = createRestTransport({
      getBaseUrl: async () => "https://dev.example/org",
      getToken: async () => "",
      fetchImpl: stalled,
      timeoutMs: 20,
      maxAttempts: 1,
    });
    await expect(t.send(read)).rejects.toThrow(/^Azure DevOps did not answer within 0 seconds\.$/);
  });

  it("times out a hanging call with a clear message", async () => {
    const hanging = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal!.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      )) as unknown as typeof fetch;
    const t = createRestTransport({
      getBaseUrl: async () => "https://dev.example/org",
      getToken: async () => "",
      fetchImpl: hanging,
      timeoutMs: 20,
      maxAttempts: 1,
    });
    await expect(t.send(read)).rejects.toThrow("Azure DevOps did not answer within 0 seconds.");
  });
});
