import { FormItem } from "azure-devops-ui/FormItem";
import { TextField } from "azure-devops-ui/TextField";
import * as React from "react";

import { fieldMarker } from "./fieldFocus";

export interface FormTextFieldProps {
  /** The field's validation path: where its message comes from and how the form finds it. */
  path: string;
  label: string;
  value: string;
  /** The message to show under the field now (undefined until it was touched or the form submitted). */
  error: string | undefined;
  maxLength: number;
  /** Shows "n/max" under the field; off where the limit is the format's own (a date). */
  counter?: boolean;
  placeholder?: string;
  multiline?: boolean;
  disabled?: boolean;
  onChange(value: string): void;
  onBlur?(): void;
}

/**
 * A labelled azure-devops-ui TextField with its inline message (FormItem's error state): the field is
 * marked invalid and described by the message, which the FormItem shows under it.
 */
export function FormTextField(props: FormTextFieldProps): React.ReactElement {
  return (
    <div {...fieldMarker(props.path)}>
      <FormItem label={props.label} error={props.error !== undefined} message={props.error}>
        <TextField
          // Named by the FormItem's label too; without a name of its own the placeholder would be its name.
          ariaLabel={props.label}
          ariaInvalid={props.error !== undefined}
          value={props.value}
          maxLength={props.maxLength}
          showCharacterCounter={props.counter}
          placeholder={props.placeholder}
          multiline={props.multiline}
          autoAdjustHeight={props.multiline}
          rows={props.multiline ? 3 : undefined}
          disabled={props.disabled}
          onChange={(_e, value) => props.onChange(value)}
          onBlur={props.onBlur}
        />
      </FormItem>
    </div>
  );
}
