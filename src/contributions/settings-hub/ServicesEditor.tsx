import { Button } from "azure-devops-ui/Button";
import { TextField } from "azure-devops-ui/TextField";
import * as React from "react";

import { MAX_FIELD_LENGTH } from "../../domain/validation";
import { Field, fieldId } from "./Field";
import { useSettingsLocked } from "./settingsLock";

/** A request's service must fit the request's field, so a service name keeps to its limit. */
export const SERVICE_MAX = MAX_FIELD_LENGTH;

export interface ServicesEditorProps {
  services: string[];
  /** The validation error of the list (e.g. no service left), shown at the box that adds one. */
  error?: string;
  onChange(services: string[]): void;
}

/** The services offered: a list with a Remove button per service and a box to add one. */
export function ServicesEditor({ services, onChange, error }: ServicesEditorProps): React.ReactElement {
  const locked = useSettingsLocked();
  const [text, setText] = React.useState("");
  // What is wrong with the name typed (empty, already offered), shown at the box until it changes.
  const [problem, setProblem] = React.useState<string | undefined>();
  const [note, setNote] = React.useState("");
  const add = () => {
    const name = text.trim();
    if (!name) return setProblem("Type the service's name first.");
    if (services.some((s) => s.toLowerCase() === name.toLowerCase()))
      return setProblem(`"${name}" is already offered.`);
    onChange([...services, name]);
    setText("");
    setNote(`Added "${name}".`);
  };
  return (
    <div className="flex-column umd-gap-4">
      {services.length === 0 ? (
        <span className="secondary-text">No services yet.</span>
      ) : (
        <ul className="umd-chosen-list" aria-label="Services offered">
          {services.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <Button
                text="Remove"
                ariaLabel={`Remove service ${s}`}
                subtle
                disabled={locked}
                onClick={() => {
                  onChange(services.filter((x) => x !== s));
                  setNote(`Removed "${s}".`);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <Field
        id={fieldId("services")}
        label="New service"
        error={problem ?? error}
        hint="Clients choose one of these services when they submit a request."
      >
        <div className="umd-inline umd-add-row">
          <TextField
            ariaLabel="New service"
            ariaInvalid={(problem ?? error) ? true : undefined}
            containerClassName="flex-grow"
            value={text}
            disabled={locked}
            maxLength={SERVICE_MAX}
            showCharacterCounter
            onChange={(_e, v) => {
              setText(v);
              setProblem(undefined);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
          <Button text="Add service" disabled={locked} onClick={add} />
        </div>
      </Field>
      <span className="secondary-text body-s" role="status" aria-live="polite">
        {note}
      </span>
    </div>
  );
}
