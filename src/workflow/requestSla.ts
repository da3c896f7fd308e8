/**
 * A request's service-level clocks, from what was read of it: its view (dates, stage, type), the waiting
 * spans of its history when that was read, else its current waiting state. Used alike by the hub's rows,
 * the request panel and the SLA report, so all three show the same figures for the same history.
 */
import type { Interval } from "../domain/sla/businessCalendar";
import { type RequestClocks, requestClocks } from "../domain/sla/slaClock";
import { slaPolicy, targetsFor } from "../domain/sla/slaSettings";
import { isWaiting } from "../domain/sla/waiting";
import type { RequestView } from "./requestView";

const time = (iso: string | undefined): number | undefined => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? undefined : t;
};

/**
 * The waiting spans to use: the history's when it was read; without history, the current wait only, from
 * when the state last changed (a waiting state) or the item last changed (a waiting tag, a lower bound).
 */
function pausesOf(view: RequestView, fields: Record<string, unknown>): Interval[] {
  if (view.waitingSpans) return view.waitingSpans;
  const marker = view.settings.settings.sla?.waiting ?? {};
  if (!isWaiting(marker, view.state, view.tags)) return [];
  const inState = marker.state && view.state.toLowerCase() === marker.state.toLowerCase();
  const since = time(
    String(
      (inState ? fields["Microsoft.VSTS.Common.StateChangeDate"] : undefined) ??
        fields["System.ChangedDate"] ??
        "",
    ),
  );
  return since === undefined ? [] : [{ from: since, to: Infinity }];
}

/** The clocks of a request; undefined when the desk has no service level for its type. */
export function requestSla(
  view: RequestView,
  dates: { createdDate: string; closedDate: string },
  fields: Record<string, unknown>,
  now: Date,
): RequestClocks | undefined {
  const sla = view.settings.settings.sla;
  const targets = targetsFor(sla, view.details?.type);
  const createdAt = time(dates.createdDate);
  if (!sla || !targets || createdAt === undefined) return undefined;
  return requestClocks({
    stage: view.stage,
    createdAt,
    acknowledgedAt: time(view.events.find((e) => e.stage === "Acknowledged")?.at),
    closedAt: time(dates.closedDate),
    now: now.getTime(),
    pauses: pausesOf(view, fields),
    targets,
    policy: slaPolicy(sla),
  });
}

/**
 * The clocks a request panel shows: only once the history is read (before that, earlier waits on the client
 * are unknown and the figure would jump).
 */
export function panelSla(view: RequestView, now: Date): RequestClocks | undefined {
  if (!view.waitingSpans) return undefined;
  const at = (stage: string) => view.events.find((e) => e.stage === stage)?.at ?? "";
  return requestSla(view, { createdDate: at("Submitted"), closedDate: at("Closed") }, {}, now);
}
