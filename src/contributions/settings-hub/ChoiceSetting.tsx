import * as React from "react";

import { Choice } from "../../components/Choice";
import { Field, fieldId } from "./Field";
import { useSettingsLocked } from "./settingsLock";

export interface SettingOption {
  /** What is saved; "" for "none" or "the default". */
  value: string;
  text: string;
}

export interface ChoiceSettingProps {
  path: string;
  label: string;
  value: string;
  options: SettingOption[];
  error?: string;
  hint?: React.ReactNode;
  onChange(value: string): void;
}

// Every option gets a non-empty id of its own, "" (none, the default) included.
const optionId = (value: string) => `option:${value}`;
const optionValue = (id: string) => id.slice("option:".length);

/** One setting chosen from a list: azure-devops-ui's Dropdown (through Choice) in its FormItem. */
export function ChoiceSetting(props: ChoiceSettingProps): React.ReactElement {
  const locked = useSettingsLocked();
  return (
    <Field id={fieldId(props.path)} label={props.label} error={props.error} hint={props.hint}>
      <Choice
        ariaLabel={props.label}
        value={optionId(props.value)}
        options={props.options.map((o) => ({ id: optionId(o.value), text: o.text }))}
        disabled={locked}
        onChange={(id) => props.onChange(optionValue(id))}
      />
    </Field>
  );
}
