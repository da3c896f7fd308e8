import * as React from "react";

import { type Stage, STAGES } from "../../domain/stages";
import {
  countByStage,
  filterRows,
  isAtRisk,
  isFiltered,
  type QueueLocation,
  type QueueRow,
  sortRows,
} from "../../workflow/queue";
import type { ClosedLoad, HubRole } from "./useQueueLoad";

export const MY_TASKS_TAB = "my-tasks";

export interface HubView {
  /** The tab on screen: a stage, My tasks, or a client's own requests. */
  tab: string;
  filtered: QueueRow[];
  counts: Record<Stage, number>;
  /** The rows of the table on screen, sorted. */
  shown: QueueRow[];
  clients: { email: string; name: string }[];
  serviceNames: string[];
  /** Closed requests counted by query but not read yet (read a page at a time). */
  unreadClosed: number;
  /** Requests at risk or overdue under the other filters; undefined when the desk has no service levels. */
  atRiskCount: number | undefined;
}

/** Everyone who filed a request, by name, once per address. */
function clientsOf(rows: QueueRow[] | undefined): { email: string; name: string }[] {
  if (!rows) return [];
  const byEmail = new Map(rows.filter((r) => r.clientEmail).map((r) => [r.clientEmail.toLowerCase(), r]));
  return [...byEmail.values()]
    .map((r) => ({ email: r.clientEmail.toLowerCase(), name: r.clientName }))
    .sort((a, b) => (a.name || a.email).localeCompare(b.name || b.email));
}

/**
 * What the hub shows, derived from every row: computed when the rows, the filter or the sort change, not on
 * every render (a 20,000-request queue re-renders often while it loads).
 */
export function useHubView(
  rows: QueueRow[] | undefined,
  location: QueueLocation,
  role: HubRole | undefined,
  settingsServices: string[] | undefined,
  closed: ClosedLoad | undefined,
  hasSla: boolean,
): HubView {
  const filtered = React.useMemo(
    () => (rows ? filterRows(rows, location.filter) : []),
    [rows, location.filter],
  );
  // Closed requests not read yet count in the Closed tab when no filter is set (they were counted by query);
  // under a filter only the closed ones read can be matched, and the tab says "+" while more exist.
  const unreadClosed = closed?.ids ? closed.ids.length - closed.rows.length : 0;
  const counts = React.useMemo(() => {
    const c = countByStage(filtered);
    if (!isFiltered(location.filter)) c.Closed += unreadClosed;
    return c;
  }, [filtered, location.filter, unreadClosed]);
  // The At risk count: under every other filter, whatever the At risk filter itself says.
  const atRiskCount = React.useMemo(
    () =>
      rows && hasSla
        ? filterRows(rows, { ...location.filter, atRisk: false }).filter(isAtRisk).length
        : undefined,
    [rows, location.filter, hasSla],
  );
  const clients = React.useMemo(() => clientsOf(rows), [rows]);
  const serviceNames = React.useMemo(
    () => [...new Set([...(settingsServices ?? []), ...(rows ?? []).map((r) => r.service).filter(Boolean)])],
    [rows, settingsServices],
  );
  const tab =
    role === "client"
      ? "my-requests"
      : location.tab === MY_TASKS_TAB || STAGES.includes(location.tab as Stage)
        ? location.tab!
        : "Submitted";
  const shown = React.useMemo(
    () =>
      role === "client"
        ? sortRows(filtered, location.sort)
        : STAGES.includes(tab as Stage)
          ? sortRows(
              filtered.filter((r) => r.stage === tab),
              location.sort,
            )
          : [],
    [filtered, location.sort, role, tab],
  );
  return { tab, filtered, counts, shown, clients, serviceNames, unreadClosed, atRiskCount };
}
