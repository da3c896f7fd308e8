import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import { CONFLICT_MESSAGE } from "./settingsMessages";
import type { Status } from "./useSettingsLoad";

const INFO: Partial<Record<Status["kind"], string>> = {
  saved: "Settings saved. They apply to the next action anyone takes in this project.",
  reloaded: "These are the settings as saved now.",
  reset: "The defaults for this project's process are on screen. Select Save to keep them.",
};

/** The outcome of the last save, reload or reset, announced where it appears. */
export function SettingsOutcome({
  status,
  onReload,
  onDismiss,
}: {
  status: Status;
  onReload(): void;
  onDismiss(): void;
}): React.ReactElement {
  const info = INFO[status.kind];
  return (
    <div role="status" aria-live="polite">
      {status.kind === "conflict" && (
        <MessageCard
          severity={MessageCardSeverity.Error}
          buttonProps={[{ text: "Reload", onClick: onReload }]}
        >
          {CONFLICT_MESSAGE}
        </MessageCard>
      )}
      {status.kind === "failed" && (
        <MessageCard severity={MessageCardSeverity.Error} onDismiss={onDismiss}>
          {status.message}
        </MessageCard>
      )}
      {info && (
        <MessageCard severity={MessageCardSeverity.Info} onDismiss={onDismiss}>
          {info}
        </MessageCard>
      )}
    </div>
  );
}
