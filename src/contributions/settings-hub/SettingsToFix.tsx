import * as React from "react";

import { fieldId, focusField } from "./Field";
import { FIELD_LABELS } from "./fieldLabels";

/** Every setting that blocks Save, each a link that takes focus to its field. */
export function SettingsToFix({ errors }: { errors: Record<string, string> }): React.ReactElement {
  return (
    <nav className="umd-error-summary" aria-label="Settings to fix">
      <span className="umd-setting-label">Settings to fix</span>
      <ul className="umd-list">
        {Object.keys(errors).map((path) => (
          <li key={path}>
            {FIELD_LABELS[path] ? (
              <a
                href={`#${fieldId(path)}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(fieldId(path));
                }}
              >
                {FIELD_LABELS[path]}
              </a>
            ) : (
              `${path}: ${errors[path]}`
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
