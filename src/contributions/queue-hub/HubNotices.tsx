import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import type { LoadedSettings } from "../../ado/settingsStore";
import { OutcomeMessage } from "../../components/OutcomeMessage";
import type { HubRole } from "../../workflow/clientView";
import type { QueueProgress } from "../../workflow/queue";
import type { HubActions } from "./useHubActions";

/** What the hub has to say above its content: settings to review, a failed read, the last outcome, progress. */
export function HubNotices(props: {
  settings: LoadedSettings;
  role: HubRole;
  rowsLoaded: boolean;
  progress: QueueProgress | undefined;
  rowsError: string | undefined;
  actions: HubActions;
  onReload(): void;
}): React.ReactElement {
  const { settings, role, progress, actions } = props;
  const progressText =
    props.rowsLoaded && progress && progress.loaded < progress.total
      ? `Loaded ${progress.loaded.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")} requests…`
      : undefined;
  return (
    <>
      {settings.isDefault && role === "staff" && (
        <MessageCard severity={MessageCardSeverity.Info}>
          This project uses the default settings (no coordinator or staff chosen yet). Review them in Project
          settings &gt; User Management Desk.
        </MessageCard>
      )}
      {settings.problems.length > 0 && role === "staff" && (
        <MessageCard severity={MessageCardSeverity.Warning}>
          {`The saved settings needed repair: ${settings.problems.join(" ")} Review them in Project settings > User Management Desk.`}
        </MessageCard>
      )}
      {props.rowsError && (
        <div role="alert">
          <MessageCard
            severity={MessageCardSeverity.Error}
            buttonProps={[{ text: "Try again", onClick: props.onReload }]}
          >
            {props.rowsError}
          </MessageCard>
        </div>
      )}
      {actions.outcome && (
        <OutcomeMessage outcome={actions.outcome} onRetry={actions.retry} onDismiss={actions.dismiss} />
      )}
      {progressText && (
        <div className="secondary-text body-s" role="status" aria-live="polite">
          {progressText}
        </div>
      )}
    </>
  );
}
