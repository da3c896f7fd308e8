import type { WorkItem } from "../../src/ado/workItemsApi";
import { buildRows, type QueueContext, REQUEST_FIELDS, sortRows } from "../../src/workflow/queue";
import {
  formatSpan,
  turnaroundMs,
  type TurnaroundRow,
  turnaroundSentence,
  turnaroundStats,
} from "../../src/workflow/turnaround";
import { fakeDesk, INTAKE_STATES, TASK_STATES, USER_102 } from "../support/fakeDesk";

const H = 3_600_000;
const D = 24 * H;
const NOW = new Date("2026-11-23T10:00:00Z");
const closed = (created: string, closedAt: string): TurnaroundRow => ({
  stage: "Closed",
  createdDate: created,
  closedDate: closedAt,
});
const open = (created: string): TurnaroundRow => ({
  stage: "In progress",
  createdDate: created,
  closedDate: "",
});
const NOUN = { one: "Reassign user request", many: "Reassign user requests" };

describe("turnaround of one request", () => {
  it("is closed minus submitted, for a closed request only", () => {
    expect(turnaroundMs(closed("2026-11-20T09:00:00Z", "2026-11-21T11:30:00Z"))).toBe(D + 2.5 * H);
    expect(turnaroundMs(open("2026-11-20T09:00:00Z"))).toBeUndefined();
  });

  it("is unknown rather than wrong when a date is missing, unreadable or before submission", () => {
    expect(turnaroundMs(closed("2026-11-20T09:00:00Z", ""))).toBeUndefined();
    expect(turnaroundMs(closed("yesterday", "2026-11-21T09:00:00Z"))).toBeUndefined();
    expect(turnaroundMs(closed("2026-11-21T09:00:00Z", "2026-11-20T09:00:00Z"))).toBeUndefined();
  });
});

describe("turnaround of the requests shown", () => {
  it("counts the closed ones, with the median and the longest; open ones with the oldest", () => {
    const stats = turnaroundStats(
      [
        closed("2026-11-01T09:00:00Z", "2026-11-02T09:00:00Z"), // 1d
        closed("2026-11-01T09:00:00Z", "2026-11-04T09:00:00Z"), // 3d
        closed("2026-11-01T09:00:00Z", "2026-11-01T10:00:00Z"), // 1h
        closed("2026-11-01T09:00:00Z", ""), // closed, date unknown: not counted
        open("2026-11-20T10:00:00Z"), // 3d
        open("2026-11-22T10:00:00Z"),
      ],
      NOW,
    );
    expect(stats).toEqual({ closed: 3, medianMs: D, longestMs: 3 * D, open: 2, oldestOpenMs: 3 * D });
  });

  it("takes the middle of the two middle values for an even count", () => {
    const stats = turnaroundStats(
      [
        closed("2026-11-01T00:00:00Z", "2026-11-01T01:00:00Z"),
        closed("2026-11-01T00:00:00Z", "2026-11-01T03:00:00Z"),
      ],
      NOW,
    );
    expect(stats.medianMs).toBe(2 * H);
  });

  it("has nothing to say about an empty list", () => {
    expect(turnaroundStats([], NOW)).toEqual({
      closed: 0,
      medianMs: undefined,
      longestMs: undefined,
      open: 0,
      oldestOpenMs: undefined,
    });
  });
});

describe("the hub's sentence", () => {
  it("gives median and longest of several closed requests and the oldest open one", () => {
    expect(
      turnaroundSentence(
        { closed: 3, medianMs: D + 4 * H, longestMs: 6 * D, open: 2, oldestOpenMs: 2 * D },
        NOUN,
      ),
    ).toBe(
      "Turnaround (submitted → closed) of 3 closed Reassign user requests: median 1d 4h, longest 6d. 2 still open, the oldest submitted 2d ago.",
    );
  });

  it("gives the one turnaround of a single closed request", () => {
    expect(
      turnaroundSentence(
        { closed: 1, medianMs: 90 * 60_000, longestMs: 90 * 60_000, open: 0, oldestOpenMs: undefined },
        NOUN,
      ),
    ).toBe("Turnaround (submitted → closed) of 1 closed Reassign user request: 1h 30m.");
  });

  it("says when none is closed yet, and counts thousands readably", () => {
    expect(
      turnaroundSentence(
        { closed: 0, medianMs: undefined, longestMs: undefined, open: 1234, oldestOpenMs: 5 * 60_000 },
        NOUN,
      ),
    ).toBe("No Reassign user request is closed yet. 1,234 still open, the oldest submitted 5m ago.");
  });
});

describe("formatSpan", () => {
  it.each([
    [0, "0m"],
    [59_000, "0m"],
    [12 * 60_000, "12m"],
    [5 * H + 10 * 60_000, "5h 10m"],
    [2 * H, "2h"],
    [3 * D + 4 * H + 59 * 60_000, "3d 4h"],
    [9 * D, "9d"],
    [-5 * H, "0m"],
  ])("%d ms reads %s", (ms, text) => {
    expect(formatSpan(ms)).toBe(text);
  });
});

describe("queue rows", () => {
  const desk = fakeDesk();
  const ctx: QueueContext = {
    settings: { settings: desk.settings, revision: 1, isDefault: false, problems: [] },
    intakeStates: INTAKE_STATES,
    taskStates: TASK_STATES,
  };
  const item = (id: number, fields: Record<string, unknown>): WorkItem => {
    const request = desk.workItems.addRequest(USER_102);
    return {
      id,
      rev: 3,
      fields: { ...request.fields, "System.CreatedDate": "2026-11-20T09:00:00Z", ...fields },
    };
  };

  it("read Closed Date: the queue asks for it in its batch reads", () => {
    expect(REQUEST_FIELDS).toContain("Microsoft.VSTS.Common.ClosedDate");
  });

  it("of a closed request carry the turnaround from Closed Date, else from the state change", () => {
    const [stamped, removedLike, active] = buildRows(
      ctx,
      [
        item(1, {
          "System.State": "Closed",
          "Microsoft.VSTS.Common.ClosedDate": "2026-11-21T10:30:00Z",
          "Microsoft.VSTS.Common.StateChangeDate": "2026-11-22T08:00:00Z",
        }),
        item(2, {
          "System.State": "Closed",
          "Microsoft.VSTS.Common.StateChangeDate": "2026-11-22T09:00:00Z",
        }),
        item(3, {
          "System.State": "In Planning",
          "Microsoft.VSTS.Common.StateChangeDate": "2026-11-21T09:00:00Z",
        }),
      ],
      new Map(),
    );
    expect(stamped).toMatchObject({ closedDate: "2026-11-21T10:30:00Z", turnaroundMs: D + 1.5 * H });
    expect(removedLike).toMatchObject({ closedDate: "2026-11-22T09:00:00Z", turnaroundMs: 2 * D });
    expect(active).toMatchObject({ stage: "Acknowledged", closedDate: "", turnaroundMs: undefined });
  });

  it("sort by turnaround, the longest first when descending", () => {
    const rows = buildRows(
      ctx,
      [
        item(1, { "System.State": "Closed", "Microsoft.VSTS.Common.ClosedDate": "2026-11-21T09:00:00Z" }),
        item(2, { "System.State": "Closed", "Microsoft.VSTS.Common.ClosedDate": "2026-11-23T09:00:00Z" }),
        item(3, { "System.State": "Closed", "Microsoft.VSTS.Common.ClosedDate": "2026-11-20T10:00:00Z" }),
      ],
      new Map(),
    );
    expect(sortRows(rows, { key: "turnaround", descending: true }).map((r) => r.id)).toEqual([2, 1, 3]);
    expect(sortRows(rows, { key: "turnaround", descending: false }).map((r) => r.id)).toEqual([3, 1, 2]);
  });
});
