/** Settings: service levels (business calendar, targets per request type, waiting marker) with a preview. */
import * as React from "react";

import { REQUEST_TYPES } from "../../domain/requestTypes";
import { SLA_TARGET_LABELS } from "../../domain/sla/slaClock";
import { defaultSlaSettings, type SlaSettings, type SlaTargets } from "../../domain/sla/slaSettings";
import type { WorkItemState } from "../../domain/states";
import { Field, fieldId } from "./Field";
import { SlaPreview } from "./SlaPreview";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The names the settings page's "Settings to fix" list gives the service-level fields. */
export const SLA_FIELD_LABELS: Record<string, string> = {
  "sla.calendar.timeZone": "Time zone",
  "sla.calendar.workingDays": "Working days",
  "sla.calendar.dayStart": "Working day starts",
  "sla.calendar.dayEnd": "Working day ends",
  "sla.calendar.holidays": "Holidays",
  "sla.waiting.state": "Waiting on the client: state",
  "sla.waiting.tag": "Waiting on the client: tag",
  "sla.atRiskPercent": "At risk after",
  ...Object.fromEntries(
    REQUEST_TYPES.flatMap((t) => [
      [`sla.targets.${t.key}.acknowledgeHours`, `${t.label}: ${SLA_TARGET_LABELS.acknowledge}`],
      [`sla.targets.${t.key}.closeHours`, `${t.label}: ${SLA_TARGET_LABELS.close}`],
    ]),
  ),
};

/** Time zones the browser knows, for the suggestions list; none where the runtime cannot list them. */
function knownZones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.("timeZone") ?? [];
  } catch {
    return [];
  }
}

export interface SlaSectionProps {
  sla: SlaSettings | undefined;
  errors: Record<string, string>;
  intakeStates: WorkItemState[];
  now: Date;
  onChange(sla: SlaSettings | undefined): void;
}

export function SlaSection({
  sla,
  errors,
  intakeStates,
  now,
  onChange,
}: SlaSectionProps): React.ReactElement {
  const zones = React.useMemo(knownZones, []);
  return (
    <div className="flex-column umd-gap-16">
      <label className="umd-inline">
        <input
          type="checkbox"
          checked={!!sla}
          onChange={(e) => onChange(e.target.checked ? defaultSlaSettings() : undefined)}
        />
        <span>Measure service levels (time to acknowledge, time to close) in business hours</span>
      </label>
      {sla && (
        <SlaFields sla={sla} errors={errors} intakeStates={intakeStates} zones={zones} onChange={onChange} />
      )}
      {sla && <SlaPreview sla={sla} errors={errors} now={now} />}
    </div>
  );
}

function SlaFields({
  sla,
  errors,
  intakeStates,
  zones,
  onChange,
}: {
  sla: SlaSettings;
  errors: Record<string, string>;
  intakeStates: WorkItemState[];
  zones: string[];
  onChange(sla: SlaSettings): void;
}): React.ReactElement {
  const cal = sla.calendar;
  const setCal = (patch: Partial<SlaSettings["calendar"]>) =>
    onChange({ ...sla, calendar: { ...cal, ...patch } });
  const text = (
    path: string,
    label: string,
    value: string,
    set: (v: string) => void,
    hint?: string,
    type = "text",
  ) => (
    <Field id={fieldId(path)} label={label} error={errors[path]} hint={hint}>
      {(control) => <input {...control} type={type} value={value} onChange={(e) => set(e.target.value)} />}
    </Field>
  );
  return (
    <>
      <div className="umd-grid">
        <Field
          id={fieldId("sla.calendar.timeZone")}
          label="Time zone"
          error={errors["sla.calendar.timeZone"]}
          hint="An IANA name such as Europe/Berlin or America/New_York; daylight saving follows the zone."
        >
          {(control) => (
            <input
              {...control}
              type="text"
              list={zones.length ? "umd-time-zones" : undefined}
              value={cal.timeZone}
              onChange={(e) => setCal({ timeZone: e.target.value })}
            />
          )}
        </Field>
        {zones.length > 0 && (
          <datalist id="umd-time-zones">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        )}
        {text(
          "sla.calendar.dayStart",
          "Working day starts",
          cal.dayStart,
          (v) => setCal({ dayStart: v }),
          "Local time, HH:MM.",
          "time",
        )}
        {text(
          "sla.calendar.dayEnd",
          "Working day ends",
          cal.dayEnd,
          (v) => setCal({ dayEnd: v }),
          "Local time, HH:MM.",
          "time",
        )}
      </div>
      <fieldset
        className="umd-fieldset"
        id={fieldId("sla.calendar.workingDays")}
        aria-describedby={errors["sla.calendar.workingDays"] ? "umd-sla-days-error" : undefined}
      >
        <legend className="umd-setting-label">Working days</legend>
        {DAYS.map((d, i) => (
          <label key={d} className="umd-inline" title={DAY_NAMES[i]}>
            <input
              type="checkbox"
              aria-label={DAY_NAMES[i]}
              checked={cal.workingDays.includes(i + 1)}
              onChange={(e) =>
                setCal({
                  workingDays: e.target.checked
                    ? [...cal.workingDays, i + 1].sort()
                    : cal.workingDays.filter((x) => x !== i + 1),
                })
              }
            />
            {d}
          </label>
        ))}
        {errors["sla.calendar.workingDays"] && (
          <span id="umd-sla-days-error" className="umd-setting-error body-s">
            {errors["sla.calendar.workingDays"]}
          </span>
        )}
      </fieldset>
      <HolidaysField
        value={cal.holidays}
        error={errors["sla.calendar.holidays"]}
        onChange={(holidays) => setCal({ holidays })}
      />
      <TargetsTable
        targets={sla.targets}
        errors={errors}
        onChange={(targets) => onChange({ ...sla, targets })}
      />
      <div className="umd-grid">
        <Field
          id={fieldId("sla.waiting.state")}
          label="Waiting on the client: state"
          error={errors["sla.waiting.state"]}
          hint="While a request is in this state the clocks stop."
        >
          {(control) => (
            <select
              {...control}
              value={sla.waiting.state ?? ""}
              onChange={(e) =>
                onChange({ ...sla, waiting: { ...sla.waiting, state: e.target.value || undefined } })
              }
            >
              <option value="">No state</option>
              {intakeStates.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
              {sla.waiting.state && !intakeStates.some((s) => s.name === sla.waiting.state) && (
                <option value={sla.waiting.state}>{`${sla.waiting.state} (not in this process)`}</option>
              )}
            </select>
          )}
        </Field>
        {text(
          "sla.waiting.tag",
          "Waiting on the client: tag",
          sla.waiting.tag ?? "",
          (v) => onChange({ ...sla, waiting: { ...sla.waiting, tag: v || undefined } }),
          "Or a tag, e.g. umd-waiting. The hub counts a tag's earlier waits only while it is set; a state is counted in full everywhere.",
        )}
        <Field
          id={fieldId("sla.atRiskPercent")}
          label="At risk after (% of the target)"
          error={errors["sla.atRiskPercent"]}
          hint="A running clock is shown at risk once it has used this share of its target."
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              max={99}
              value={Number.isFinite(sla.atRiskPercent) ? sla.atRiskPercent : ""}
              onChange={(e) =>
                onChange({ ...sla, atRiskPercent: e.target.value === "" ? NaN : Number(e.target.value) })
              }
            />
          )}
        </Field>
      </div>
    </>
  );
}

/** Holidays as one date a line; what cannot be read stays in the box with the error beside it. */
function HolidaysField({
  value,
  error,
  onChange,
}: {
  value: string[];
  error: string | undefined;
  onChange(holidays: string[]): void;
}): React.ReactElement {
  return (
    <Field
      id={fieldId("sla.calendar.holidays")}
      label="Holidays"
      error={error}
      hint="One date a line, yyyy-mm-dd: no working hours that day."
    >
      {(control) => (
        <textarea
          {...control}
          rows={3}
          value={value.join("\n")}
          onChange={(e) =>
            onChange(
              e.target.value
                .split(/[\n,;]+/)
                .map((l) => l.trim())
                .filter(Boolean),
            )
          }
        />
      )}
    </Field>
  );
}

function TargetsTable({
  targets,
  errors,
  onChange,
}: {
  targets: SlaSettings["targets"];
  errors: Record<string, string>;
  onChange(targets: SlaSettings["targets"]): void;
}): React.ReactElement {
  const set = (key: string, field: keyof SlaTargets, raw: string) => {
    const current = targets[key as keyof typeof targets] ?? {};
    const next: SlaTargets = { ...current, [field]: raw === "" ? undefined : Number(raw) };
    onChange({ ...targets, [key]: next });
  };
  return (
    <table className="umd-sla-targets">
      <caption className="umd-setting-label">Targets in business hours (empty: no target)</caption>
      <thead>
        <tr>
          <th scope="col">Request type</th>
          <th scope="col">{SLA_TARGET_LABELS.acknowledge}</th>
          <th scope="col">{SLA_TARGET_LABELS.close}</th>
        </tr>
      </thead>
      <tbody>
        {REQUEST_TYPES.map((t) => (
          <tr key={t.key}>
            <th scope="row">{t.label}</th>
            {(["acknowledgeHours", "closeHours"] as const).map((field) => {
              const path = `sla.targets.${t.key}.${field}`;
              const v = targets[t.key]?.[field];
              return (
                <td key={field}>
                  <input
                    id={fieldId(path)}
                    type="number"
                    min={0}
                    step="any"
                    aria-label={`${t.label}: ${SLA_TARGET_LABELS[field === "acknowledgeHours" ? "acknowledge" : "close"]} (hours)`}
                    aria-invalid={errors[path] ? true : undefined}
                    value={v === undefined || Number.isNaN(v) ? "" : v}
                    onChange={(e) => set(t.key, field, e.target.value)}
                  />
                  {errors[path] && <span className="umd-setting-error body-s">{errors[path]}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
