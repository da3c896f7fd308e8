import { FormItem } from "azure-devops-ui/FormItem";
import { TextField } from "azure-devops-ui/TextField";
import * as React from "react";

import { REQUEST_TYPES } from "../../domain/requestTypes";
import { SLA_TARGET_LABELS } from "../../domain/sla/slaClock";
import type { SlaSettings, SlaTargets } from "../../domain/sla/slaSettings";
import { fieldId } from "./Field";
import { useSettingsLocked } from "./settingsLock";

type Targets = SlaSettings["targets"];
const FIELDS = ["acknowledgeHours", "closeHours"] as const;
const labelOf = (field: (typeof FIELDS)[number]) =>
  SLA_TARGET_LABELS[field === "acknowledgeHours" ? "acknowledge" : "close"];

/** The targets of each request type in business hours: a number field per cell, its error under it. */
export function SlaTargetsTable({
  targets,
  errors,
  onChange,
}: {
  targets: Targets;
  errors: Record<string, string>;
  onChange(targets: Targets): void;
}): React.ReactElement {
  const locked = useSettingsLocked();
  const set = (key: string, field: keyof SlaTargets, raw: string) => {
    const current = targets[key as keyof Targets] ?? {};
    const next: SlaTargets = { ...current, [field]: raw === "" ? undefined : Number(raw) };
    onChange({ ...targets, [key]: next });
  };
  return (
    <table className="umd-sla-targets">
      <caption className="bolt-formitem-label body-m">Targets in business hours (empty: no target)</caption>
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
            {FIELDS.map((field) => {
              const path = `sla.targets.${t.key}.${field}`;
              const v = targets[t.key]?.[field];
              return (
                <td key={field} id={fieldId(path)}>
                  <FormItem error={!!errors[path]} message={errors[path]}>
                    <TextField
                      ariaLabel={`${t.label}: ${labelOf(field)} (hours)`}
                      ariaInvalid={errors[path] ? true : undefined}
                      inputType="number"
                      value={v === undefined || Number.isNaN(v) ? "" : String(v)}
                      disabled={locked}
                      onChange={(_e, raw) => set(t.key, field, raw)}
                    />
                  </FormItem>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
