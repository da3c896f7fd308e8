/** How the queue reads many requests: batches in order, a few at a time, and progress that reaches its total. */
import type { WorkItem } from "../../src/ado/workItemsApi";
import { acknowledge } from "../../src/workflow/acknowledge";
import { createStaffTask } from "../../src/workflow/createStaffTask";
import type { DeskServices } from "../../src/workflow/deskServices";
import {
  buildRows,
  loadQueue,
  loadQueueContext,
  loadTasksByParent,
  type QueueProgress,
  type QueueRow,
  READ_CONCURRENCY,
  REQUEST_FIELDS,
  rowFromView,
  streamBatches,
  withFresherRows,
} from "../../src/workflow/queue";
import { ROW_ACTIONS, rowActionBlocker } from "../../src/workflow/queueActions";
import { loadRequestView } from "../../src/workflow/requestView";
import { fakeHub } from "../contributions/queue-hub/hubFakes";
import { REMI, USER_102 } from "../support/fakeDesk";

interface Deferred {
  ids: number[];
  resolve(items: WorkItem[]): void;
  reject(e: Error): void;
}

/** A reader whose batch reads answer only when the test says so. */
function heldReader() {
  const asked: Deferred[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const services = {
    workItems: {
      getMany: (ids: number[]) =>
        new Promise<WorkItem[]>((resolve, reject) => {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          const done = () => (inFlight -= 1);
          asked.push({
            ids,
            resolve: (items) => {
              done();
              resolve(items);
            },
            reject: (e) => {
              done();
              reject(e);
            },
          });
        }),
    },
  } as unknown as DeskServices;
  const answer = (d: Deferred) => d.resolve(d.ids.map((id) => ({ id, rev: 1, fields: {} })));
  return { services, asked, answer, maxInFlight: () => maxInFlight };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("reading many work items", () => {
  const ids = Array.from({ length: 1000 }, (_, i) => 5000 - i);

  it("hands batches on in the order asked, whatever order the answers come in, a few reads at a time", async () => {
    const r = heldReader();
    const seen: { first: number; asked: number }[] = [];
    const reading = streamBatches(r.services, ids, ["System.Id"], (items, asked) =>
      seen.push({ first: items[0].id, asked }),
    );
    await settle();
    expect(r.asked).toHaveLength(READ_CONCURRENCY);
    // The second and third answers come before the first: nothing is handed on until the first is in.
    r.answer(r.asked[2]);
    r.answer(r.asked[1]);
    await settle();
    expect(seen).toEqual([]);
    r.answer(r.asked[0]);
    await settle();
    expect(seen.map((s) => s.first)).toEqual([5000, 4800, 4600]);
    // Answer every read still open until the last batch is in.
    const answered = new Set(r.asked.slice(0, 3));
    while (seen.length < 5) {
      for (const d of r.asked.filter((d) => !answered.has(d))) {
        answered.add(d);
        r.answer(d);
      }
      await settle();
    }
    await reading;
    expect(seen).toEqual([
      { first: 5000, asked: 200 },
      { first: 4800, asked: 200 },
      { first: 4600, asked: 200 },
      { first: 4400, asked: 200 },
      { first: 4200, asked: 200 },
    ]);
    expect(r.asked.every((d) => d.ids.length === 200)).toBe(true);
    expect(r.maxInFlight()).toBe(READ_CONCURRENCY);
  });

  it("starts no further read after one fails, and rejects with that failure", async () => {
    const r = heldReader();
    const seen: number[] = [];
    const reading = streamBatches(r.services, ids, ["System.Id"], (items) => seen.push(items[0].id));
    const outcome = reading.then(
      () => "resolved",
      (e: Error) => e.message,
    );
    await settle();
    r.asked[0].reject(new Error("HTTP 500 Internal Server Error"));
    r.answer(r.asked[1]);
    r.answer(r.asked[2]);
    await settle();
    expect(await outcome).toBe("HTTP 500 Internal Server Error");
    expect(r.asked).toHaveLength(3);
    expect(seen).toEqual([]);
  });
});

describe("loading the queue", () => {
  it("reports progress by requests asked for, so it reaches its total when a batch leaves some out", async () => {
    const hub = fakeHub();
    const items = Array.from({ length: 450 }, () => hub.workItems.addRequest(USER_102));
    const ctx = await loadQueueContext(hub.desk.services);
    // Every tenth request becomes unreadable between the query and the batch reads (moved to an area the
    // reader cannot see): the batch leaves it out, as errorPolicy "omit" does.
    const queried = hub.workItems.queryIds.bind(hub.workItems);
    hub.workItems.queryIds = async (...args: unknown[]) => {
      const found = await queried(...args);
      hub.workItems.canRead = (item) => item.id % 10 !== 0;
      return found;
    };
    const progress: QueueProgress[] = [];
    const rows = await loadQueue(hub.desk.services, ctx, {}, (_rows, p) => progress.push(p));
    expect(rows).toHaveLength(items.filter((w) => w.id % 10 !== 0).length);
    expect(progress.map((p) => p.loaded)).toEqual([200, 400, 450]);
    expect(progress.every((p) => p.total === 450)).toBe(true);
  });
});

describe("the fields a batch asks for", () => {
  it("give every stage's row and action blockers exactly as the full work item does", async () => {
    const hub = fakeHub({ settings: { staff: [REMI], defaultAssigneeId: REMI.id } });
    const services = hub.desk.services;
    const [submitted, acknowledged, inProgress, ready, closed] = Array.from({ length: 5 }, () =>
      hub.workItems.addRequest(USER_102),
    );
    for (const r of [acknowledged, inProgress, ready])
      await acknowledge(services, await loadRequestView(services, r.id));
    for (const r of [inProgress, ready])
      await createStaffTask(services, await loadRequestView(services, r.id), REMI);
    const readyTask = [...hub.workItems.items.values()].find((w) =>
      (w.relations ?? []).some(
        (l) => l.rel === "System.LinkTypes.Hierarchy-Reverse" && l.url.endsWith(`/${ready.id}`),
      ),
    )!;
    readyTask.fields["System.State"] = "Closed";
    hub.workItems.items.get(closed.id)!.fields["System.State"] = "Closed";
    const ctx = await loadQueueContext(services);
    const tasks = await loadTasksByParent(services, ctx);
    const ids = [submitted, acknowledged, inProgress, ready, closed].map((r) => r.id);
    const full = buildRows(ctx, await hub.workItems.getMany(ids), tasks);
    const picked = buildRows(ctx, await hub.workItems.getMany(ids, REQUEST_FIELDS), tasks);
    expect(picked.map((r) => r.stage)).toEqual([
      "Submitted",
      "Acknowledged",
      "In progress",
      "Ready to close",
      "Closed",
    ]);
    const shown = (rows: QueueRow[]) =>
      rows.map(({ view, ...row }) => ({
        ...row,
        blockers: ROW_ACTIONS.map((a) => rowActionBlocker(a, view, REMI, services.now())),
      }));
    expect(shown(picked)).toEqual(shown(full));
  });
});

describe("rows read again during a load", () => {
  it("replace the load's older copies and a request created meanwhile comes first", async () => {
    const hub = fakeHub();
    const a = hub.workItems.addRequest(USER_102);
    const b = hub.workItems.addRequest(USER_102);
    const ctx = await loadQueueContext(hub.desk.services);
    const loaded = await loadQueue(hub.desk.services, ctx, {});
    hub.workItems.items.get(a.id)!.fields["System.State"] = "In Planning";
    const c = hub.workItems.addRequest(USER_102);
    const fresher = new Map<number, QueueRow>(
      await Promise.all(
        [a.id, c.id].map(
          async (id) =>
            [id, rowFromView(await loadRequestView(hub.desk.services, id, ctx.settings))] as const,
        ),
      ),
    );
    const merged = withFresherRows(loaded, fresher);
    expect(merged.map((r) => [r.id, r.stage])).toEqual([
      [c.id, "Submitted"],
      [b.id, "Submitted"],
      [a.id, "Acknowledged"],
    ]);
    expect(withFresherRows(loaded, new Map())).toBe(loaded);
  });
});
