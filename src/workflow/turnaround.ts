/**
 * Turnaround, submitted → closed, from the work items' own dates (Created Date, and Closed Date as Azure
 * DevOps stamps it): how long requests take end to end, so a slow step outside the desk (the provider's back
 * end a reassignment waits on) shows up as a number rather than an impression. Pure.
 */
import type { Stage } from "../domain/stages";

/** What a turnaround needs of a queue row. */
export interface TurnaroundRow {
  stage: Stage;
  createdDate: string;
  /** When the request was closed; empty when it is open or the date is unknown. */
  closedDate: string;
}

/** Milliseconds from submitted to closed; undefined for an open request or unusable dates. */
export function turnaroundMs(row: TurnaroundRow): number | undefined {
  if (row.stage !== "Closed") return undefined;
  const from = Date.parse(row.createdDate);
  const to = Date.parse(row.closedDate);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return undefined;
  return to - from;
}

export interface TurnaroundStats {
  /** Closed requests whose turnaround is known. */
  closed: number;
  medianMs: number | undefined;
  longestMs: number | undefined;
  open: number;
  /** How long the longest-waiting open request has been open. */
  oldestOpenMs: number | undefined;
}

export function turnaroundStats(rows: TurnaroundRow[], now: Date): TurnaroundStats {
  const spans = rows
    .map(turnaroundMs)
    .filter((ms): ms is number => ms !== undefined)
    .sort((a, b) => a - b);
  const mid = Math.floor(spans.length / 2);
  const median =
    spans.length === 0
      ? undefined
      : spans.length % 2
        ? spans[mid]
        : Math.round((spans[mid - 1] + spans[mid]) / 2);
  const openSince = rows
    .filter((r) => r.stage !== "Closed")
    .map((r) => Date.parse(r.createdDate))
    .filter((t) => !Number.isNaN(t));
  return {
    closed: spans.length,
    medianMs: median,
    longestMs: spans.at(-1),
    open: rows.filter((r) => r.stage !== "Closed").length,
    oldestOpenMs: openSince.length ? Math.max(0, now.getTime() - Math.min(...openSince)) : undefined,
  };
}

/** "3d 4h", "5h 10m", "12m": a span of time, to the minute. */
export function formatSpan(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return h ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return m ? `${h}h ${m}m` : `${h}h`;
  return `${m}m`;
}

/** How the requests are called, e.g. "Reassign user request" / "Reassign user requests". */
export interface Noun {
  one: string;
  many: string;
}

/** One sentence for the hub: turnaround of the closed requests shown, and how long open ones have waited. */
export function turnaroundSentence(stats: TurnaroundStats, noun: Noun): string {
  const count = (n: number) => `${n.toLocaleString("en-US")} closed ${n === 1 ? noun.one : noun.many}`;
  const closed =
    stats.closed === 0
      ? `No ${noun.one} is closed yet.`
      : stats.closed === 1
        ? `Turnaround (submitted → closed) of ${count(1)}: ${formatSpan(stats.longestMs!)}.`
        : `Turnaround (submitted → closed) of ${count(stats.closed)}: median ${formatSpan(
            stats.medianMs!,
          )}, longest ${formatSpan(stats.longestMs!)}.`;
  if (stats.open === 0) return closed;
  const oldest =
    stats.oldestOpenMs === undefined ? "" : `, the oldest submitted ${formatSpan(stats.oldestOpenMs)} ago`;
  return `${closed} ${stats.open.toLocaleString("en-US")} still open${oldest}.`;
}
