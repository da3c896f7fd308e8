import * as React from "react";

/** What a control needs to be labelled, described and marked invalid. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export interface FieldProps {
  id: string;
  label: string;
  /** Shown under the control and announced with it; the control is marked invalid. */
  error?: string;
  hint?: React.ReactNode;
  children(control: ControlProps): React.ReactElement;
}

/** The DOM id of the control for a settings field path, e.g. "states.acknowledge" → "umd-states-acknowledge". */
export const fieldId = (path: string): string => `umd-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;

/** A labelled control with its hint and its validation error, wired for assistive technology. */
export function Field({ id, label, error, hint, children }: FieldProps): React.ReactElement {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : undefined, hint ? hintId : undefined].filter(Boolean).join(" ");
  return (
    <div className="umd-setting">
      <label htmlFor={id} className="umd-setting-label">
        {label}
      </label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint && (
        <span id={hintId} className="umd-setting-hint secondary-text body-s">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="umd-setting-error body-s">
          {error}
        </span>
      )}
    </div>
  );
}
