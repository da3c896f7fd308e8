import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import { Field, fieldId } from "./Field";

export interface ServicesEditorProps {
  services: string[];
  /** The validation error of the list (e.g. no service left), shown with the box that adds one. */
  error?: string;
  onChange(services: string[]): void;
  disabled?: boolean;
}

/** The services offered: a list with a Remove button per service and a box to add one. */
export function ServicesEditor({
  services,
  onChange,
  error,
  disabled,
}: ServicesEditorProps): React.ReactElement {
  const [text, setText] = React.useState("");
  const [note, setNote] = React.useState("");
  const add = () => {
    const name = text.trim();
    if (!name) return setNote("Type the service's name first.");
    if (services.some((s) => s.toLowerCase() === name.toLowerCase()))
      return setNote(`"${name}" is already offered.`);
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
                disabled={disabled}
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
        error={error}
        hint="Clients choose one of these services when they submit a request."
      >
        {(control) => (
          <div className="umd-inline">
            <input
              {...control}
              type="text"
              value={text}
              disabled={disabled}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  add();
                }
              }}
            />
            <Button text="Add service" disabled={disabled} onClick={add} />
          </div>
        )}
      </Field>
      <span className="secondary-text body-s" role="status" aria-live="polite">
        {note}
      </span>
    </div>
  );
}
