/** @jest-environment node */
import { createRestTransport, type RestRequest } from "../../src/ado/restTransport";

const batch = (n: number): RestRequest => ({
  method: "POST",
  path: "Proj/_apis/wit/workitemsbatch",
  apiVersion: "7.1",
  body: { ids: [n] },
  retryable: true,
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("REST transport under throttling", () => {
  it("after a 429, holds every call's next attempt until the Retry-After has passed", async () => {
    const sent: number[] = [];
    let throttleNext = true;
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      const id = (JSON.parse(String(init.body)) as { ids: number[] }).ids[0];
      sent.push(id);
      if (throttleNext) {
        throttleNext = false;
        return new Response(JSON.stringify({ message: "TF400733: blocked" }), {
          status: 429,
          headers: { "Retry-After": "5" },
        });
      }
      return new Response(JSON.stringify({ value: [{ id }] }), { status: 200 });
    }) as unknown as typeof fetch;
    const pauses: { ms: number; end(): void }[] = [];
    const t = createRestTransport({
      getBaseUrl: async () => "https://dev.example/org/",
      getToken: async () => "tok",
      fetchImpl,
      sleep: (ms) => new Promise<void>((end) => pauses.push({ ms, end })),
    });

    const first = t.send(batch(1));
    await settle();
    expect(sent).toEqual([1]);
    expect(pauses.map((p) => p.ms)).toEqual([5000]);
    // A call made while the user is throttled waits too, instead of running into the limit again.
    const second = t.send(batch(2));
    const third = t.send(batch(3));
    await settle();
    expect(sent).toEqual([1]);
    pauses[0].end();
    await expect(Promise.all([first, second, third])).resolves.toEqual([
      { value: [{ id: 1 }] },
      { value: [{ id: 2 }] },
      { value: [{ id: 3 }] },
    ]);
    expect(sent.slice(1).sort()).toEqual([1, 2, 3]);
    expect(pauses).toHaveLength(1);
  });

  it("a retry after a server error does not hold other calls", async () => {
    const sent: number[] = [];
    let failNext = true;
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      const id = (JSON.parse(String(init.body)) as { ids: number[] }).ids[0];
      sent.push(id);
      if (failNext) {
        failNext = false;
        return new Response(null, { status: 503 });
      }
      return new Response(JSON.stringify({ value: [{ id }] }), { status: 200 });
    }) as unknown as typeof fetch;
    const pauses: (() => void)[] = [];
    const t = createRestTransport({
      getBaseUrl: async () => "https://dev.example/org/",
      getToken: async () => "tok",
      fetchImpl,
      sleep: () => new Promise<void>((end) => pauses.push(end)),
    });
    const first = t.send(batch(1));
    await settle();
    await expect(t.send(batch(2))).resolves.toEqual({ value: [{ id: 2 }] });
    pauses[0]();
    await expect(first).resolves.toEqual({ value: [{ id: 1 }] });
    expect(sent).toEqual([1, 2, 1]);
  });
});
