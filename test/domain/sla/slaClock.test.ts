import { type BusinessCalendar, HOUR_MS } from "../../../src/domain/sla/businessCalendar";
import { clockText, requestClocks, targetClock } from "../../../src/domain/sla/slaClock";
import { waitingIntervals } from "../../../src/domain/sla/waiting";
import type { Stage } from "../../../src/domain/stages";

const at = (iso: string) => Date.parse(iso);
const BERLIN: BusinessCalendar = {
  timeZone: "Europe/Berlin",
  workingDays: [1, 2, 3, 4, 5],
  dayStart: "09:00",
  dayEnd: "17:00",
  holidays: ["2026-12-24", "2026-12-25"],
};
const policy = { calendar: BERLIN, atRiskPercent: 75 };

// Monday 2026-12-21 10:00 Berlin (09:00 UTC).
const SUBMITTED = at("2026-12-21T09:00:00Z");

describe("one target's clock", () => {
  const clock = (now: string, extra: Partial<Parameters<typeof targetClock>[0]> = {}) =>
    targetClock({
      target: "close",
      targetHours: 16,
      start: SUBMITTED,
      stop: undefined,
      now: at(now),
      pauses: [],
      policy,
      ...extra,
    });

  it("is on track early, with the due date on the calendar", () => {
    const c = clock("2026-12-21T11:00:00Z");
    expect(c).toMatchObject({ status: "on track", elapsedMs: 2 * HOUR_MS, remainingMs: 14 * HOUR_MS });
    // 14 h left from Monday 12:00: Monday 5 h, Tuesday 8 h, Wednesday 1 h → Wednesday 10:00 Berlin.
    expect(new Date(c.dueAt!).toISOString()).toBe("2026-12-23T09:00:00.000Z");
    expect(clockText(c)).toBe("14h left");
  });

  it("is at risk once three quarters of the target are used", () => {
    // Monday 7 h + Tuesday 5 h = 12 h of 16.
    const c = clock("2026-12-22T13:00:00Z");
    expect(c.status).toBe("at risk");
    expect(clockText(c)).toBe("at risk, 4h left");
  });

  it("skips Christmas holidays and the weekend before falling due", () => {
    // Monday 7 h, Tuesday 8 h, Wednesday 1 h = 16 h at Wednesday 10:00; Thu/Fri are holidays.
    expect(clock("2026-12-23T09:00:00Z").remainingMs).toBe(0);
    const late = clock("2026-12-28T09:00:00Z");
    // Wednesday 7 more hours, Thu, Fri, Sat, Sun nothing, Monday 28th 1 h.
    expect(late).toMatchObject({ status: "overdue", remainingMs: -8 * HOUR_MS });
    expect(clockText(late)).toBe("8h overdue");
  });

  it("does not count time waiting on the client, and shows itself paused", () => {
    const pauses = [{ from: at("2026-12-21T10:00:00Z"), to: at("2026-12-22T10:00:00Z") }];
    // Waited Monday 11:00 → Tuesday 11:00 Berlin (8 business hours) out of 10 elapsed.
    const after = clock("2026-12-22T11:00:00Z", { pauses });
    expect(after.elapsedMs).toBe(2 * HOUR_MS);
    const during = clock("2026-12-21T15:00:00Z", {
      pauses: [{ from: at("2026-12-21T10:00:00Z"), to: at("2026-12-21T15:00:00Z") }],
    });
    expect(during).toMatchObject({ status: "paused", elapsedMs: HOUR_MS, dueAt: undefined });
    expect(clockText(during)).toBe("paused, 15h left");
  });

  it("stops when the request reaches the target's step: met or missed", () => {
    expect(clock("2027-01-10T00:00:00Z", { stop: at("2026-12-22T09:00:00Z") }).status).toBe("met");
    const missed = clock("2027-01-10T00:00:00Z", { stop: at("2026-12-28T09:30:00Z") });
    expect(missed.status).toBe("missed");
    expect(clockText(missed)).toBe("missed by 8h 30m");
  });
});

describe("the clocks of a request in each stage", () => {
  const targets = { acknowledgeHours: 4, closeHours: 16 };
  const clocks = (stage: Stage, extra: Partial<Parameters<typeof requestClocks>[0]> = {}) =>
    requestClocks({
      stage,
      createdAt: SUBMITTED,
      acknowledgedAt: undefined,
      closedAt: undefined,
      now: at("2026-12-21T12:00:00Z"),
      pauses: [],
      targets,
      policy,
      ...extra,
    });

  it("Submitted: time to acknowledge runs and is the current target", () => {
    const c = clocks("Submitted");
    expect(c.current?.target).toBe("acknowledge");
    expect(c.acknowledge).toMatchObject({ status: "at risk", remainingMs: HOUR_MS });
    expect(c.close?.status).toBe("on track");
  });

  it.each<Stage>(["Acknowledged", "In progress", "Ready to close"])(
    "%s: time to close is current; acknowledge stopped when it happened",
    (stage) => {
      const c = clocks(stage, { acknowledgedAt: at("2026-12-21T10:00:00Z") });
      expect(c.current?.target).toBe("close");
      expect(c.acknowledge?.status).toBe("met");
      expect(c.close).toMatchObject({ status: "on track", remainingMs: 13 * HOUR_MS });
    },
  );

  it("Acknowledged without a known acknowledgement time: no acknowledge result is guessed", () => {
    expect(clocks("Acknowledged").acknowledge).toBeUndefined();
  });

  it("Closed: time to close met or missed at the closing date", () => {
    const c = clocks("Closed", {
      acknowledgedAt: at("2026-12-21T15:00:00Z"),
      closedAt: at("2026-12-22T10:00:00Z"),
      now: at("2027-02-01T00:00:00Z"),
    });
    expect(c.acknowledge).toMatchObject({ status: "missed", remainingMs: -2 * HOUR_MS });
    expect(c.current).toMatchObject({ target: "close", status: "met" });
  });

  it("a request type without targets has no clock", () => {
    expect(clocks("Submitted", { targets: {} }).current).toBeUndefined();
  });

  it("Submitted with only a close target measures that one", () => {
    expect(clocks("Submitted", { targets: { closeHours: 8 } }).current?.target).toBe("close");
  });
});

describe("waiting on the client, from the work item's updates", () => {
  const update = (changed: string, fields: Record<string, { oldValue?: unknown; newValue?: unknown }>) => ({
    revisedDate: "9999-01-01T00:00:00Z",
    fields: { ...fields, "System.ChangedDate": { newValue: changed } },
  });
  const created = update("2026-12-21T09:00:00Z", {
    "System.State": { newValue: "New" },
    "System.Tags": { newValue: "umd-request; umd-type:reset" },
  });

  it("spans of the waiting state, the last one still open", () => {
    const updates = [
      created,
      update("2026-12-21T10:00:00Z", { "System.State": { oldValue: "New", newValue: "Waiting on client" } }),
      update("2026-12-21T12:00:00Z", {
        "System.State": { oldValue: "Waiting on client", newValue: "Active" },
      }),
      update("2026-12-22T09:00:00Z", { "System.Title": { newValue: "x" } }),
      update("2026-12-22T10:00:00Z", {
        "System.State": { oldValue: "Active", newValue: "waiting on client" },
      }),
    ];
    expect(waitingIntervals({ state: "Waiting on client" }, updates, at("2026-12-22T12:00:00Z"))).toEqual([
      { from: at("2026-12-21T10:00:00Z"), to: at("2026-12-21T12:00:00Z") },
      { from: at("2026-12-22T10:00:00Z"), to: at("2026-12-22T12:00:00Z") },
    ]);
  });

  it("spans of the waiting tag", () => {
    const updates = [
      created,
      update("2026-12-21T11:00:00Z", {
        "System.Tags": { newValue: "umd-request; umd-type:reset; umd-waiting" },
      }),
      update("2026-12-21T13:00:00Z", { "System.Tags": { newValue: "umd-request; umd-type:reset" } }),
    ];
    expect(waitingIntervals({ tag: "umd-waiting" }, updates, at("2026-12-22T12:00:00Z"))).toEqual([
      { from: at("2026-12-21T11:00:00Z"), to: at("2026-12-21T13:00:00Z") },
    ]);
  });

  it("no marker, no pause", () => {
    expect(waitingIntervals({}, [created], at("2026-12-22T12:00:00Z"))).toEqual([]);
  });
});
