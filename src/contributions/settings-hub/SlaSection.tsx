/** Settings: service levels (business calendar, targets per request type, waiting marker) with a preview. */
import { Checkbox } from "azure-devops-ui/Checkbox";
import * as React from "react";

import { defaultSlaSettings, type SlaSettings } from "../../domain/sla/slaSettings";
import type { WorkItemState } from "../../domain/states";
import { useSettingsLocked } from "./settingsLock";
import { SlaCalendarFields } from "./SlaCalendarFields";
import { SlaPreview } from "./SlaPreview";
import { SlaTargetsTable } from "./SlaTargetsTable";
import { SlaWaitingFields } from "./SlaWaitingFields";

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
  const locked = useSettingsLocked();
  return (
    <div className="flex-column umd-gap-16">
      <Checkbox
        label="Measure service levels (time to acknowledge, time to close) in business hours"
        checked={!!sla}
        disabled={locked}
        onChange={(_e, checked) => onChange(checked ? defaultSlaSettings() : undefined)}
      />
      {sla && (
        <>
          <SlaCalendarFields
            calendar={sla.calendar}
            errors={errors}
            onChange={(calendar) => onChange({ ...sla, calendar })}
          />
          <SlaTargetsTable
            targets={sla.targets}
            errors={errors}
            onChange={(targets) => onChange({ ...sla, targets })}
          />
          <SlaWaitingFields sla={sla} errors={errors} intakeStates={intakeStates} onChange={onChange} />
          <SlaPreview sla={sla} errors={errors} now={now} />
        </>
      )}
    </div>
  );
}
