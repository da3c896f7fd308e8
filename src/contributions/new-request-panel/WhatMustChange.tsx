import { Checkbox } from "azure-devops-ui/Checkbox";
import { FormItem, FormItemContext } from "azure-devops-ui/FormItem";
import { getSafeId } from "azure-devops-ui/Util";
import * as React from "react";

import { fieldMarker } from "../../components/fieldFocus";

export interface ChangeTick {
  label: string;
  checked: boolean;
}

/** The ticks of what must change in a reassignment, one group with one message under it. */
export function WhatMustChange(props: {
  path: string;
  ticks: ChangeTick[];
  error: string | undefined;
  onChange(label: string, checked: boolean): void;
}): React.ReactElement {
  return (
    <div {...fieldMarker(props.path)}>
      <FormItem error={props.error !== undefined} message={props.error}>
        <ChangesGroup {...props} />
      </FormItem>
    </div>
  );
}

/** The group itself, described by its FormItem's message as a TextField in a FormItem is. */
function ChangesGroup(props: {
  ticks: ChangeTick[];
  error: string | undefined;
  onChange(label: string, checked: boolean): void;
}): React.ReactElement {
  const { ariaDescribedById } = React.useContext(FormItemContext);
  return (
    <fieldset
      className="umd-fieldset"
      aria-invalid={props.error !== undefined}
      aria-describedby={ariaDescribedById ? getSafeId(ariaDescribedById) : undefined}
    >
      <legend className="body-s">What must change</legend>
      {props.ticks.map((tick) => (
        <Checkbox
          key={tick.label}
          label={tick.label}
          ariaLabel={tick.label}
          checked={tick.checked}
          onChange={(_e, checked) => props.onChange(tick.label, checked)}
        />
      ))}
    </fieldset>
  );
}
