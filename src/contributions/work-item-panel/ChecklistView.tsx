import { Checkbox } from "azure-devops-ui/Checkbox";
import * as React from "react";

import type { ChecklistItem } from "../../domain/checklist";

/** The request type's runbook, ticked on the task (azure-devops-ui's Checkbox: Space ticks it). */
export function ChecklistView({
  items,
  checked,
  readOnly,
  onChange,
}: {
  items: ChecklistItem[];
  checked: string[];
  readOnly: boolean;
  onChange(checked: string[]): void;
}): React.ReactElement {
  return (
    <ul className="umd-list umd-checklist" aria-label="Checklist">
      {items.map((item) => (
        <li key={item.id}>
          <Checkbox
            label={item.text}
            checked={checked.includes(item.id)}
            disabled={readOnly}
            onChange={(_e, on) =>
              onChange(on ? [...checked, item.id] : checked.filter((id) => id !== item.id))
            }
          />
        </li>
      ))}
    </ul>
  );
}
