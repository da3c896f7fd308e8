import * as React from "react";

import { ActionButton } from "../../components/ActionButton";
import { OutcomeMessage } from "../../components/OutcomeMessage";
import { RequestDetailsView } from "../../components/RequestDetailsView";
import { StageTracker } from "../../components/StageTracker";
import { acknowledgeBlocker } from "../../workflow/acknowledge";
import { closeRequestBlocker } from "../../workflow/closeRequest";
import { createStaffTaskBlocker } from "../../workflow/createStaffTask";
import type { DeskServices } from "../../workflow/deskServices";
import { notifyClientBlocker } from "../../workflow/notifyClient";
import { panelSla } from "../../workflow/requestSla";
import type { RequestView } from "../../workflow/requestView";
import type { PanelUi } from "./panelUi";
import { RequestNotices } from "./RequestNotices";
import { StaffPicker } from "./StaffPicker";
import { StaffTaskList } from "./StaffTaskList";
import { useCompletedView } from "./useCompletedView";
import { notMemberOf, useRequestActions } from "./useRequestActions";
import { useTaskAssignee } from "./useTaskAssignee";

export interface RequestPanelProps {
  services: DeskServices;
  view: RequestView;
  /** Reads what `view` still lacks (history, the client's membership); absent when `view` is complete. */
  complete?: () => Promise<RequestView>;
  ui: PanelUi;
  /** No coordinator or staff chosen yet: the person acts as a project administrator and is led to settings. */
  firstRun?: boolean;
}

/** A request on its work item form: where it stands, the desk's four actions, its staff tasks and details. */
export function RequestPanel({
  services,
  view: first,
  complete,
  ui,
  firstRun,
}: RequestPanelProps): React.ReactElement {
  const { current: view, problem, ensure } = useCompletedView(first, complete);
  const settings = view.settings.settings;
  const { me, assignee, pick } = useTaskAssignee(services, settings.staff, settings.defaultAssigneeId);
  const actions = useRequestActions(services, settings, ensure, ui, assignee);
  const { busy } = actions;
  const now = services.now();

  return (
    <div className="umd-panel flex-column">
      <RequestNotices view={view} firstRun={firstRun} notMember={notMemberOf(view)} problem={problem} />
      <StageTracker stage={view.stage} events={view.events} sla={panelSla(view, now)} now={now} />
      {actions.outcome && (
        <OutcomeMessage outcome={actions.outcome} onRetry={actions.onRetry} onDismiss={actions.dismiss} />
      )}
      <div className="umd-actions" role="group" aria-label="Request actions">
        <ActionButton
          text="Acknowledge"
          primary={view.stage === "Submitted"}
          blocker={acknowledgeBlocker(view, now)}
          busy={busy === "Acknowledge"}
          onClick={actions.onAcknowledge}
        />
        <div className="flex-row flex-end" style={{ gap: 8 }}>
          <StaffPicker
            staff={settings.staff}
            me={me}
            value={assignee}
            disabled={busy !== undefined}
            search={(text) => services.identities.search(text)}
            onChange={pick}
          />
          <ActionButton
            text="Create staff task"
            primary={view.stage === "Acknowledged"}
            blocker={createStaffTaskBlocker(view, assignee)}
            busy={busy === "Create staff task"}
            onClick={actions.onCreateTask}
          />
        </div>
        <ActionButton
          text="Notify client"
          blocker={notifyClientBlocker(view)}
          busy={busy === "Notify client"}
          onClick={actions.onNotify}
        />
        <ActionButton
          text="Close request"
          primary={view.stage === "Ready to close"}
          blocker={closeRequestBlocker(view, now)}
          busy={busy === "Close request"}
          onClick={actions.onClose}
        />
      </div>
      {view.tasks.length > 0 && <StaffTaskList tasks={view.tasks} onOpen={(id) => ui.openWorkItem(id)} />}
      {view.details && (
        <section aria-label="Request">
          <div className="umd-section-title">Request</div>
          <RequestDetailsView details={view.details} />
        </section>
      )}
    </div>
  );
}
