import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import IdentityPicker from "../../components/IdentityPicker";
import type { PersonRef, Settings } from "../../domain/settings";
import { Field, fieldId } from "./Field";
import { personRef } from "./people";
import { useSettingsLocked } from "./settingsLock";

export interface StaffMembersProps {
  staff: PersonRef[];
  defaultAssigneeId: string | undefined;
  search(text: string): Promise<Identity[]>;
  onChange(patch: Pick<Settings, "staff" | "defaultAssigneeId">): void;
  /** What just happened (added, removed), for the section's announcement line. */
  onNote(note: string): void;
}

/** The staff list: each member with Remove, and one people picker that adds someone from the organization. */
export function StaffMembers({
  staff,
  defaultAssigneeId,
  search,
  onChange,
  onNote,
}: StaffMembersProps): React.ReactElement {
  const locked = useSettingsLocked();
  const remove = (p: PersonRef) => {
    onChange({
      staff: staff.filter((s) => s.id !== p.id),
      // The default assignee leaves with them rather than pointing at someone no longer on the list.
      defaultAssigneeId: defaultAssigneeId === p.id ? undefined : defaultAssigneeId,
    });
    onNote(`Removed ${p.displayName}.`);
  };
  const add = (p: Identity | undefined) => {
    if (p && staff.some((s) => s.id === p.id)) onNote(`${p.displayName} is already a staff member.`);
    else if (p) {
      onChange({ staff: [...staff, personRef(p)], defaultAssigneeId });
      onNote(`Added ${p.displayName}.`);
    }
    // The picker empties again, ready for the next person.
    return false;
  };
  // Someone already on the list is not offered again.
  const searchOthers = async (text: string) =>
    (await search(text)).filter((p) => !staff.some((s) => s.id === p.id));
  return (
    <div className="flex-column umd-gap-4" role="group" aria-labelledby="umd-staff-title">
      <span id="umd-staff-title" className="bolt-formitem-label body-m">
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
                disabled={locked}
                onClick={() => remove(p)}
              />
            </li>
          ))}
        </ul>
      )}
      <Field
        id={fieldId("staff")}
        label="Add a staff member"
        hint="Type a name or e-mail and choose a member of the organization."
      >
        <IdentityPicker
          ariaLabel="Add a staff member"
          value={undefined}
          disabled={locked}
          search={searchOthers}
          suggested={[]}
          onChange={add}
        />
      </Field>
    </div>
  );
}
