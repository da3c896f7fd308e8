import { FormItem } from "azure-devops-ui/FormItem";
import * as React from "react";

import { Choice } from "../../components/Choice";
import { fieldMarker } from "../../components/fieldFocus";
import { REQUEST_TYPES, type RequestTypeKey } from "../../domain/requestTypes";

const TYPE_OPTIONS = REQUEST_TYPES.map((t) => ({ id: t.key, text: t.label }));

/** Which kind of request this is: the accounts below follow it. */
export function RequestTypeField(props: {
  value: RequestTypeKey;
  disabled: boolean;
  onChange(type: RequestTypeKey): void;
}): React.ReactElement {
  return (
    <div {...fieldMarker("type")}>
      <FormItem label="Request type">
        <Choice
          ariaLabel="Request type"
          value={props.value}
          options={TYPE_OPTIONS}
          disabled={props.disabled}
          onChange={(id) => props.onChange(id as RequestTypeKey)}
        />
      </FormItem>
    </div>
  );
}
