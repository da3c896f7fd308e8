import { Button } from "azure-devops-ui/Button";
import { FormItem } from "azure-devops-ui/FormItem";
import { TextField } from "azure-devops-ui/TextField";
import * as React from "react";

import { Choice } from "../../components/Choice";
import { ACCOUNT_CHANGE_KINDS, type AccountChange, type AccountChangeKind } from "../../domain/requestTypes";

/** The limits the task's draft and the completion comment keep to. */
export const ACCOUNT_MAX = 256;
export const DETAILS_MAX = 1000;

const KINDS = ACCOUNT_CHANGE_KINDS.map((k) => ({ id: k, text: k }));

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

/** The fields of one change, shown when it is new or the person chose Edit. */
export function AccountChangeFields({
  change,
  onChange,
}: {
  change: AccountChange;
  onChange(patch: Partial<AccountChange>): void;
}): React.ReactElement {
  return (
    <div className="flex-column umd-change-fields">
      <FormItem label="Account">
        <TextField
          ariaLabel="Account"
          value={change.account}
          maxLength={ACCOUNT_MAX}
          showCharacterCounter
          onChange={(_e, v) => onChange({ account: v })}
        />
      </FormItem>
      <FormItem label="Change">
        <Choice
          ariaLabel="Change"
          value={change.change}
          options={KINDS}
          onChange={(v) => onChange({ change: v as AccountChangeKind })}
        />
      </FormItem>
      <FormItem label="Details">
        <TextField
          ariaLabel="Details"
          value={change.details}
          multiline
          autoAdjustHeight
          maxLength={DETAILS_MAX}
          showCharacterCounter
          onChange={(_e, v) => onChange({ details: v })}
        />
      </FormItem>
    </div>
  );
}

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
        <AccountChangeFields change={props.change} onChange={props.onChange} />
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
