import { Button } from "azure-devops-ui/Button";
import { getSafeId } from "azure-devops-ui/Util";
import * as React from "react";

let nextId = 0;

/**
 * A compact action button for table rows: disabled with its reason (tooltip, and read out through
 * aria-describedby) rather than hidden. Clicks do not reach the row (no row activation).
 */
export function RowActionButton({
  text,
  blocker,
  busy,
  primary,
  onClick,
}: {
  text: string;
  blocker?: string;
  busy?: boolean;
  primary?: boolean;
  onClick(): void;
}): React.ReactElement {
  const [reasonId] = React.useState(() => `row-action-reason-${++nextId}`);
  return (
    <span
      className="umd-row-action"
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") e.stopPropagation();
      }}
    >
      <Button
        text={busy ? `${text}…` : text}
        ariaLabel={text}
        primary={primary}
        subtle={!primary}
        disabled={busy || blocker !== undefined}
        tooltipProps={blocker ? { text: blocker } : undefined}
        ariaDescribedBy={blocker ? reasonId : undefined}
        onClick={onClick}
      />
      {blocker && (
        // The Button writes aria-describedby through getSafeId, so the reason carries the same safe id.
        <span id={getSafeId(reasonId)} className="umd-visually-hidden">
          {blocker}
        </span>
      )}
    </span>
  );
}
