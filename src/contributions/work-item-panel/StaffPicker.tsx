import { FormItem } from "azure-devops-ui/FormItem";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import { Choice } from "../../components/Choice";

// Loaded only when it is needed (a project with no staff configured), so the panel's first load stays light.
const IdentityPicker = React.lazy(() => import("../../components/IdentityPicker"));

export interface StaffPickerProps {
  /** The configured staff; empty when the project has none yet. */
  staff: Identity[];
  me: Identity;
  value: Identity | undefined;
  disabled?: boolean;
  search(text: string): Promise<Identity[]>;
  onChange(identity: Identity | undefined): void;
}

/** The configured staff, plus whoever is looking. */
export function staffChoices(staff: Identity[], me: Identity): Identity[] {
  return staff.some((s) => s.id === me.id) ? staff : [...staff, me];
}

/**
 * Who the staff task goes to, labelled "Staff member". With staff configured, a dropdown of them (and the
 * person looking); with none configured yet, a people picker over the organization, so a coordinator can
 * give the task to anyone without visiting the settings first.
 */
export function StaffPicker(props: StaffPickerProps): React.ReactElement {
  const choices = staffChoices(props.staff, props.me);
  return (
    <FormItem label="Staff member" className="umd-staff-picker">
      {props.staff.length > 0 ? (
        <Choice
          ariaLabel="Staff member"
          value={props.value?.id ?? ""}
          options={choices.map((c) => ({ id: c.id, text: c.displayName }))}
          disabled={props.disabled}
          onChange={(id) => props.onChange(choices.find((c) => c.id === id))}
        />
      ) : (
        <React.Suspense fallback={<span className="body-m">{props.value?.displayName ?? "…"}</span>}>
          <IdentityPicker
            ariaLabel="Staff member"
            value={props.value}
            disabled={props.disabled}
            search={props.search}
            suggested={choices}
            onChange={props.onChange}
          />
        </React.Suspense>
      )}
    </FormItem>
  );
}
