import { Button } from "azure-devops-ui/Button";
import { Card } from "azure-devops-ui/Card";
import * as React from "react";

import { ActionButton } from "../../components/ActionButton";
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
      <div className="flex-column" style={{ gap: 8 }} role="group" aria-label={`Triage request #${row.id}`}>
        <fieldset className="umd-fieldset">
          <legend className="body-s">Triage</legend>
          {TRIAGE_CHOICES.map((c) => (
            <label key={c} className="umd-inline">
              <input
                type="radio"
                name={`triage-${row.id}`}
                value={c}
                checked={triage === c}
                onChange={() => setTriage(c)}
              />
              {TRIAGE_LABELS[c]}
            </label>
          ))}
        </fieldset>
        <label className="umd-field">
          <span className="body-s">Estimate (optional)</span>
          <input
            value={estimate}
            maxLength={MAX_TRIAGE_ESTIMATE}
            placeholder="e.g. 2 hours"
            onChange={(e) => setEstimate(e.target.value)}
          />
        </label>
        <label className="umd-field">
          <span className="body-s">Note (optional)</span>
          <textarea
            value={note}
            rows={3}
            maxLength={MAX_TRIAGE_NOTE}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
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
