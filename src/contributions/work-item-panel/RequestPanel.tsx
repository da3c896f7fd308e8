import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import { describeError } from "../../ado/restErrors";
import { ActionButton } from "../../components/ActionButton";
import { OutcomeMessage } from "../../components/OutcomeMessage";
import { RequestDetailsView } from "../../components/RequestDetailsView";
import { StageTracker } from "../../components/StageTracker";
import { useAction } from "../../components/useAction";
import { acknowledge, acknowledgeBlocker } from "../../workflow/acknowledge";
import { closeRequest, closeRequestBlocker, closeWarning } from "../../workflow/closeRequest";
import { createStaffTask, createStaffTaskBlocker } from "../../workflow/createStaffTask";
import type { DeskServices } from "../../workflow/deskServices";
import { notifyClient, notifyClientBlocker, notMemberMessage } from "../../workflow/notifyClient";
import { type ActionOutcome, failed } from "../../workflow/outcome";
import { panelSla } from "../../workflow/requestSla";
import type { RequestView } from "../../workflow/requestView";
import { templateValues } from "../../workflow/templateValues";
import { type PanelUi, UNSAVED_CHANGES } from "./panelUi";
import { staffChoices, StaffPicker } from "./StaffPicker";
import { useCompletedView } from "./useCompletedView";

export interface RequestPanelProps {
  services: DeskServices;
  view: RequestView;
  /** Reads what `view` still lacks (history, the client's membership); absent when `view` is complete. */
  complete?: () => Promise<RequestView>;
  ui: PanelUi;
  /** No coordinator or staff chosen yet: the person acts as a project administrator and is led to settings. */
  firstRun?: boolean;
}

export const FIRST_RUN_ADMIN =
  "No coordinator or staff is chosen for this project yet, so as a project administrator you can act on requests. Choose the coordinator and staff in Project settings > User Management Desk.";

export function RequestPanel({
  services,
  view: first,
  complete,
  ui,
  firstRun,
}: RequestPanelProps): React.ReactElement {
  const { current: view, problem, ensure } = useCompletedView(first, complete);
  const [outcome, setOutcome] = React.useState<ActionOutcome | undefined>();
  const { busy, run } = useAction(setOutcome);
  const me: Identity = {
    id: services.user.id,
    displayName: services.user.displayName,
    uniqueName: services.user.uniqueName,
  };
  const settings = view.settings.settings;
  const options = staffChoices(settings.staff, me);
  // Whoever the person picked (anyone in the organization when no staff are configured), else the default.
  const [picked, setPicked] = React.useState<Identity | undefined>(
    () => options.find((o) => o.id === settings.defaultAssigneeId) ?? options[0],
  );
  const assignee = picked;
  const now = services.now();

  // Actions act on the completed view: an early click waits for the client's membership, never guesses it.
  const guarded = (name: string, action: (view: RequestView) => Promise<ActionOutcome | undefined>) =>
    run(name, async () => {
      if (await ui.isFormDirty()) return failed(UNSAVED_CHANGES);
      let full: RequestView;
      try {
        full = await ensure();
      } catch (e) {
        return failed(describeError(e, name.toLowerCase()));
      }
      const result = await action(full);
      if (result && result.kind !== "failed") await ui.afterAction();
      return result;
    });

  const notMemberOf = (v: RequestView) =>
    v.complete && v.details && !v.clientIdentity ? notMemberMessage(v.clientEmail) : undefined;
  const notMember = notMemberOf(view);

  const onAcknowledge = () =>
    guarded("Acknowledge", async (full) => {
      const warning = notMemberOf(full);
      if (warning && !(await ui.confirm("The client cannot be notified", warning, "Acknowledge")))
        return undefined;
      return acknowledge(services, full);
    });
  const onCreateTask = () =>
    guarded("Create staff task", (full) => createStaffTask(services, full, assignee));
  const onNotify = () =>
    guarded("Notify client", async (full) => {
      const blocker = notifyClientBlocker(full);
      if (blocker) return failed(blocker);
      const draft = await ui.notifyDialog({
        subject: settings.templates.notifyMail.subject,
        body: settings.templates.notifyMail.body,
        values: templateValues(services, full),
      });
      return draft ? notifyClient(services, full, draft) : undefined;
    });
  const onClose = () =>
    guarded("Close request", async (full) => {
      const warnings = [closeWarning(full), notMemberOf(full)].filter((w): w is string => w !== undefined);
      if (warnings.length && !(await ui.confirm("Close request", warnings.join("\n\n"), "Close request")))
        return undefined;
      return closeRequest(services, full);
    });
  // Through guarded, so a retry that changed the work item refreshes the form like the action itself.
  const onRetry = () => {
    if (outcome?.kind === "failed" && outcome.retry) void guarded("Retry", outcome.retry);
  };

  return (
    <div className="umd-panel flex-column">
      {firstRun && <MessageCard severity={MessageCardSeverity.Info}>{FIRST_RUN_ADMIN}</MessageCard>}
      {view.settings.isDefault && !firstRun && (
        <span className="secondary-text body-s">
          Using default settings for this project. Review them in Project settings &gt; User Management Desk.
        </span>
      )}
      {view.settings.problems.length > 0 && (
        <MessageCard severity={MessageCardSeverity.Warning}>
          {`The saved settings needed repair: ${view.settings.problems.join(" ")} Review them in Project settings > User Management Desk.`}
        </MessageCard>
      )}
      {view.stateProblems.map((p) => (
        <MessageCard key={p} severity={MessageCardSeverity.Error}>
          {p}
        </MessageCard>
      ))}
      {view.detailsProblem && (
        <MessageCard severity={MessageCardSeverity.Warning}>{view.detailsProblem}</MessageCard>
      )}
      {notMember && <MessageCard severity={MessageCardSeverity.Warning}>{notMember}</MessageCard>}
      {problem && <MessageCard severity={MessageCardSeverity.Warning}>{problem}</MessageCard>}
      <StageTracker stage={view.stage} events={view.events} sla={panelSla(view, now)} now={now} />
      {outcome && (
        <OutcomeMessage outcome={outcome} onRetry={onRetry} onDismiss={() => setOutcome(undefined)} />
      )}
      <div className="umd-actions" role="group" aria-label="Request actions">
        <ActionButton
          text="Acknowledge"
          primary={view.stage === "Submitted"}
          blocker={acknowledgeBlocker(view, now)}
          busy={busy === "Acknowledge"}
          onClick={onAcknowledge}
        />
        <div className="flex-row flex-end" style={{ gap: 8 }}>
          <StaffPicker
            staff={settings.staff}
            me={me}
            value={assignee}
            disabled={busy !== undefined}
            search={(text) => services.identities.search(text)}
            onChange={setPicked}
          />
          <ActionButton
            text="Create staff task"
            primary={view.stage === "Acknowledged"}
            blocker={createStaffTaskBlocker(view, assignee)}
            busy={busy === "Create staff task"}
            onClick={onCreateTask}
          />
        </div>
        <ActionButton
          text="Notify client"
          blocker={notifyClientBlocker(view)}
          busy={busy === "Notify client"}
          onClick={onNotify}
        />
        <ActionButton
          text="Close request"
          primary={view.stage === "Ready to close"}
          blocker={closeRequestBlocker(view, now)}
          busy={busy === "Close request"}
          onClick={onClose}
        />
      </div>
      {view.tasks.length > 0 && (
        <section aria-label="Staff tasks">
          <div className="umd-section-title">Staff tasks</div>
          <ul className="umd-list">
            {view.tasks.map((t) => (
              <li key={t.id}>
                <a
                  href="#"
                  onClick={(e) => {
                    e.preventDefault();
                    ui.openWorkItem(t.id);
                  }}
                >
                  #{t.id}
                </a>{" "}
                {t.state} · {t.assignedTo || "unassigned"}
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.details && (
        <section aria-label="Request">
          <div className="umd-section-title">Request</div>
          <RequestDetailsView details={view.details} />
        </section>
      )}
    </div>
  );
}
