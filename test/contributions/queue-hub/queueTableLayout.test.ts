/**
 * Where the request type and service go: columns of their own while the title keeps room to be read, under
 * the title once the columns a tab or the settings add (SLA, turnaround, actions) would squeeze it.
 */
import { type QueueTableProps, typeUnderTitle } from "../../../src/contributions/queue-hub/QueueTable";
import { layoutColumns } from "../../../src/contributions/queue-hub/useColumnWidths";

const props = (extra: Partial<QueueTableProps>): QueueTableProps => ({
  label: "Submitted requests",
  rows: [],
  sort: { key: "id", descending: true },
  now: new Date("2026-11-23T10:30:00Z"),
  assignee: undefined,
  busy: undefined,
  workItemUrl: (id) => `#${id}`,
  onSort: () => undefined,
  onOpen: () => undefined,
  onAction: () => undefined,
  onTriage: () => undefined,
  ...extra,
});

// The table's width in a 1366 px window (the hub's margins and the host's chrome take the rest), at 1024 and 1920.
const AT_1366 = 1256;

it("keeps request type and service in columns at 1366 px without service levels", () => {
  expect(typeUnderTitle(props({}), AT_1366)).toBe(false);
});

it("moves them under the title at 1366 px once the SLA column takes its share", () => {
  expect(typeUnderTitle(props({ showSla: true }), AT_1366)).toBe(true);
});

it("moves them under the title at 1024 px, and keeps them in columns at 1920 px even with the SLA column", () => {
  expect(typeUnderTitle(props({}), 914)).toBe(true);
  expect(typeUnderTitle(props({ showSla: true }), 1810)).toBe(false);
});

describe("column widths", () => {
  const columns = [
    { id: "id", fixed: 64 },
    { id: "title", share: 34, min: 200 },
    { id: "client", share: 14, min: 64 },
    { id: "age", fixed: 76 },
    { id: "inStage", fixed: 80 },
    { id: "sla", fixed: 130 },
    { id: "staff", share: 12, min: 56 },
    { id: "triage", share: 9, min: 48 },
    { id: "actions", fixed: 184 },
  ];

  it("fits the table at 1024 px with the SLA column: the title keeps 200 px and nothing passes the edge", () => {
    const widths = layoutColumns(columns, 914, new Map());
    expect(widths[1]).toBeGreaterThanOrEqual(200);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(914);
    columns.forEach((c, i) => expect(widths[i]).toBeGreaterThanOrEqual(c.fixed ?? c.min!));
  });

  it("shares the rest by weight when there is room, and keeps a width the person chose", () => {
    const widths = layoutColumns(columns, 1810, new Map([["client", 150]]));
    expect(widths[2]).toBe(150);
    expect(widths[1] / widths[6]).toBeCloseTo(34 / 12, 1);
  });
});
