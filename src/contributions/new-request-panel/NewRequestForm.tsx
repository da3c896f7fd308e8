import { Button } from "azure-devops-ui/Button";
import { Checkbox } from "azure-devops-ui/Checkbox";
import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import { ActionButton } from "../../components/ActionButton";
import { FormTextField } from "../../components/FormTextField";
import { OutcomeMessage } from "../../components/OutcomeMessage";
import { MAX_NOTES_LENGTH } from "../../domain/validation";
import { AccountsSection } from "./AccountsSection";
import { ClientFields } from "./ClientFields";
import { RequestTypeField } from "./RequestTypeField";
import { ServiceField } from "./ServiceField";
import { type NewRequestFormOptions, useNewRequestForm } from "./useNewRequestForm";

export interface NewRequestFormProps extends NewRequestFormOptions {
  onCancel(): void;
}

/** The New request form: what the request is, whose it is, the users it is about, and notes. */
export function NewRequestForm(props: NewRequestFormProps): React.ReactElement {
  const form = useNewRequestForm(props);
  const { draft, busy } = form;
  const { details } = draft;
  const errorCount = Object.keys(draft.errors).length;
  return (
    <form
      ref={form.formRef}
      className="umd-panel umd-new-request flex-column"
      aria-label="New request"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.submit();
      }}
    >
      {props.settings.isDefault && !props.asClient && (
        <span className="secondary-text body-s">
          Using default settings: no coordinator is set, so the request is not assigned. Choose one in Project
          settings &gt; User Management Desk.
        </span>
      )}
      <RequestTypeField value={details.type} disabled={busy !== undefined} onChange={draft.changeType} />
      <ServiceField
        offered={props.settings.settings.services}
        value={details.service}
        error={draft.shown("service")}
        onChange={(v) => draft.update("service", (d) => (d.service = v))}
        onBlur={() => draft.touch("service")}
      />
      <ClientFields draft={draft} asClient={props.asClient} me={props.services.user} />
      {form.notMember && (
        <div role="status">
          <MessageCard severity={MessageCardSeverity.Warning}>{form.notMember}</MessageCard>
        </div>
      )}
      <AccountsSection draft={draft} />
      {draft.pastDate && (
        <Checkbox
          label="The effective date is in the past on purpose"
          ariaLabel="The effective date is in the past on purpose"
          checked={draft.allowPast}
          onChange={(_e, checked) => draft.setAllowPast(checked)}
        />
      )}
      <FormTextField
        path="notes"
        label="Notes (optional)"
        value={details.notes}
        error={draft.shown("notes")}
        maxLength={MAX_NOTES_LENGTH}
        counter
        multiline
        onChange={(v) => draft.update("notes", (d) => (d.notes = v))}
      />
      {/* The outcome, what to fix and the buttons stay in view at the panel's foot while the fields scroll. */}
      <div className="umd-form-footer flex-column">
        {form.outcome && <OutcomeMessage outcome={form.outcome} onDismiss={form.dismissOutcome} />}
        {draft.attempted && errorCount > 0 && (
          <span className="umd-field-error body-s" role="alert">
            {errorCount === 1 ? "Fix the field marked above." : `Fix the ${errorCount} fields marked above.`}
          </span>
        )}
        <div className="flex-row" style={{ gap: 8, justifyContent: "flex-end" }}>
          <Button text="Cancel" onClick={props.onCancel} disabled={busy !== undefined} />
          <ActionButton text="Submit request" primary busy={busy !== undefined} onClick={form.submit} />
        </div>
      </div>
    </form>
  );
}
