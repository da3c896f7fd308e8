/**
 * The service-level block of a project's settings: the business calendar, the targets of each request type
 * and what means "waiting on the client". Optional: a project without it has no SLA clocks. Read field by
 * field like the rest of the settings, so a damaged part falls back and is reported.
 */
import { REQUEST_TYPES, type RequestTypeKey } from "../requestTypes";
import { type BusinessCalendar, calendarProblems, isIsoDate, minutesOf } from "./businessCalendar";
import type { ClockPolicy } from "./slaClock";
import type { WaitingMarker } from "./waiting";

export interface SlaTargets {
  /** Business hours from submission to acknowledgement. */
  acknowledgeHours?: number;
  /** Business hours from submission to closure. */
  closeHours?: number;
}

export interface SlaSettings {
  calendar: BusinessCalendar;
  targets: Partial<Record<RequestTypeKey, SlaTargets>>;
  waiting: WaitingMarker;
  /** A running clock is at risk once it has used this share of its target (1–99). */
  atRiskPercent: number;
}

export function defaultSlaSettings(): SlaSettings {
  return {
    calendar: {
      timeZone: "UTC",
      workingDays: [1, 2, 3, 4, 5],
      dayStart: "09:00",
      dayEnd: "17:00",
      holidays: [],
    },
    targets: Object.fromEntries(REQUEST_TYPES.map((t) => [t.key, { acknowledgeHours: 4, closeHours: 40 }])),
    waiting: {},
    atRiskPercent: 75,
  };
}

export const slaPolicy = (sla: SlaSettings): ClockPolicy => ({
  calendar: sla.calendar,
  atRiskPercent: sla.atRiskPercent,
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === "object" && !Array.isArray(v);
const own = (v: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(v));
const hoursOk = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 10_000;

/** Reads a stored `sla` block; undefined (no SLA) when there is none. Problems are appended to `problems`. */
export function normalizeSlaSettings(raw: unknown, problems: string[]): SlaSettings | undefined {
  if (raw === undefined || raw === null) return undefined;
  const dflt = defaultSlaSettings();
  if (!isObject(raw)) {
    problems.push("The service levels were unreadable; they are switched off until saved again.");
    return undefined;
  }
  const r = own(raw);
  const cal = isObject(r.calendar) ? own(r.calendar) : {};
  if (r.calendar !== undefined && !isObject(r.calendar))
    problems.push("The business calendar was invalid and was reset.");
  const str = (v: unknown, ok: (s: string) => boolean, fallback: string, label: string): string => {
    if (v === undefined || v === null) return fallback;
    if (typeof v === "string" && ok(v.trim())) return v.trim();
    problems.push(`${label} was invalid and was reset.`);
    return fallback;
  };
  const days = Array.isArray(cal.workingDays)
    ? [...new Set(cal.workingDays.filter((d): d is number => Number.isInteger(d) && d >= 1 && d <= 7))].sort()
    : dflt.calendar.workingDays;
  if (Array.isArray(cal.workingDays) && days.length < cal.workingDays.length)
    problems.push("Unreadable working days were removed from the business calendar.");
  const holidays = Array.isArray(cal.holidays)
    ? [...new Set(cal.holidays.filter((h): h is string => typeof h === "string" && isIsoDate(h)))].sort()
    : [];
  if (Array.isArray(cal.holidays) && holidays.length < cal.holidays.length)
    problems.push("Unreadable holidays were removed from the business calendar.");
  const calendar: BusinessCalendar = {
    timeZone: str(
      cal.timeZone,
      (z) => !calendarProblems({ ...dflt.calendar, timeZone: z }).timeZone,
      "UTC",
      "The time zone",
    ),
    workingDays: days,
    dayStart: str(
      cal.dayStart,
      (t) => minutesOf(t) !== undefined,
      dflt.calendar.dayStart,
      "The start of the working day",
    ),
    dayEnd: str(
      cal.dayEnd,
      (t) => minutesOf(t) !== undefined,
      dflt.calendar.dayEnd,
      "The end of the working day",
    ),
    holidays,
  };
  const targets: Partial<Record<RequestTypeKey, SlaTargets>> = {};
  const rawTargets = isObject(r.targets) ? own(r.targets) : {};
  for (const { key, label } of REQUEST_TYPES) {
    const t = rawTargets[key];
    if (t === undefined || t === null) continue;
    if (!isObject(t)) {
      problems.push(`The service levels of ${label} were invalid and were removed.`);
      continue;
    }
    const entry: SlaTargets = {};
    for (const k of ["acknowledgeHours", "closeHours"] as const) {
      const v = own(t)[k];
      if (hoursOk(v)) entry[k] = v;
      else if (v !== undefined && v !== null)
        problems.push(`A service level of ${label} was not a number of hours and was removed.`);
    }
    targets[key] = entry;
  }
  const w = isObject(r.waiting) ? own(r.waiting) : {};
  const waiting: WaitingMarker = {};
  if (typeof w.state === "string" && w.state.trim()) waiting.state = w.state.trim();
  if (typeof w.tag === "string" && w.tag.trim()) waiting.tag = w.tag.trim();
  const pct = r.atRiskPercent;
  const atRiskPercent =
    typeof pct === "number" && Number.isInteger(pct) && pct >= 1 && pct <= 99 ? pct : dflt.atRiskPercent;
  if (pct !== undefined && pct !== null && atRiskPercent !== pct)
    problems.push("The at-risk share was invalid and was reset to 75%.");
  return { calendar, targets, waiting, atRiskPercent };
}

/** Field path (sla.…) → message, for what must be fixed before saving. */
export function validateSlaSettings(sla: SlaSettings, intakeStateNames: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(calendarProblems(sla.calendar)))
    errors[`sla.calendar.${field}`] = message;
  for (const { key, label } of REQUEST_TYPES)
    for (const k of ["acknowledgeHours", "closeHours"] as const) {
      const v = sla.targets[key]?.[k];
      if (v !== undefined && !hoursOk(v))
        errors[`sla.targets.${key}.${k}`] =
          `Enter the hours of ${label} as a number above 0, or leave it empty.`;
    }
  const state = sla.waiting.state;
  if (state && !intakeStateNames.some((s) => s.toLowerCase() === state.toLowerCase()))
    errors["sla.waiting.state"] =
      `The state "${state}" does not exist in this process (states: ${intakeStateNames.join(", ") || "none"}).`;
  if (sla.waiting.tag && /[;,]/.test(sla.waiting.tag))
    errors["sla.waiting.tag"] = "A tag cannot contain ; or ,.";
  if (!(Number.isInteger(sla.atRiskPercent) && sla.atRiskPercent >= 1 && sla.atRiskPercent <= 99))
    errors["sla.atRiskPercent"] = "Enter a whole percentage between 1 and 99.";
  return errors;
}

/** The targets of a request type, or undefined when the desk has no service levels for it. */
export function targetsFor(
  sla: SlaSettings | undefined,
  type: RequestTypeKey | undefined,
): SlaTargets | undefined {
  if (!sla || !type) return undefined;
  const t = sla.targets[type];
  return t && (t.acknowledgeHours !== undefined || t.closeHours !== undefined) ? t : undefined;
}
