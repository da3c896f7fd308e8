import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import type { AccountChange } from "../../domain/requestTypes";

/** One recorded change as the client will read it: account and kind, then the details (old → new). */
export function AccountChangeText({ change }: { change: AccountChange }): React.ReactElement {
  return (
    <div className="flex-column umd-change-text">
      <span>
        <span className="umd-strong">{change.account || "(no account)"}</span>
        <span className="secondary-text"> · {change.change}</span>
      </span>
      {change.details && <span className="umd-change-details">{change.details}</span>}
    </div>
  );
}

// The fields' code (azure-devops-ui TextField, Dropdown) loads when a change is first edited or added.
const AccountChangeFields = React.lazy(() => import("./AccountChangeFields"));

/** A row: the change as text with Edit and Remove, or its fields with Done. */
export function AccountChangeRow(props: {
  index: number;
  change: AccountChange;
  editing: boolean;
  readOnly: boolean;
  onEdit(editing: boolean): void;
  onChange(patch: Partial<AccountChange>): void;
  onRemove(): void;
}): React.ReactElement {
  const n = props.index + 1;
  const editing = props.editing && !props.readOnly;
  return (
    <div className="umd-change-row" role="group" aria-label={`Account change ${n}`}>
      {editing ? (
        <React.Suspense fallback={<span className="secondary-text">Loading…</span>}>
          <AccountChangeFields change={props.change} onChange={props.onChange} />
        </React.Suspense>
      ) : (
        <AccountChangeText change={props.change} />
      )}
      {!props.readOnly && (
        <div className="flex-row umd-change-buttons">
          <Button
            subtle
            iconProps={{ iconName: editing ? "CheckMark" : "Edit" }}
            ariaLabel={editing ? `Done editing account change ${n}` : `Edit account change ${n}`}
            tooltipProps={{ text: editing ? "Done" : "Edit" }}
            onClick={() => props.onEdit(!editing)}
          />
          <Button
            subtle
            iconProps={{ iconName: "Delete" }}
            ariaLabel={`Remove account change ${n}`}
            tooltipProps={{ text: "Remove" }}
            onClick={props.onRemove}
          />
        </div>
      )}
    </div>
  );
}
