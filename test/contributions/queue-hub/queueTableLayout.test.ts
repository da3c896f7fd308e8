/**
 * Where the request type and service go: columns of their own while the title keeps room to be read, under
 * the title once the columns a tab or the settings add (SLA, turnaround, actions) would squeeze it.
 */
import { type QueueTableProps, typeUnderTitle } from "../../../src/contributions/queue-hub/QueueTable";

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
