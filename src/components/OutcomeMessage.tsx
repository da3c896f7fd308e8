import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import type { ActionOutcome } from "../workflow/outcome";

/** What the last action did, in words, with the remaining step offered when one is left. */
export function OutcomeMessage({
  outcome,
  onRetry,
  onDismiss,
}: {
  outcome: ActionOutcome;
  onRetry?(): void;
  onDismiss(): void;
}): React.ReactElement {
  const severity =
    outcome.kind === "failed"
      ? MessageCardSeverity.Error
      : outcome.kind === "done" && outcome.warnings.length > 0
        ? MessageCardSeverity.Warning
        : MessageCardSeverity.Info;
  const buttons =
    outcome.kind === "failed" && outcome.retry && onRetry
      ? [{ text: outcome.retryLabel ?? "Try again", onClick: onRetry }]
      : undefined;
  return (
    <div role="status" aria-live="polite">
      <MessageCard severity={severity} onDismiss={onDismiss} buttonProps={buttons}>
        <div className="flex-column">
          <span>{outcome.message}</span>
          {outcome.kind === "done" && outcome.warnings.map((w) => <span key={w}>{w}</span>)}
        </div>
      </MessageCard>
    </div>
  );
}
