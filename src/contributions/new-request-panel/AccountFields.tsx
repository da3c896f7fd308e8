import { Checkbox } from "azure-devops-ui/Checkbox";
import * as React from "react";

import { fieldMarker } from "../../components/fieldFocus";
import { FormTextField } from "../../components/FormTextField";
import { ACCOUNT_FIELDS } from "../../domain/requestFormat";
import { DATE_FORMAT, MAX_FIELD_LENGTH } from "../../domain/validation";
import {
  type AccountFieldDef,
  accountFieldKey,
  accountPath,
  CHANGES_KEY,
  isDateKey,
} from "./accountFieldKeys";
import type { RequestDraft } from "./useRequestDraft";
import { WhatMustChange } from "./WhatMustChange";

/**
 * The fields of one account, in ACCOUNT_FIELDS' order: text as TextFields (dates typed and shown as
 * yyyy-mm-dd, as the request and its panel show them), yes/no as Checkboxes, and the reassignment's
 * "what must change" ticks as one group where the first of them stands.
 */
export function AccountFields({ draft, index }: { draft: RequestDraft; index: number }): React.ReactElement {
  const fields = ACCOUNT_FIELDS[draft.details.type] as unknown as AccountFieldDef[];
  const account = draft.details.accounts[index] as unknown;
  const set = (path: string, field: AccountFieldDef, value: string | boolean) =>
    draft.update(path, (d) => field.set(d.accounts[index], value));
  const changes = fields.filter((f) => accountFieldKey(f) === CHANGES_KEY);
  return (
    <>
      {fields.map((field) => {
        const key = accountFieldKey(field);
        const path = accountPath(index, key);
        if (key === CHANGES_KEY)
          return field === changes[0] ? (
            <WhatMustChange
              key={path}
              path={path}
              ticks={changes.map((c) => ({ label: c.label, checked: c.get(account) === true }))}
              error={draft.shown(path)}
              onChange={(label, on) =>
                set(
                  path,
                  changes.find((c) => c.label === label)!,
                  on,
                )
              }
            />
          ) : null;
        if (field.kind === "yesno")
          return (
            <div key={path} {...fieldMarker(path)}>
              <Checkbox
                label={field.label}
                ariaLabel={field.label}
                checked={field.get(account) === true}
                onChange={(_e, on) => set(path, field, on)}
              />
            </div>
          );
        const date = isDateKey(key);
        return (
          <FormTextField
            key={path}
            path={path}
            label={field.label}
            value={String(field.get(account) ?? "")}
            error={draft.shown(path)}
            maxLength={date ? DATE_FORMAT.length : MAX_FIELD_LENGTH}
            counter={!date}
            placeholder={date ? DATE_FORMAT : undefined}
            onChange={(v) => set(path, field, v)}
            onBlur={() => draft.touch(path)}
          />
        );
      })}
    </>
  );
}
