import * as React from "react";

import type { Identity } from "../../ado/identities";
import { describeError } from "../../ado/restErrors";
import { useAction } from "../../components/useAction";
import type { Settings } from "../../domain/settings";
import { acknowledge } from "../../workflow/acknowledge";
import { closeRequest, closeWarning } from "../../workflow/closeRequest";
import { createStaffTask } from "../../workflow/createStaffTask";
import type { DeskServices } from "../../workflow/deskServices";
import { notifyClient, notifyClientBlocker, notMemberMessage } from "../../workflow/notifyClient";
import { type ActionOutcome, failed } from "../../workflow/outcome";
import type { RequestView } from "../../workflow/requestView";
import { templateValues } from "../../workflow/templateValues";
import { type PanelUi, UNSAVED_CHANGES } from "./panelUi";

export interface RequestActions {
  busy: string | undefined;
  outcome: ActionOutcome | undefined;
  dismiss(): void;
  onAcknowledge(): void;
  onCreateTask(): void;
  onNotify(): void;
  onClose(): void;
  /** Runs the failed action's retry, through the same guard as the action itself. */
  onRetry(): void;
}

/** The client cannot be notified: they are not a member of the organization (known once the view is complete). */
export const notMemberOf = (view: RequestView): string | undefined =>
  view.complete && view.details && !view.clientIdentity ? notMemberMessage(view.clientEmail) : undefined;

/**
 * The request panel's four actions, one at a time. Each refuses while the form has unsaved edits, acts on
 * the completed view (an early click waits for the client's membership, never guesses it), asks where the
 * action needs it, and refreshes the form after a change.
 */
export function useRequestActions(
  services: DeskServices,
  /** The settings the panel shows: the mail template Notify client starts from. */
  settings: Settings,
  ensure: () => Promise<RequestView>,
  ui: PanelUi,
  assignee: Identity | undefined,
): RequestActions {
  const [outcome, setOutcome] = React.useState<ActionOutcome | undefined>();
  const { busy, run } = useAction(setOutcome);

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

  return {
    busy,
    outcome,
    dismiss: () => setOutcome(undefined),
    onAcknowledge: () =>
      void guarded("Acknowledge", async (full) => {
        const warning = notMemberOf(full);
        if (warning && !(await ui.confirm("The client cannot be notified", warning, "Acknowledge")))
          return undefined;
        return acknowledge(services, full);
      }),
    onCreateTask: () =>
      void guarded("Create staff task", (full) => createStaffTask(services, full, assignee)),
    onNotify: () =>
      void guarded("Notify client", async (full) => {
        const blocker = notifyClientBlocker(full);
        if (blocker) return failed(blocker);
        const draft = await ui.notifyDialog({
          subject: settings.templates.notifyMail.subject,
          body: settings.templates.notifyMail.body,
          values: templateValues(services, full),
        });
        return draft ? notifyClient(services, full, draft) : undefined;
      }),
    onClose: () =>
      void guarded("Close request", async (full) => {
        const warnings = [closeWarning(full), notMemberOf(full)].filter((w): w is string => w !== undefined);
        if (warnings.length && !(await ui.confirm("Close request", warnings.join("\n\n"), "Close request")))
          return undefined;
        return closeRequest(services, full);
      }),
    // Through guarded, so a retry that changed the work item refreshes the form like the action itself.
    onRetry: () => {
      if (outcome?.kind === "failed" && outcome.retry) void guarded("Retry", outcome.retry);
    },
  };
}
