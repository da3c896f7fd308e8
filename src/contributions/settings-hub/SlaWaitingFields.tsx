import * as React from "react";

import type { SlaSettings } from "../../domain/sla/slaSettings";
import type { WorkItemState } from "../../domain/states";
import { ChoiceSetting } from "./ChoiceSetting";
import { TextSetting } from "./TextSetting";

/** What stops the clocks (a state or a tag: waiting on the client) and when a clock is shown at risk. */
export function SlaWaitingFields({
  sla,
  errors,
  intakeStates,
  onChange,
}: {
  sla: SlaSettings;
  errors: Record<string, string>;
  intakeStates: WorkItemState[];
  onChange(sla: SlaSettings): void;
}): React.ReactElement {
  const state = sla.waiting.state;
  const stored =
    state && !intakeStates.some((s) => s.name === state)
      ? [{ value: state, text: `${state} (not in this process)` }]
      : [];
  return (
    <div className="umd-grid">
      <ChoiceSetting
        path="sla.waiting.state"
        label="Waiting on the client: state"
        value={state ?? ""}
        options={[
          { value: "", text: "No state" },
          ...intakeStates.map((s) => ({ value: s.name, text: s.name })),
          ...stored,
        ]}
        error={errors["sla.waiting.state"]}
        hint="While a request is in this state the clocks stop."
        onChange={(v) => onChange({ ...sla, waiting: { ...sla.waiting, state: v || undefined } })}
      />
      <TextSetting
        path="sla.waiting.tag"
        label="Waiting on the client: tag"
        value={sla.waiting.tag ?? ""}
        error={errors["sla.waiting.tag"]}
        hint="Or a tag, e.g. umd-waiting. The hub counts a tag's earlier waits only while it is set; a state is counted in full everywhere."
        onChange={(v) => onChange({ ...sla, waiting: { ...sla.waiting, tag: v || undefined } })}
      />
      <TextSetting
        path="sla.atRiskPercent"
        label="At risk after (% of the target)"
        value={Number.isFinite(sla.atRiskPercent) ? String(sla.atRiskPercent) : ""}
        error={errors["sla.atRiskPercent"]}
        hint="A running clock is shown at risk once it has used this share of its target (1 to 99)."
        inputType="number"
        onChange={(v) => onChange({ ...sla, atRiskPercent: v === "" ? NaN : Number(v) })}
      />
    </div>
  );
}
