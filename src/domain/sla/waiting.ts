/**
 * When the desk waited on the client, from a work item's updates: the spans during which the request was in
 * the settings' waiting state, or carried the waiting tag. Pure.
 */
import type { Interval } from "./businessCalendar";

/** What means "waiting on the client": a state, a tag, or both (either one counts). */
export interface WaitingMarker {
  state?: string;
  tag?: string;
}

export interface UpdateLike {
  revisedDate: string;
  fields?: Record<string, { oldValue?: unknown; newValue?: unknown }>;
}

const splitTags = (v: unknown): string[] =>
  typeof v === "string"
    ? v
        .split(";")
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean)
    : [];

/** True when a state and tags mean "waiting on the client". */
export function isWaiting(marker: WaitingMarker, state: string, tags: string[]): boolean {
  const s = marker.state?.trim().toLowerCase();
  const t = marker.tag?.trim().toLowerCase();
  return (!!s && state.trim().toLowerCase() === s) || (!!t && tags.some((x) => x.toLowerCase() === t));
}

/** An update's own time (System.ChangedDate); `revisedDate` is when it was superseded, so only a fallback. */
function changedAt(u: UpdateLike): number {
  const changed = u.fields?.["System.ChangedDate"]?.newValue;
  return Date.parse(typeof changed === "string" && changed ? changed : u.revisedDate);
}

/**
 * The waiting spans, in time order, from the updates (oldest first as Azure DevOps returns them; the first
 * update holds the values the item was created with). A span still open at the last update runs to `now`.
 */
export function waitingIntervals(marker: WaitingMarker, updates: UpdateLike[], now: number): Interval[] {
  if (!marker.state?.trim() && !marker.tag?.trim()) return [];
  const out: Interval[] = [];
  let state = "";
  let tags: string[] = [];
  let since: number | undefined;
  const ordered = [...updates]
    .map((u) => ({ u, at: changedAt(u) }))
    .filter((x) => !Number.isNaN(x.at))
    .sort((a, b) => a.at - b.at);
  for (const { u, at } of ordered) {
    const f = u.fields ?? {};
    if (f["System.State"] && typeof f["System.State"].newValue === "string")
      state = f["System.State"].newValue;
    if (f["System.Tags"]) tags = splitTags(f["System.Tags"].newValue);
    const waiting = isWaiting(marker, state, tags);
    if (waiting && since === undefined) since = at;
    else if (!waiting && since !== undefined) {
      out.push({ from: since, to: at });
      since = undefined;
    }
  }
  if (since !== undefined) out.push({ from: since, to: Math.max(since, now) });
  return out;
}
