import type { IMenuItem } from "azure-devops-ui/Menu";
import { MoreButton } from "azure-devops-ui/Menu";
import * as React from "react";

import { RowActionButton } from "../../components/RowActionButton";
import type { QueueRow } from "../../workflow/queue";
import { type HubRowAction, rowActionPlan } from "../../workflow/queueActions";

export interface RowActionsProps {
  row: QueueRow;
  blockerOf(action: HubRowAction): string | undefined;
  busy: string | undefined;
  onAction(action: HubRowAction): void;
}

/**
 * A row's next step as one button, the other actions in a "More actions" menu (as Boards does), each item
 * named after its action and disabled with its reason shown beside it. A closed request shows neither.
 */
export function RowActions({ row, blockerOf, busy, onAction }: RowActionsProps): React.ReactElement | null {
  const { primary, more } = rowActionPlan(row.stage, blockerOf);
  if (!primary && more.length === 0) return null;
  const items: IMenuItem[] = more.map((action) => {
    const blocker = blockerOf(action);
    return {
      id: action,
      text: action,
      ariaLabel: action,
      disabled: busy !== undefined || blocker !== undefined,
      secondaryText: blocker,
      onActivate: () => onAction(action),
    };
  });
  return (
    // Clicks and keys on the actions must not reach the row (no row activation).
    <div
      className="umd-row-actions"
      role="group"
      aria-label={`Actions for request #${row.id}`}
      onClick={(e) => e.stopPropagation()}
    >
      {primary && (
        <RowActionButton
          text={primary}
          blocker={blockerOf(primary)}
          busy={busy === primary}
          onClick={() => onAction(primary)}
        />
      )}
      {items.length > 0 && (
        <MoreButton
          ariaLabel="More actions"
          className="umd-more-actions"
          contextualMenuProps={{
            menuProps: { id: `more-${row.id}`, items, ariaLabel: "More actions", className: "umd-more-menu" },
          }}
        />
      )}
    </div>
  );
}
