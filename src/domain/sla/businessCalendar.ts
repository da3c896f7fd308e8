/**
 * Business time on a calendar: working days, working hours and holidays in one IANA time zone. Wall-clock
 * arithmetic goes through @date-fns/tz (TZDateMini, built on Intl's time-zone data), so daylight-saving
 * changes are the zone database's, never hand-written offsets. Pure: no SDK, no DOM.
 */
import { TZDateMini } from "@date-fns/tz/date/mini";

export interface BusinessCalendar {
  /** IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
  /** ISO weekdays that are working days: 1 Monday … 7 Sunday. */
  workingDays: number[];
  /** Local start and end of a working day, "HH:MM" (24 h), start before end. */
  dayStart: string;
  dayEnd: string;
  /** Local dates with no working hours, "yyyy-mm-dd". */
  holidays: string[];
}

export interface Interval {
  from: number;
  to: number;
}

export const HOUR_MS = 3_600_000;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes after midnight of "HH:MM"; undefined when it is not a valid 24-hour time. */
export function minutesOf(hhmm: string): number | undefined {
  const m = HHMM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** True when the runtime's time-zone data knows the zone. */
export function isTimeZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** True for a real calendar date written yyyy-mm-dd. */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** Why a calendar cannot be used, field by field; empty when it can. */
export function calendarProblems(cal: BusinessCalendar): Partial<Record<keyof BusinessCalendar, string>> {
  const problems: Partial<Record<keyof BusinessCalendar, string>> = {};
  if (!isTimeZone(cal.timeZone))
    problems.timeZone = `"${cal.timeZone}" is not a time zone; use an IANA name such as Europe/Berlin.`;
  if (!cal.workingDays.length || cal.workingDays.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    problems.workingDays = "Choose at least one working day.";
  const start = minutesOf(cal.dayStart);
  const end = minutesOf(cal.dayEnd);
  if (start === undefined) problems.dayStart = "Enter the start of the working day as HH:MM, e.g. 09:00.";
  if (end === undefined) problems.dayEnd = "Enter the end of the working day as HH:MM, e.g. 17:00.";
  else if (start !== undefined && end <= start) problems.dayEnd = "The working day must end after it starts.";
  const bad = cal.holidays.filter((h) => !isIsoDate(h));
  if (bad.length) problems.holidays = `Write holidays as yyyy-mm-dd (not: ${bad.join(", ")}).`;
  return problems;
}

interface Day {
  /** Midnight that starts the local day, and the next local midnight. */
  start: number;
  next: number;
  /** The working window of the day, if it has one. */
  window: Interval | undefined;
}

/**
 * One local day of the calendar. Days are cached per calendar object: the hub computes clocks for thousands
 * of rows over the same few weeks, and each day costs a few Intl look-ups.
 */
const cache = new WeakMap<BusinessCalendar, Map<string, Day>>();

function dayOf(cal: BusinessCalendar, y: number, m: number, d: number): Day {
  let days = cache.get(cal);
  if (!days) cache.set(cal, (days = new Map()));
  const key = `${y}-${m}-${d}`;
  const hit = days.get(key);
  if (hit) return hit;
  const zone = cal.timeZone;
  const midnight = new TZDateMini(y, m, d, 0, 0, 0, 0, zone);
  const next = new TZDateMini(y, m, d + 1, 0, 0, 0, 0, zone).getTime();
  // getDay: 0 Sunday … 6 Saturday, in the zone.
  const iso = midnight.getDay() === 0 ? 7 : midnight.getDay();
  const date = `${midnight.getFullYear()}-${String(midnight.getMonth() + 1).padStart(2, "0")}-${String(
    midnight.getDate(),
  ).padStart(2, "0")}`;
  let window: Interval | undefined;
  const start = minutesOf(cal.dayStart);
  const end = minutesOf(cal.dayEnd);
  if (
    cal.workingDays.includes(iso) &&
    !cal.holidays.includes(date) &&
    start !== undefined &&
    end !== undefined
  ) {
    // A wall time inside a spring-forward gap resolves forward, as the zone's clocks do.
    const from = new TZDateMini(y, m, d, Math.floor(start / 60), start % 60, 0, 0, zone).getTime();
    const to = new TZDateMini(y, m, d, Math.floor(end / 60), end % 60, 0, 0, zone).getTime();
    if (to > from) window = { from, to };
  }
  const day: Day = { start: midnight.getTime(), next, window };
  days.set(key, day);
  return day;
}

/** Walks the local days that overlap [from, to), calling `visit` with each day's working window. */
function eachWindow(cal: BusinessCalendar, from: number, to: number, visit: (w: Interval) => boolean | void) {
  const first = new TZDateMini(from, cal.timeZone);
  let [y, m, d] = [first.getFullYear(), first.getMonth(), first.getDate()];
  for (;;) {
    const day = dayOf(cal, y, m, d);
    if (day.start >= to) return;
    if (day.window && visit(day.window) === true) return;
    const next = new TZDateMini(day.next, cal.timeZone);
    [y, m, d] = [next.getFullYear(), next.getMonth(), next.getDate()];
  }
}

/** Working milliseconds between two instants (0 when `to` is not after `from`). */
export function businessMsBetween(cal: BusinessCalendar, from: number, to: number): number {
  if (!(to > from)) return 0;
  let total = 0;
  eachWindow(cal, from, to, (w) => {
    total += Math.max(0, Math.min(w.to, to) - Math.max(w.from, from));
  });
  return total;
}

/** How far ahead the due date is looked for: a target longer than this many calendar years has none. */
const HORIZON_MS = 5 * 366 * 24 * HOUR_MS;

/**
 * The instant at which `ms` working milliseconds have passed after `from`; undefined when the calendar has
 * no working time within the horizon (every day a holiday).
 */
export function addBusinessMs(cal: BusinessCalendar, from: number, ms: number): number | undefined {
  if (ms <= 0) return from;
  let left = ms;
  let due: number | undefined;
  eachWindow(cal, from, from + HORIZON_MS, (w) => {
    const start = Math.max(w.from, from);
    const span = w.to - start;
    if (span <= 0) return false;
    if (span >= left) {
      due = start + left;
      return true;
    }
    left -= span;
    return false;
  });
  return due;
}

/** Sorted, non-overlapping intervals covering the same instants. */
export function mergeIntervals(list: Interval[]): Interval[] {
  const sorted = list.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else out.push({ ...i });
  }
  return out;
}
