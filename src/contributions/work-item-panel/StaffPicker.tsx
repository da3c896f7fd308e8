import { FormItem } from "azure-devops-ui/FormItem";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import type { ChoiceProps } from "../../components/Choice";
import type { IdentityPickerProps } from "../../components/IdentityPicker";
import { OnDemand } from "../../components/OnDemand";
import { staffChoices } from "../../workflow/staffChoices";

// Loaded when the person comes to the picker, so the panel's first load stays light.
const loadChoice = () => import("../../components/ChoiceModule");
const loadIdentityPicker = () => import("../../components/IdentityPicker");

export interface StaffPickerProps {
  /** The configured staff; empty when the project has none yet. */
  staff: Identity[];
  me: Identity;
  value: Identity | undefined;
  disabled?: boolean;
  search(text: string): Promise<Identity[]>;
  onChange(identity: Identity | undefined): void;
}

/**
 * Who the staff task goes to, labelled "Staff member". With staff configured, a dropdown of them (and the
 * person looking); with none configured yet, a people picker over the organization, so a coordinator can
 * give the task to anyone without visiting the settings first.
 */
export function StaffPicker(props: StaffPickerProps): React.ReactElement {
  const choices = staffChoices(props.staff, props.me);
  const common = {
    ariaLabel: "Staff member",
    display: props.value?.displayName ?? "",
    disabled: props.disabled,
  };
  return (
    <FormItem label="Staff member" className="umd-staff-picker">
      {props.staff.length > 0 ? (
        <OnDemand<ChoiceProps>
          {...common}
          load={loadChoice}
          props={{
            ariaLabel: "Staff member",
            value: props.value?.id ?? "",
            options: choices.map((c) => ({ id: c.id, text: c.displayName })),
            disabled: props.disabled,
            onChange: (id) => props.onChange(choices.find((c) => c.id === id)),
          }}
        />
      ) : (
        <OnDemand<IdentityPickerProps>
          {...common}
          load={loadIdentityPicker}
          props={{
            ariaLabel: "Staff member",
            value: props.value,
            disabled: props.disabled,
            search: props.search,
            suggested: choices,
            onChange: props.onChange,
          }}
        />
      )}
    </FormItem>
  );
}
