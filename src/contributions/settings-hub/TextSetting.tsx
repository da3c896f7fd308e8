import { TextField } from "azure-devops-ui/TextField";
import * as React from "react";

import { Field, fieldId } from "./Field";
import { useSettingsLocked } from "./settingsLock";

export interface TextSettingProps {
  /** The settings path the value and its error belong to, e.g. "requestTag". */
  path: string;
  label: string;
  value: string;
  error?: string;
  hint?: React.ReactNode;
  onChange(value: string): void;
  multiline?: boolean;
  rows?: number;
  /** A limit the value must keep to: typing stops there, and a counter shows "n/limit". */
  maxLength?: number;
  inputType?: "text" | "number";
  placeholder?: string;
  inputRef?: React.RefObject<HTMLInputElement & HTMLTextAreaElement>;
  className?: string;
}

/** One typed setting: a TextField in its FormItem, with the hint or the error under it. */
export function TextSetting(props: TextSettingProps): React.ReactElement {
  const locked = useSettingsLocked();
  return (
    <Field
      id={fieldId(props.path)}
      label={props.label}
      error={props.error}
      hint={props.hint}
      className={props.className}
    >
      <TextField
        ariaLabel={props.label}
        ariaInvalid={props.error ? true : undefined}
        value={props.value}
        disabled={locked}
        multiline={props.multiline}
        rows={props.rows}
        maxLength={props.maxLength}
        showCharacterCounter={props.maxLength !== undefined}
        inputType={props.inputType}
        placeholder={props.placeholder}
        inputElement={props.inputRef}
        onChange={(_e, value) => props.onChange(value)}
      />
    </Field>
  );
}
