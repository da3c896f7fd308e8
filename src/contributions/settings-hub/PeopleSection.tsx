import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import type { PersonRef, Settings } from "../../domain/settings";
import { Field, fieldId } from "./Field";
import { IdentityPicker, personText } from "./IdentityPicker";

export interface PeopleSectionProps {
  settings: Settings;
  errors: Record<string, string>;
  search(text: string): Promise<Identity[]>;
  disabled?: boolean;
  onChange(patch: Partial<Settings>): void;
}

const ref = (p: Identity): PersonRef => ({ id: p.id, displayName: p.displayName, uniqueName: p.uniqueName });

/** The coordinator, the staff members and the default assignee of staff tasks. */
export function PeopleSection({
  settings,
  errors,
  search,
  disabled,
  onChange,
}: PeopleSectionProps): React.ReactElement {
  const { coordinator, staff } = settings;
  const removeStaff = (p: PersonRef) =>
    onChange({
      staff: staff.filter((s) => s.id !== p.id),
      // The default assignee leaves with them rather than pointing at someone no longer on the list.
      defaultAssigneeId: settings.defaultAssigneeId === p.id ? undefined : settings.defaultAssigneeId,
    });
  return (
    <div className="flex-column umd-gap-16">
      <div className="flex-column umd-gap-4" role="group" aria-labelledby="umd-coordinator-title">
        <span id="umd-coordinator-title" className="umd-setting-label">
          Coordinator
        </span>
        <span className="umd-chosen" id="umd-coordinator-current">
          {coordinator
            ? personText(coordinator)
            : "Not set: whoever a request is assigned to acts as its coordinator."}
        </span>
        {coordinator && (
          <div>
            <Button
              text="Clear coordinator"
              subtle
              disabled={disabled}
              onClick={() => onChange({ coordinator: undefined })}
            />
          </div>
        )}
        <IdentityPicker
          id="umd-coordinator-search"
          label="Find the coordinator"
          verb="Choose"
          search={search}
          exclude={coordinator ? [coordinator.id] : []}
          disabled={disabled}
          onPick={(p) => onChange({ coordinator: ref(p) })}
        />
      </div>

      <div className="flex-column umd-gap-4" role="group" aria-labelledby="umd-staff-title">
        <span id="umd-staff-title" className="umd-setting-label">
          Staff members
        </span>
        {staff.length === 0 ? (
          <span className="secondary-text">
            No staff members yet: staff tasks can only be given to whoever creates them.
          </span>
        ) : (
          <ul className="umd-chosen-list" aria-label="Staff members">
            {staff.map((p) => (
              <li key={p.id}>
                <span>
                  <span className="umd-person-name">{p.displayName}</span>{" "}
                  <span className="secondary-text">{p.uniqueName}</span>
                </span>
                <Button
                  text="Remove"
                  ariaLabel={`Remove ${p.displayName}`}
                  subtle
                  disabled={disabled}
                  onClick={() => removeStaff(p)}
                />
              </li>
            ))}
          </ul>
        )}
        <IdentityPicker
          id="umd-staff-search"
          label="Find a staff member"
          verb="Add"
          search={search}
          exclude={staff.map((s) => s.id)}
          disabled={disabled}
          onPick={(p) => onChange({ staff: [...staff, ref(p)] })}
        />
      </div>

      <Field
        id={fieldId("defaultAssigneeId")}
        label="Default assignee of staff tasks"
        error={errors.defaultAssigneeId}
        hint="Preselected beside Create staff task; anyone on the staff list can still be chosen there."
      >
        {(control) => (
          <select
            {...control}
            value={settings.defaultAssigneeId ?? ""}
            disabled={disabled}
            onChange={(e) => onChange({ defaultAssigneeId: e.target.value || undefined })}
          >
            <option value="">(none: the first staff member is preselected)</option>
            {staff.map((p) => (
              <option key={p.id} value={p.id}>
                {personText(p)}
              </option>
            ))}
            {settings.defaultAssigneeId && !staff.some((p) => p.id === settings.defaultAssigneeId) && (
              <option value={settings.defaultAssigneeId}>(someone no longer on the staff list)</option>
            )}
          </select>
        )}
      </Field>
    </div>
  );
}
