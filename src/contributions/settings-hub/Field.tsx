import { FormItem } from "azure-devops-ui/FormItem";
import * as React from "react";

import { focusControl } from "../../components/fieldFocus";

export interface FieldProps {
  /** The DOM id of the field: the target of its link in "Settings to fix". */
  id: string;
  label: string;
  /** Shown under the control in place of the hint, announced with it, and the field marked in error. */
  error?: string;
  hint?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}

/** The DOM id of the field for a settings path, e.g. "states.acknowledge" → "umd-states-acknowledge". */
export const fieldId = (path: string): string => `umd-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;

/** Moves focus to the control of a field (its first focusable element), for the "Settings to fix" links. */
export function focusField(id: string): void {
  focusControl(document.getElementById(id));
}

/**
 * A setting as Azure DevOps' own forms show one: azure-devops-ui's FormItem, whose label names the control
 * inside (aria-labelledby) and whose message is the hint, or the validation error in its place, which the
 * control is described by and which is announced when it appears.
 */
export function Field({ id, label, error, hint, className, children }: FieldProps): React.ReactElement {
  return (
    <div id={id} className={className ? `umd-setting ${className}` : "umd-setting"}>
      <FormItem label={label} error={!!error} message={error ?? hint}>
        {children}
      </FormItem>
    </div>
  );
}
