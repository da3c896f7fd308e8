import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import { ACCOUNT_CHANGE_KINDS, type AccountChange, type AccountChangeKind } from "../../domain/requestTypes";

export interface AccountChangesEditorProps {
  changes: AccountChange[];
  readOnly: boolean;
  onChange(changes: AccountChange[]): void;
}

/** Rows of account, change (Added / Removed / Modified) and details, as the client will read them. */
export function AccountChangesEditor({
  changes,
  readOnly,
  onChange,
}: AccountChangesEditorProps): React.ReactElement {
  const update = (index: number, patch: Partial<AccountChange>) =>
    onChange(changes.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <div className="flex-column" style={{ gap: 8 }}>
      {changes.length === 0 && <span className="secondary-text">No account changes recorded yet.</span>}
      {changes.map((c, i) => (
        <div className="umd-change-row" key={i} role="group" aria-label={`Account change ${i + 1}`}>
          <label className="umd-field">
            <span className="body-s">Account</span>
            <input
              aria-label="Account"
              value={c.account}
              readOnly={readOnly}
              maxLength={256}
              onChange={(e) => update(i, { account: e.target.value })}
            />
          </label>
          <label className="umd-field">
            <span className="body-s">Change</span>
            <select
              aria-label="Change"
              value={c.change}
              disabled={readOnly}
              onChange={(e) => update(i, { change: e.target.value as AccountChangeKind })}
            >
              {ACCOUNT_CHANGE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <label className="umd-field">
            <span className="body-s">Details</span>
            <input
              aria-label="Details"
              value={c.details}
              readOnly={readOnly}
              maxLength={1000}
              onChange={(e) => update(i, { details: e.target.value })}
            />
          </label>
          {!readOnly && (
            <Button
              subtle
              iconProps={{ iconName: "Delete" }}
              ariaLabel={`Remove account change ${i + 1}`}
              onClick={() => onChange(changes.filter((_, j) => j !== i))}
            />
          )}
        </div>
      ))}
      {!readOnly && (
        <div>
          <Button
            text="Add account change"
            onClick={() => onChange([...changes, { account: "", change: "Added", details: "" }])}
          />
        </div>
      )}
    </div>
  );
}
