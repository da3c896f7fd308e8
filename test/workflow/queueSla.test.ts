/** The hub's service-level clocks: each row's time left, pauses from the history, At risk, sorting by it. */
import type { WorkItemUpdate } from "../../src/ado/workItemsApi";
import { clockText } from "../../src/domain/sla/slaClock";
import { defaultSlaSettings } from "../../src/domain/sla/slaSettings";
import {
  EMPTY_FILTER,
  filterRows,
  loadQueue,
  loadQueueContext,
  locationToParams,
  paramsToLocation,
  sortRows,
} from "../../src/workflow/queue";
import { fakeHub } from "../contributions/queue-hub/hubFakes";
import { HOLLY, USER_102 } from "../support/fakeDesk";

const WAITING = "Waiting on client";
const sla = {
  ...defaultSlaSettings(),
  // UTC, Monday to Friday 09:00-17:00; the fake desk's now is Monday 2026-11-23 10:00 UTC.
  targets: { reassign: { acknowledgeHours: 2, closeHours: 10 } },
  waiting: { state: WAITING },
};

const update = (at: string, state: string, old?: string): WorkItemUpdate => ({
  id: 0,
  rev: 0,
  revisedBy: { displayName: HOLLY.displayName },
  revisedDate: "9999-01-01T00:00:00Z",
  fields: {
    "System.ChangedDate": { newValue: at },
    "System.State": { oldValue: old, newValue: state },
  },
});

function desk() {
  const hub = fakeHub({ settings: { sla } });
  // The process has a waiting state of its own, in the In Progress category (as a customized process would).
  hub.workItems.states["User Request"] = [
    ...hub.workItems.states["User Request"],
    { name: WAITING, category: "InProgress" },
  ];
  const request = (state: string, history: WorkItemUpdate[], fields: Record<string, unknown> = {}) => {
    const item = hub.workItems.addRequest(USER_102, {
      "System.State": state,
      "System.CreatedDate": "2026-11-20T09:00:00Z",
      ...fields,
    });
    hub.workItems.history.set(item.id, [update("2026-11-20T09:00:00Z", "New"), ...history]);
    return item.id;
  };
  // Friday 09:00 → Monday 10:00 UTC is 9 business hours.
  const paused = request("In Planning", [
    update("2026-11-20T10:00:00Z", WAITING, "New"),
    update("2026-11-20T16:00:00Z", "In Planning", WAITING),
  ]);
  const running = request("In Planning", [update("2026-11-20T09:30:00Z", "In Planning", "New")]);
  const waitingNow = request(WAITING, [update("2026-11-23T09:30:00Z", WAITING, "New")], {
    "Microsoft.VSTS.Common.StateChangeDate": "2026-11-23T09:30:00Z",
  });
  return { hub, paused, running, waitingNow };
}

describe("the hub's SLA column", () => {
  it("shows time left on each open request, leaving out earlier waits read from its history", async () => {
    const { hub, paused, running, waitingNow } = desk();
    const ctx = await loadQueueContext(hub.desk.services);
    const rows = await loadQueue(hub.desk.services, ctx, {});
    const text = (id: number) => {
      const c = rows.find((r) => r.id === id)!.sla!.current!;
      return [c.target, c.status, clockText(c)];
    };
    expect(text(paused)).toEqual(["close", "on track", "7h left"]);
    expect(text(running)).toEqual(["close", "at risk", "at risk, 1h left"]);
    expect(text(waitingNow)).toEqual(["close", "paused", "paused, 1h 30m left"]);
    // Only the requests that were ever waiting had their history read, found with one WIQL EVER query.
    expect(hub.workItems.wiql.some((q) => q.query.includes(`EVER [System.State] = '${WAITING}'`))).toBe(true);
    expect(hub.workItems.calls.filter((c) => c === "updates")).toHaveLength(2);
  });

  it("filters the requests at risk or overdue, and sorts by time left", async () => {
    const { hub, paused, running, waitingNow } = desk();
    const ctx = await loadQueueContext(hub.desk.services);
    const rows = await loadQueue(hub.desk.services, ctx, {});
    expect(filterRows(rows, { ...EMPTY_FILTER, atRisk: true }).map((r) => r.id)).toEqual([running]);
    expect(sortRows(rows, { key: "sla", descending: false }).map((r) => r.id)).toEqual([
      running,
      waitingNow,
      paused,
    ]);
  });

  it("keeps the At risk filter in the page address", () => {
    const location = {
      filter: { ...EMPTY_FILTER, atRisk: true },
      sort: { key: "sla" as const, descending: false },
      tab: undefined,
    };
    expect(locationToParams(location)).toMatchObject({ risk: "1", sort: "sla" });
    expect(paramsToLocation(locationToParams(location))).toEqual(location);
  });

  it("has no clock for a desk without service levels", async () => {
    const hub = fakeHub();
    hub.workItems.addRequest(USER_102);
    const ctx = await loadQueueContext(hub.desk.services);
    const [row] = await loadQueue(hub.desk.services, ctx, {});
    expect(row.sla).toBeUndefined();
    expect(hub.workItems.calls).not.toContain("updates");
  });
});
