import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import type { LoadedSettings } from "../../ado/settingsStore";
import { OutcomeMessage } from "../../components/OutcomeMessage";
import type { Viewer } from "../../domain/roles";
import { whoCanAct } from "../../domain/roles";
import type { QueueProgress } from "../../workflow/queue";
import type { HubActions } from "./useHubActions";
import type { HubRole } from "./useQueueLoad";

/** What the hub has to say above its content: settings to review, a failed read, the last outcome, progress. */
export function HubNotices(props: {
  settings: LoadedSettings;
  role: HubRole;
  viewer: Viewer;
  rowsLoaded: boolean;
  progress: QueueProgress | undefined;
  rowsError: string | undefined;
  actions: HubActions;
  onReload(): void;
}): React.ReactElement {
  const { settings, role, viewer, progress, actions } = props;
  const progressText =
    props.rowsLoaded && progress && progress.loaded < progress.total
      ? `Loaded ${progress.loaded.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")} requests…`
      : undefined;
  return (
    <>
      {viewer.firstRun && role === "staff" && (
        <MessageCard severity={MessageCardSeverity.Info}>
          No coordinator or staff is chosen for this project yet, so as a project administrator you can act on
          requests. Choose the coordinator and staff in Project settings &gt; User Management Desk.
        </MessageCard>
      )}
      {settings.isDefault && role === "staff" && !viewer.firstRun && (
        <MessageCard severity={MessageCardSeverity.Info}>
          This project uses the default settings. Review them in Project settings &gt; User Management Desk.
        </MessageCard>
      )}
      {role === "client" && !viewer.roles.has("client") && (
        <p className="umd-who-acts secondary-text body-s" role="note">
          {whoCanAct(settings.settings)}
        </p>
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
