/**
 * Create staff task: one call that creates a Task assigned to the chosen staff member (area, iteration and a
 * description holding the request details and its checklist) and links it under the request, saved together.
 */
import type { Identity } from "../ado/identities";
import { describeError, isConflict, outcomeUnknown, PartlySavedError } from "../ado/restErrors";
import { NEW_ITEM_ID } from "../ado/workItemBatch";
import { checklistFor } from "../domain/checklist";
import { escapeHtml } from "../domain/html";
import { childLinkPatch, createTaskDocument } from "../domain/patches";
import { requestDescriptionHtml } from "../domain/requestFormat";
import { actAgain, judgeConflict } from "./conflicts";
import type { DeskServices } from "./deskServices";
import { formatWhen } from "./format";
import { type ActionOutcome, already, done, failed } from "./outcome";
import { STAFF_TASK_TAG } from "./recognition";
import { loadRequestView, type RequestView, type TaskSummary } from "./requestView";

export function createStaffTaskBlocker(
  view: RequestView,
  assignee: Identity | undefined,
): string | undefined {
  if (view.stage === "Closed") return "The request is closed.";
  if (view.stage === "Submitted") return "Acknowledge the request first.";
  if (!view.details) return view.detailsProblem;
  const open = view.tasks.find((t) => t.stateCategory !== "Completed" && t.stateCategory !== "Removed");
  if (open) return `A staff task is already open: #${open.id}, assigned to ${open.assignedTo || "nobody"}.`;
  if (!assignee) return "Choose the staff member who does the work.";
  return undefined;
}

export function staffTaskTitle(view: RequestView): string {
  const title = `Staff task #${view.id}: ${view.title}`;
  return title.length > 255 ? title.slice(0, 254) + "…" : title;
}

export function staffTaskDescription(services: DeskServices, view: RequestView): string {
  const details = view.details!;
  const checklist = checklistFor(details)
    .map((item) => `<li>${escapeHtml(item.text)}</li>`)
    .join("");
  return [
    `<p>Staff task of request <a href="${escapeHtml(services.workItemUrl(view.id))}">#${view.id}</a>. `,
    `Record the account changes and tick the checklist in the User management panel, then choose Complete task.</p>`,
    requestDescriptionHtml(details),
    `<h4>Checklist</h4><ul>${checklist}</ul>`,
  ].join("");
}

/** The staff task a re-read request has that the person did not see, if any. */
const newTaskOf = (fresh: RequestView, known: Set<number>): TaskSummary | undefined =>
  fresh.tasks.find((t) => !known.has(t.id));

export async function createStaffTask(
  services: DeskServices,
  view: RequestView,
  assignee: Identity | undefined,
): Promise<ActionOutcome> {
  const blocker = createStaffTaskBlocker(view, assignee);
  if (blocker) return already(blocker);
  const created = (id: number) => done(`Created staff task #${id} for ${assignee!.displayName}.`);
  const document = createTaskDocument({
    title: staffTaskTitle(view),
    assignedTo: assignee!.uniqueName,
    areaPath: view.areaPath,
    iterationPath: view.iterationPath,
    descriptionHtml: staffTaskDescription(services, view),
    tags: [STAFF_TASK_TAG],
  });
  try {
    // One bulk save: the task, and the request's Child link to it guarded by the revision this view read.
    // If anyone changed the request since (another tab, a colleague creating a task at this very moment),
    // the link is refused and the task with it, so one request never gets two tasks by accident.
    const task = await services.workItems.createWithUpdate(view.settings.settings.taskType, document, {
      id: view.id,
      document: childLinkPatch({ rev: view.rev, childUrl: services.workItemApiUrl(NEW_ITEM_ID) }),
    });
    return created(task.id);
  } catch (e) {
    if (e instanceof PartlySavedError) return partlySaved(e, view);
    const known = new Set(view.tasks.map((t) => t.id));
    if (isConflict(e)) {
      let fresh: RequestView;
      try {
        fresh = await loadRequestView(services, view.id, view.settings);
      } catch {
        return failed(describeError(e, "create the staff task"));
      }
      const added = newTaskOf(fresh, known);
      const verdict = judgeConflict(e, fresh, {
        doneBy: () => added?.createdBy,
        me: services.user.displayName,
        blocker: (v) =>
          added
            ? `${added.createdBy} created staff task #${added.id} at ${formatWhen(added.createdDate, services.now())}. Open it instead.`
            : createStaffTaskBlocker(v, assignee),
      });
      if (verdict.kind === "ours") return created(added!.id);
      if (verdict.kind === "settled") return verdict.outcome;
      return actAgain("create the staff task", "a staff task", "Create staff task now", () =>
        createStaffTask(services, verdict.fresh, assignee),
      );
    }
    if (outcomeUnknown(e)) {
      // The answer was lost: the task may be there. Look before offering to try again.
      try {
        const added = newTaskOf(await loadRequestView(services, view.id, view.settings), known);
        if (added && added.createdBy === services.user.displayName) return created(added.id);
      } catch {
        // Fall through to the failure below; the person can check and retry.
      }
    }
    return failed(describeError(e, "create the staff task"));
  }
}

/** A service that saved the task but not its link (not all or nothing after all): say so and what to do. */
function partlySaved(e: PartlySavedError, view: RequestView): ActionOutcome {
  const task = e.saved[0] as { id?: number } | undefined;
  const which = task?.id ? `#${task.id}` : "a task";
  return failed(
    `Staff task ${which} was created, but Azure DevOps did not link it under request #${view.id} (${e.message}). Someone may have changed the request at the same moment: reload it, then link ${which} as its child, or delete ${which} if another staff task is there already.`,
  );
}
