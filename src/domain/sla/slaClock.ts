/**
 * A request's service-level clocks: time to acknowledge and time to close, counted in business time on the
 * desk's calendar, paused while the desk waits on the client. Derived from the request's dates and pauses
 * (which come from its updates), never stored. Pure.
 */
import type { Stage } from "../stages";
import {
  addBusinessMs,
  type BusinessCalendar,
  businessMsBetween,
  HOUR_MS,
  type Interval,
  mergeIntervals,
} from "./businessCalendar";

export type SlaTargetKey = "acknowledge" | "close";

export const SLA_TARGET_LABELS: Record<SlaTargetKey, string> = {
  acknowledge: "Time to acknowledge",
  close: "Time to close",
};

/**
 * on track / at risk / overdue: the clock runs. paused: it waits on the client. met / missed: it stopped
 * (the request was acknowledged or closed) inside or after the target.
 */
export type SlaStatus = "on track" | "at risk" | "overdue" | "paused" | "met" | "missed";

export interface TargetClock {
  target: SlaTargetKey;
  targetMs: number;
  /** Business time counted so far, pauses left out. */
  elapsedMs: number;
  /** targetMs − elapsedMs: negative once overdue. */
  remainingMs: number;
  status: SlaStatus;
  /** When the target falls due if the clock keeps running; undefined once stopped, overdue or paused. */
  dueAt: number | undefined;
}

export interface ClockPolicy {
  calendar: BusinessCalendar;
  /** A running clock is at risk once it has used this share of its target (0–100). */
  atRiskPercent: number;
}

/**
 * One target's clock from `start` until `stop` (or now): business time, minus the business time of the
 * pauses inside that span.
 */
export function targetClock(input: {
  target: SlaTargetKey;
  targetHours: number;
  start: number;
  stop: number | undefined;
  now: number;
  pauses: Interval[];
  policy: ClockPolicy;
}): TargetClock {
  const { calendar } = input.policy;
  const end = input.stop ?? input.now;
  const pauses = mergeIntervals(input.pauses);
  let paused = 0;
  for (const p of pauses)
    paused += businessMsBetween(calendar, Math.max(p.from, input.start), Math.min(p.to, end));
  const elapsedMs = Math.max(0, businessMsBetween(calendar, input.start, end) - paused);
  const targetMs = Math.round(input.targetHours * HOUR_MS);
  const remainingMs = targetMs - elapsedMs;
  const waitingNow = input.stop === undefined && pauses.some((p) => p.from <= input.now && p.to >= input.now);
  let status: SlaStatus;
  if (input.stop !== undefined) status = remainingMs >= 0 ? "met" : "missed";
  else if (remainingMs < 0) status = "overdue";
  else if (waitingNow) status = "paused";
  else if (elapsedMs >= (targetMs * input.policy.atRiskPercent) / 100) status = "at risk";
  else status = "on track";
  const dueAt =
    input.stop !== undefined || waitingNow || remainingMs < 0
      ? undefined
      : addBusinessMs(calendar, input.now, remainingMs);
  return { target: input.target, targetMs, elapsedMs, remainingMs, status, dueAt };
}

export interface RequestClocks {
  acknowledge: TargetClock | undefined;
  close: TargetClock | undefined;
  /** The clock the request is measured by in its stage: acknowledge while Submitted, then close. */
  current: TargetClock | undefined;
}

/**
 * Both clocks of a request. Acknowledge runs from submission until the request is acknowledged; close runs
 * from submission until it is closed. A target without hours has no clock.
 */
export function requestClocks(input: {
  stage: Stage;
  createdAt: number;
  /** When the request was acknowledged; undefined while it is not, or when it is not known. */
  acknowledgedAt: number | undefined;
  closedAt: number | undefined;
  now: number;
  pauses: Interval[];
  targets: { acknowledgeHours?: number; closeHours?: number };
  policy: ClockPolicy;
}): RequestClocks {
  const clock = (target: SlaTargetKey, hours: number | undefined, stop: number | undefined) =>
    hours === undefined || !(hours > 0)
      ? undefined
      : targetClock({
          target,
          targetHours: hours,
          start: input.createdAt,
          stop,
          now: input.now,
          pauses: input.pauses,
          policy: input.policy,
        });
  const closed = input.stage === "Closed";
  const submitted = input.stage === "Submitted";
  // An acknowledged request whose acknowledgement time is unknown (the hub reads no history) has a stopped
  // acknowledge clock with an unknown result: it is left out rather than guessed.
  const acknowledge =
    submitted && !closed
      ? clock("acknowledge", input.targets.acknowledgeHours, undefined)
      : input.acknowledgedAt !== undefined
        ? clock("acknowledge", input.targets.acknowledgeHours, input.acknowledgedAt)
        : undefined;
  const close = clock("close", input.targets.closeHours, closed ? (input.closedAt ?? input.now) : undefined);
  const current = submitted ? (acknowledge ?? close) : close;
  return { acknowledge, close, current };
}

/** True when a clock needs someone's attention now. */
export const needsAttention = (c: TargetClock | undefined): boolean =>
  c?.status === "at risk" || c?.status === "overdue";

/** "4h 10m", "2d 3h" of business time: days are calendar-neutral 24 h spans of counted time. */
export function formatBusinessSpan(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h > 0) return m ? `${h}h ${m}m` : `${h}h`;
  return `${m}m`;
}

/**
 * What a clock says, in words rather than colour alone: "3h 20m left", "at risk, 1h left", "1h 5m overdue",
 * "paused, 2h left", "met", "missed by 1h". Times are business hours.
 */
export function clockText(c: TargetClock): string {
  switch (c.status) {
    case "on track":
      return `${formatBusinessSpan(c.remainingMs)} left`;
    case "at risk":
      return `at risk, ${formatBusinessSpan(c.remainingMs)} left`;
    case "overdue":
      return `${formatBusinessSpan(c.remainingMs)} overdue`;
    case "paused":
      return `paused, ${formatBusinessSpan(c.remainingMs)} left`;
    case "met":
      return "met";
    case "missed":
      return `missed by ${formatBusinessSpan(c.remainingMs)}`;
  }
}
