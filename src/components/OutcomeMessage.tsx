import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import type { ActionOutcome } from "../workflow/outcome";

/**
 * What the last action did, in words, with the remaining step offered when one is left. It is a live region
 * (read out when it appears) and takes focus when a new outcome arrives, so a keyboard user continues from
 * the result instead of from a button that may now be disabled or gone.
 */
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
  const region = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    region.current?.focus({ preventScroll: false });
  }, [outcome]);
  return (
    <div ref={region} role="status" aria-live="polite" tabIndex={-1} className="umd-outcome">
      <MessageCard severity={severity} onDismiss={onDismiss} buttonProps={buttons}>
        <div className="flex-column">
          <span>{outcome.message}</span>
          {outcome.kind === "done" && outcome.warnings.map((w) => <span key={w}>{w}</span>)}
        </div>
      </MessageCard>
    </div>
  );
}
