import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import { fieldMarker } from "../../components/fieldFocus";
import { MAX_ACCOUNTS } from "../../domain/validation";
import { AccountFields } from "./AccountFields";
import type { RequestDraft } from "./useRequestDraft";

/** The users the request is about, each in its own group, with Add and Remove. */
export function AccountsSection({ draft }: { draft: RequestDraft }): React.ReactElement {
  const { details } = draft;
  const noun = details.type === "invite" ? "New user" : "User";
  const accountsError = draft.shown("accounts");
  return (
    <section aria-label="Users" className="flex-column" style={{ gap: 8 }}>
      {details.accounts.map((_, i) => (
        <fieldset
          key={`${details.type}-${i}`}
          className="umd-account flex-column"
          aria-label={`${noun} ${i + 1}`}
        >
          <legend className="umd-section-title">{`${noun} ${i + 1}`}</legend>
          <AccountFields draft={draft} index={i} />
          {details.accounts.length > 1 && (
            <Button
              text={`Remove ${noun.toLowerCase()} ${i + 1}`}
              subtle
              iconProps={{ iconName: "Delete" }}
              onClick={() => draft.removeAccount(i)}
            />
          )}
        </fieldset>
      ))}
      {accountsError && (
        <span className="umd-field-error body-s" {...fieldMarker("accounts")}>
          {accountsError}
        </span>
      )}
      <div>
        <Button
          text={details.type === "invite" ? "Add new user" : "Add user"}
          iconProps={{ iconName: "Add" }}
          disabled={details.accounts.length >= MAX_ACCOUNTS}
          onClick={draft.addAccount}
        />
      </div>
    </section>
  );
}
