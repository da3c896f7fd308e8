import { FormItem } from "azure-devops-ui/FormItem";
import * as React from "react";

import { Choice } from "../../components/Choice";
import { fieldMarker } from "../../components/fieldFocus";
import { FormTextField } from "../../components/FormTextField";
import { MAX_FIELD_LENGTH } from "../../domain/validation";

/**
 * The service the request is about: one of the project's services when the settings list them, else
 * typed (a project that has not listed its services yet still takes requests).
 */
export function ServiceField(props: {
  offered: string[];
  value: string;
  error: string | undefined;
  onChange(service: string): void;
  onBlur(): void;
}): React.ReactElement {
  if (!props.offered.length)
    return (
      <FormTextField
        path="service"
        label="Service"
        value={props.value}
        error={props.error}
        maxLength={MAX_FIELD_LENGTH}
        counter
        onChange={props.onChange}
        onBlur={props.onBlur}
      />
    );
  return (
    <div {...fieldMarker("service")}>
      <FormItem label="Service" error={props.error !== undefined} message={props.error}>
        <Choice
          ariaLabel="Service"
          value={props.value}
          placeholder="Choose a service…"
          options={props.offered.map((name) => ({ id: name, text: name }))}
          onChange={props.onChange}
        />
      </FormItem>
    </div>
  );
}
