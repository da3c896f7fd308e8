import { FormItem } from "azure-devops-ui/FormItem";
import { TextField } from "azure-devops-ui/TextField";
import * as React from "react";

import { Choice } from "../../components/Choice";
import { ACCOUNT_CHANGE_KINDS, type AccountChange, type AccountChangeKind } from "../../domain/requestTypes";

/** The limits the task's draft and the completion comment keep to. */
export const ACCOUNT_MAX = 256;
export const DETAILS_MAX = 1000;

const KINDS = ACCOUNT_CHANGE_KINDS.map((k) => ({ id: k, text: k }));

/** The fields of one change, shown when it is new or the person chose Edit. */
export default function AccountChangeFields({
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
