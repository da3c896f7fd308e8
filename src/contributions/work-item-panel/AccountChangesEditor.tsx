import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import type { AccountChange } from "../../domain/requestTypes";
import { AccountChangeRow } from "./AccountChangeRow";

export interface AccountChangesEditorProps {
  changes: AccountChange[];
  readOnly: boolean;
  onChange(changes: AccountChange[]): void;
}

/** Which rows show their fields: those added here, those the person chose to edit, and incomplete ones. */
function useEditing(changes: AccountChange[]) {
  const [editing, setEditing] = React.useState<ReadonlySet<number>>(new Set());
  const isEditing = (i: number) => editing.has(i) || !changes[i].account.trim();
  const set = (i: number, on: boolean) =>
    setEditing((s) => {
      const next = new Set(s);
      if (on) next.add(i);
      else next.delete(i);
      return next;
    });
  // Removing a row moves the ones after it up by one.
  const removed = (i: number) =>
    setEditing((s) => new Set([...s].filter((j) => j !== i).map((j) => (j > i ? j - 1 : j))));
  return { isEditing, set, removed };
}

/**
 * The task's account changes, each read as the client will read it ("User 102 · Modified", then
 * "Portal login e-mail: old → new"), never cut inside a narrow input; Edit opens a change's fields.
 */
export function AccountChangesEditor({
  changes,
  readOnly,
  onChange,
}: AccountChangesEditorProps): React.ReactElement {
  const editing = useEditing(changes);
  const update = (index: number, patch: Partial<AccountChange>) =>
    onChange(changes.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <div className="flex-column umd-changes">
      {changes.length === 0 && <span className="secondary-text">No account changes recorded yet.</span>}
      {changes.map((c, i) => (
        <AccountChangeRow
          key={i}
          index={i}
          change={c}
          editing={editing.isEditing(i)}
          readOnly={readOnly}
          onEdit={(on) => editing.set(i, on)}
          onChange={(patch) => update(i, patch)}
          onRemove={() => {
            editing.removed(i);
            onChange(changes.filter((_, j) => j !== i));
          }}
        />
      ))}
      {!readOnly && (
        <div>
          <Button
            text="Add account change"
            onClick={() => {
              editing.set(changes.length, true);
              onChange([...changes, { account: "", change: "Added", details: "" }]);
            }}
          />
        </div>
      )}
    </div>
  );
}
