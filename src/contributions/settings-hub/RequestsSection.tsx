import * as React from "react";

import type { Settings } from "../../domain/settings";
import { ChoiceSetting } from "./ChoiceSetting";
import { TextSetting } from "./TextSetting";

export interface RequestsSectionProps {
  settings: Settings;
  /** The project's work item types. */
  types: string[];
  errors: Record<string, string>;
  onChange(patch: Partial<Settings>): void;
}

/** The type options: the project's types, and a stored type the project does not have, marked so. */
const typeOptions = (types: string[], current: string) => [
  ...types.map((t) => ({ value: t, text: t })),
  ...(types.includes(current) ? [] : [{ value: current, text: `${current} (not in this project)` }]),
];

/** How requests are recognized (intake type and tag) and what a staff task is. */
export function RequestsSection({
  settings,
  types,
  errors,
  onChange,
}: RequestsSectionProps): React.ReactElement {
  return (
    <div className="umd-grid">
      <ChoiceSetting
        path="intakeType"
        label="Intake work item type"
        value={settings.intakeType}
        options={typeOptions(types, settings.intakeType)}
        error={errors.intakeType}
        hint="The work item type that requests are created as."
        onChange={(intakeType) => onChange({ intakeType })}
      />
      <TextSetting
        path="requestTag"
        label="Request tag"
        value={settings.requestTag}
        error={errors.requestTag}
        hint="Work items of the intake type with this tag are requests; queries and boards can filter on it."
        onChange={(requestTag) => onChange({ requestTag })}
      />
      <ChoiceSetting
        path="taskType"
        label="Staff task type"
        value={settings.taskType}
        options={typeOptions(types, settings.taskType)}
        error={errors.taskType}
        hint="The work item type of the staff task, a child of the request."
        onChange={(taskType) => onChange({ taskType })}
      />
    </div>
  );
}
