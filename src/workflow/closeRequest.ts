/** Close request: one update (test /rev, a Completed-category state, comment telling the client it is done). */
import { describeError, isConflict } from "../ado/restErrors";
import { closePatch } from "../domain/patches";
import { renderTemplate } from "../domain/templates";
import { actAgain, judgeConflict } from "./conflicts";
import type { DeskServices } from "./deskServices";
import { formatWhen } from "./format";
import { type ActionOutcome, already, done, failed } from "./outcome";
import { loadRequestView, type RequestView } from "./requestView";
import { templateValues } from "./templateValues";

export function closeRequestBlocker(view: RequestView, now?: Date): string | undefined {
  if (view.stage === "Closed") {
    const closed = view.events.find((e) => e.stage === "Closed");
    return closed
      ? `Already closed by ${closed.by}, ${formatWhen(closed.at, now)}.`
      : "The request is already closed.";
  }
  if (!view.actionStates) return view.stateProblems[0];
  return undefined;
}

/** A warning to confirm before closing, when staff tasks are still open. */
export function closeWarning(view: RequestView): string | undefined {
  const open = view.tasks.filter((t) => t.stateCategory !== "Completed" && t.stateCategory !== "Removed");
  if (open.length === 0) return undefined;
  const list = open.map((t) => `#${t.id} (${t.state}, ${t.assignedTo || "unassigned"})`).join(", ");
  return `${open.length === 1 ? "A staff task is" : "Staff tasks are"} still open: ${list}. Close the request anyway?`;
}

export async function closeRequest(services: DeskServices, view: RequestView): Promise<ActionOutcome> {
  const blocker = closeRequestBlocker(view, services.now());
  if (blocker) return already(blocker);
  const commentHtml = renderTemplate(
    view.settings.settings.templates.closeComment,
    templateValues(services, view),
  );
  try {
    await services.workItems.update(
      view.id,
      closePatch({ rev: view.rev, state: view.actionStates!.close, commentHtml }),
    );
  } catch (e) {
    if (!isConflict(e)) return failed(describeError(e, "close the request"));
    let fresh: RequestView;
    try {
      fresh = await loadRequestView(services, view.id, view.settings);
    } catch {
      return failed(describeError(e, "close the request"));
    }
    const verdict = judgeConflict(e, fresh, {
      doneBy: (v) => (v.stage === "Closed" ? v.events.find((ev) => ev.stage === "Closed")?.by : undefined),
      me: services.user.displayName,
      blocker: (v) => closeRequestBlocker(v, services.now()),
    });
    if (verdict.kind === "settled") return verdict.outcome;
    if (verdict.kind === "retry") {
      // A task opened meanwhile was not part of what the person confirmed: let them look first.
      const warning = closeWarning(verdict.fresh);
      if (warning && warning !== closeWarning(view))
        return failed(
          `Could not close the request: someone else changed it at the same moment. ${warning.replace(/ Close the request anyway\?$/, "")} Reload the work item and check before closing.`,
        );
      return actAgain("close the request", "closing", "Close request now", () =>
        closeRequest(services, verdict.fresh),
      );
    }
  }
  const warnings = view.clientIdentity
    ? []
    : [`${view.clientEmail || "The client"} was not notified: they are not a member of this organization.`];
  return done(
    warnings.length ? "Closed." : "Closed. The client was told their request has been completed.",
    warnings,
  );
}
