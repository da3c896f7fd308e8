import { Button } from "azure-devops-ui/Button";
import { Card } from "azure-devops-ui/Card";
import { FormItem } from "azure-devops-ui/FormItem";
import * as React from "react";

import { ActionButton } from "../../components/ActionButton";
import { Choice } from "../../components/Choice";
import { FormTextField } from "../../components/FormTextField";
import type { QueueRow } from "../../workflow/queue";
import {
  MAX_TRIAGE_ESTIMATE,
  MAX_TRIAGE_NOTE,
  type Triage,
  TRIAGE_CHOICES,
  TRIAGE_LABELS,
  type TriageInput,
  triageProblem,
} from "../../workflow/triage";

const TRIAGE_OPTIONS = TRIAGE_CHOICES.map((c) => ({ id: c, text: TRIAGE_LABELS[c] }));

/** Quick or Needs time, with an optional estimate and note, for one request. */
export function TriageForm({
  row,
  busy,
  onSave,
  onCancel,
}: {
  row: QueueRow;
  busy: boolean;
  onSave(input: TriageInput): void;
  onCancel(): void;
}): React.ReactElement {
  const [triage, setTriage] = React.useState<Triage | undefined>(row.triage);
  const [estimate, setEstimate] = React.useState("");
  const [note, setNote] = React.useState("");
  const input = triage ? { triage, estimate, note } : undefined;
  const blocker = !input
    ? "Choose Quick or Needs time."
    : input.triage === row.triage
      ? `Request #${row.id} is already triaged as ${TRIAGE_LABELS[input.triage]}.`
      : triageProblem(input);
  return (
    <Card className="umd-triage" titleProps={{ text: `Triage #${row.id}: ${row.title}`, ariaLevel: 2 }}>
      <div
        className="flex-column flex-grow"
        style={{ gap: 8 }}
        role="group"
        aria-label={`Triage request #${row.id}`}
      >
        <FormItem label="Triage">
          <Choice
            ariaLabel="Triage"
            value={triage ?? ""}
            placeholder="Choose Quick or Needs time"
            options={TRIAGE_OPTIONS}
            disabled={busy}
            onChange={(id) => setTriage(id as Triage)}
          />
        </FormItem>
        <FormTextField
          path="estimate"
          label="Estimate (optional)"
          value={estimate}
          error={undefined}
          maxLength={MAX_TRIAGE_ESTIMATE}
          counter
          placeholder="e.g. 2 hours"
          disabled={busy}
          onChange={setEstimate}
        />
        <FormTextField
          path="note"
          label="Note (optional)"
          value={note}
          error={undefined}
          maxLength={MAX_TRIAGE_NOTE}
          counter
          multiline
          disabled={busy}
          onChange={setNote}
        />
        <div className="flex-row" style={{ gap: 8 }}>
          <ActionButton
            text="Save triage"
            primary
            busy={busy}
            blocker={blocker}
            onClick={() => input && onSave(input)}
          />
          <Button text="Cancel" onClick={onCancel} disabled={busy} />
        </div>
      </div>
    </Card>
  );
}
