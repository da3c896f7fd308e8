import { throttleLatest, type Timers } from "../../src/components/throttleLatest";

/** A clock and timers the test moves by hand. */
function manualTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id as number),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...pending.entries()]
        .filter(([, t]) => t.at <= until)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = until;
  };
  return { timers, advance, pendingCount: () => pending.size };
}

describe("throttleLatest", () => {
  it("delivers the first call at once and then only the newest call once per interval", () => {
    const t = manualTimers();
    const seen: number[] = [];
    const deliver = throttleLatest((n: number) => seen.push(n), 400, t.timers);
    deliver(1);
    expect(seen).toEqual([1]);
    deliver(2);
    deliver(3);
    t.advance(399);
    expect(seen).toEqual([1]);
    t.advance(1);
    expect(seen).toEqual([1, 3]);
    // Quiet for longer than the interval: the next call goes through at once again.
    t.advance(1000);
    deliver(4);
    expect(seen).toEqual([1, 3, 4]);
  });

  it("never drops the last call: it comes at the end of the interval without a flush", () => {
    const t = manualTimers();
    const seen: number[] = [];
    const deliver = throttleLatest((n: number) => seen.push(n), 400, t.timers);
    for (let n = 1; n <= 100; n++) {
      deliver(n);
      t.advance(30);
    }
    t.advance(400);
    expect(seen.at(-1)).toBe(100);
    // 100 calls over 3 s became about one per 400 ms, not 100 deliveries.
    expect(seen.length).toBeLessThanOrEqual(10);
    expect(t.pendingCount()).toBe(0);
  });

  it("flush delivers the pending call now, once; cancel drops it", () => {
    const t = manualTimers();
    const seen: string[] = [];
    const deliver = throttleLatest((s: string) => seen.push(s), 400, t.timers);
    deliver("first");
    deliver("last batch");
    deliver.flush();
    expect(seen).toEqual(["first", "last batch"]);
    t.advance(1000);
    deliver.flush();
    expect(seen).toEqual(["first", "last batch"]);

    deliver("a");
    deliver("stale");
    deliver.cancel();
    t.advance(1000);
    deliver.flush();
    expect(seen).toEqual(["first", "last batch", "a"]);
    expect(t.pendingCount()).toBe(0);
  });
});
