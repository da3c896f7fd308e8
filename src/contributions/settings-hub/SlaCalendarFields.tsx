/** The business calendar of the service levels: time zone, working hours, working days, holidays. */
import * as React from "react";

import type { BusinessCalendar } from "../../domain/sla/businessCalendar";
import { Field, fieldId } from "./Field";
import { HolidaysField } from "./HolidaysField";
import { TextSetting } from "./TextSetting";
import { WorkingDays } from "./WorkingDays";

/** Time zones the browser knows, for the suggestions list; none where the runtime cannot list them. */
function knownZones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.("timeZone") ?? [];
  } catch {
    return [];
  }
}

const ZONE_LIST = "umd-time-zones";

export function SlaCalendarFields({
  calendar,
  errors,
  onChange,
}: {
  calendar: BusinessCalendar;
  errors: Record<string, string>;
  onChange(calendar: BusinessCalendar): void;
}): React.ReactElement {
  const zones = React.useMemo(knownZones, []);
  const zoneInput = React.useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // TextField passes no list attribute, so the browser's suggestions are tied to its input here.
  React.useEffect(() => {
    if (zones.length) zoneInput.current?.setAttribute("list", ZONE_LIST);
  }, [zones]);
  const set = (patch: Partial<BusinessCalendar>) => onChange({ ...calendar, ...patch });
  return (
    <>
      <div className="umd-grid">
        <TextSetting
          path="sla.calendar.timeZone"
          label="Time zone"
          value={calendar.timeZone}
          error={errors["sla.calendar.timeZone"]}
          hint="An IANA name such as Europe/Berlin or America/New_York; daylight saving follows the zone."
          inputRef={zoneInput}
          onChange={(timeZone) => set({ timeZone })}
        />
        {zones.length > 0 && (
          <datalist id={ZONE_LIST}>
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        )}
        <TextSetting
          path="sla.calendar.dayStart"
          label="Working day starts"
          value={calendar.dayStart}
          error={errors["sla.calendar.dayStart"]}
          hint="Local time, HH:MM (24 hours)."
          placeholder="HH:MM"
          onChange={(dayStart) => set({ dayStart })}
        />
        <TextSetting
          path="sla.calendar.dayEnd"
          label="Working day ends"
          value={calendar.dayEnd}
          error={errors["sla.calendar.dayEnd"]}
          hint="Local time, HH:MM (24 hours)."
          placeholder="HH:MM"
          onChange={(dayEnd) => set({ dayEnd })}
        />
      </div>
      <Field
        id={fieldId("sla.calendar.workingDays")}
        label="Working days"
        error={errors["sla.calendar.workingDays"]}
      >
        <WorkingDays days={calendar.workingDays} onChange={(workingDays) => set({ workingDays })} />
      </Field>
      <HolidaysField
        value={calendar.holidays}
        error={errors["sla.calendar.holidays"]}
        onChange={(holidays) => set({ holidays })}
      />
    </>
  );
}
