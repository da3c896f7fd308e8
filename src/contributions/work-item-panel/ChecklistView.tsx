import * as React from "react";

import type { ChecklistItem } from "../../domain/checklist";

/** The request type's runbook, ticked on the task. */
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
    <ul className="umd-list" style={{ listStyle: "none", paddingLeft: 0 }} aria-label="Checklist">
      {items.map((item) => (
        <li key={item.id}>
          <label className="flex-row" style={{ gap: 6, alignItems: "flex-start" }}>
            <input
              type="checkbox"
              checked={checked.includes(item.id)}
              disabled={readOnly}
              onChange={(e) =>
                onChange(e.target.checked ? [...checked, item.id] : checked.filter((id) => id !== item.id))
              }
            />
            <span>{item.text}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
