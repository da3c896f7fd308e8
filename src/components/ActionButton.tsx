import { Button } from "azure-devops-ui/Button";
import { getSafeId } from "azure-devops-ui/Util";
import * as React from "react";

import { ReadOnlyReason } from "./readOnly";

export interface ActionButtonProps {
  text: string;
  /** Why the action cannot run now; the button is disabled and the reason shown under it. */
  blocker?: string;
  busy?: boolean;
  primary?: boolean;
  onClick(): void;
}

let nextId = 0;

/**
 * A workflow button that is disabled with a visible reason instead of hidden. Its own blocker (e.g. who
 * already did it) comes first; otherwise a read-only person sees why they cannot act.
 */
export function ActionButton({
  text,
  blocker: ownBlocker,
  busy,
  primary,
  onClick,
}: ActionButtonProps): React.ReactElement {
  const [reasonId] = React.useState(() => `action-reason-${++nextId}`);
  const readOnly = React.useContext(ReadOnlyReason);
  const blocker = ownBlocker ?? readOnly;
  const disabled = busy || blocker !== undefined;
  return (
    <div className="umd-action flex-column">
      <Button
        text={busy ? `${text}…` : text}
        ariaLabel={text}
        primary={primary}
        disabled={disabled}
        tooltipProps={blocker ? { text: blocker } : undefined}
        ariaDescribedBy={blocker ? reasonId : undefined}
        onClick={onClick}
      />
      {blocker && (
        // The Button writes aria-describedby through getSafeId, so the reason carries the same safe id.
        <span id={getSafeId(reasonId)} className="umd-action-reason secondary-text body-s">
          {blocker}
        </span>
      )}
    </div>
  );
}
