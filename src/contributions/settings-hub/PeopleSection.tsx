import * as React from "react";

import type { Identity } from "../../ado/identities";
import { describeError } from "../../ado/restErrors";
import IdentityPicker from "../../components/IdentityPicker";
import type { Settings } from "../../domain/settings";
import { ChoiceSetting } from "./ChoiceSetting";
import { Field, fieldId } from "./Field";
import { personRef, personText } from "./people";
import { useSettingsLocked } from "./settingsLock";
import { StaffMembers } from "./StaffMembers";

export interface PeopleSectionProps {
  settings: Settings;
  errors: Record<string, string>;
  /** Members of the organization matching a name or e-mail (the host's identity service). */
  search(text: string): Promise<Identity[]>;
  onChange(patch: Partial<Settings>): void;
}

/**
 * The coordinator, the staff members and the default assignee of staff tasks. People are found by searching
 * the organization: only members can be mentioned and mailed, so only members are offered.
 */
export function PeopleSection({
  settings,
  errors,
  search,
  onChange,
}: PeopleSectionProps): React.ReactElement {
  const locked = useSettingsLocked();
  const [note, setNote] = React.useState("");
  const { coordinator, staff } = settings;
  // A failed search is said in words here; the picker itself would only show no one.
  const searchMembers = React.useCallback(
    async (text: string) => {
      try {
        return await search(text);
      } catch (e) {
        setNote(describeError(e, "search for people"));
        return [];
      }
    },
    [search],
  );
  const unknownDefault =
    settings.defaultAssigneeId && !staff.some((p) => p.id === settings.defaultAssigneeId)
      ? [{ value: settings.defaultAssigneeId, text: "(someone no longer on the staff list)" }]
      : [];
  return (
    <div className="flex-column umd-gap-16">
      <Field
        id={fieldId("coordinator")}
        label="Coordinator"
        hint={
          coordinator
            ? `${personText(coordinator)}. Type a name or e-mail to choose someone else.`
            : "Not set: whoever a request is assigned to acts as its coordinator. Type a name or e-mail to choose someone."
        }
      >
        <IdentityPicker
          ariaLabel="Coordinator"
          value={coordinator}
          disabled={locked}
          search={searchMembers}
          suggested={staff}
          onChange={(p) => onChange({ coordinator: p ? personRef(p) : undefined })}
        />
      </Field>
      <StaffMembers
        staff={staff}
        defaultAssigneeId={settings.defaultAssigneeId}
        search={searchMembers}
        onChange={onChange}
        onNote={setNote}
      />
      <ChoiceSetting
        path="defaultAssigneeId"
        label="Default assignee of staff tasks"
        value={settings.defaultAssigneeId ?? ""}
        options={[
          { value: "", text: "(none: the first staff member is preselected)" },
          ...staff.map((p) => ({ value: p.id, text: personText(p) })),
          ...unknownDefault,
        ]}
        error={errors.defaultAssigneeId}
        hint="Preselected beside Create staff task; anyone on the staff list can still be chosen there."
        onChange={(id) => onChange({ defaultAssigneeId: id || undefined })}
      />
      <span className="secondary-text body-s" role="status" aria-live="polite">
        {note}
      </span>
    </div>
  );
}
