import { Button } from "azure-devops-ui/Button";
import * as React from "react";

export interface ActionButtonProps {
  text: string;
  /** Why the action cannot run now; the button is disabled and the reason shown under it. */
  blocker?: string;
  busy?: boolean;
  primary?: boolean;
  onClick(): void;
}

let nextId = 0;

/** A workflow button that is disabled with a visible reason instead of hidden. */
export function ActionButton({
  text,
  blocker,
  busy,
  primary,
  onClick,
}: ActionButtonProps): React.ReactElement {
  const [reasonId] = React.useState(() => `action-reason-${++nextId}`);
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
        <span id={reasonId} className="umd-action-reason secondary-text body-s">
          {blocker}
        </span>
      )}
    </div>
  );
}
