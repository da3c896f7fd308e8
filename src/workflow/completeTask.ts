/**
 * Complete task: one update of the Task (test /rev, done state, comment mentioning the coordinator with the
 * account changes and the checklist's final state), then one mail to the client, cc the coordinator, listing
 * the changes.
 */
import { describeError, isConflict } from "../ado/restErrors";
import type { TaskDraft } from "../ado/taskDraftStore";
import { validateAccountChanges } from "../domain/accountChanges";
import { checklistSummaryHtml } from "../domain/checklist";
import { completeTaskPatch } from "../domain/patches";
import { renderSubject, renderTemplate, type TemplateValues } from "../domain/templates";
import { actAgain, judgeConflict } from "./conflicts";
import type { DeskServices } from "./deskServices";
import { formatWhen } from "./format";
import { mailFailureText } from "./mailFailure";
import { type ActionOutcome, already, done, failed } from "./outcome";
import { isDoneCategory, loadTaskView, type TaskView } from "./taskView";
import { templateValues } from "./templateValues";

export function completeTaskBlocker(view: TaskView, draft: TaskDraft, now?: Date): string | undefined {
  if (isDoneCategory(view.stateCategory))
    return `Already completed by ${view.changedBy}, ${formatWhen(view.changedDate, now)}.`;
  if (!view.request) return view.requestProblem;
  if (!view.request.actionStates) return view.request.stateProblems[0];
  if (!view.request.coordinator)
    return "No coordinator to tell: choose one in Project settings > User Management Desk, or assign the request to the coordinator.";
  const problems = validateAccountChanges(draft.changes);
  if (problems.length > 0) {
    const p = problems[0];
    return p.index < 0 ? p.message : `Account change ${p.index + 1}: ${p.message}`;
  }
  return undefined;
}

/** The placeholder values of the completion comment and mail: the request plus what staff recorded. */
function completionValues(services: DeskServices, view: TaskView, draft: TaskDraft): TemplateValues {
  const request = view.request!;
  return templateValues(services, request, {
    accountChanges: draft.changes,
    reassignments: request.details?.type === "reassign" ? request.details.accounts : undefined,
    staffMember: { id: services.user.id, displayName: services.user.displayName },
  });
}

async function mailClient(
  services: DeskServices,
  view: TaskView,
  values: TemplateValues,
): Promise<ActionOutcome> {
  const request = view.request!;
  const coordinator = request.coordinator!;
  const template = request.settings.settings.templates.completionMail;
  const client = request.clientIdentity;
  try {
    await services.workItems.sendMail({
      to: client ? [client.id] : [coordinator.id],
      cc: client && client.id !== coordinator.id ? [coordinator.id] : [],
      subject: renderSubject(template.subject, values),
      bodyHtml: renderTemplate(template.body, values),
      workItemIds: [request.id, view.id],
    });
  } catch (e) {
    return {
      kind: "failed",
      message: `The task is completed, but the e-mail to the client failed. ${mailFailureText(e, coordinator)}`,
      retryLabel: "Send the e-mail again",
      retry: () => mailClient(services, view, values),
    };
  }
  return done(
    client
      ? `Completed. ${client.displayName} was e-mailed the account changes (copy to ${coordinator.displayName}).`
      : `Completed. The client is not a member of this organization, so the e-mail went to ${coordinator.displayName} to forward.`,
  );
}

export async function completeTask(
  services: DeskServices,
  view: TaskView,
  draft: TaskDraft,
): Promise<ActionOutcome> {
  const blocker = completeTaskBlocker(view, draft, services.now());
  if (blocker) return isDoneCategory(view.stateCategory) ? already(blocker) : failed(blocker);
  const request = view.request!;
  const values = completionValues(services, view, draft);
  // The comment also records how far the runbook was ticked, so the Task itself keeps that trail.
  const commentHtml =
    renderTemplate(request.settings.settings.templates.taskCompleteComment, values) +
    checklistSummaryHtml(view.checklist, draft.checked);
  try {
    await services.workItems.update(
      view.id,
      completeTaskPatch({ rev: view.rev, state: request.actionStates!.taskDone, commentHtml }),
    );
  } catch (e) {
    if (!isConflict(e)) return failed(describeError(e, "complete the task"));
    let fresh: TaskView;
    try {
      fresh = await loadTaskView(services, view.id);
    } catch {
      return failed(describeError(e, "complete the task"));
    }
    const verdict = judgeConflict(e, fresh, {
      doneBy: (v) => (isDoneCategory(v.stateCategory) ? v.changedBy : undefined),
      me: services.user.displayName,
      blocker: (v) =>
        isDoneCategory(v.stateCategory) ? completeTaskBlocker(v, draft, services.now()) : undefined,
    });
    if (verdict.kind === "settled") return verdict.outcome;
    if (verdict.kind === "retry")
      return actAgain("complete the task", "completing", "Complete task now", () =>
        completeTask(services, verdict.fresh, draft),
      );
  }
  return mailClient(services, view, values);
}
