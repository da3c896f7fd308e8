/**
 * Create staff task: one create of a Task assigned to the chosen staff member, with the parent link, area,
 * iteration and a description holding the request details and its checklist, all in the same call.
 */
import type { Identity } from "../ado/identities";
import { describeError, NetworkError, outcomeUnknown, RestError } from "../ado/restErrors";
import type { TaskClaim } from "../ado/taskClaimStore";
import { checklistFor } from "../domain/checklist";
import { escapeHtml } from "../domain/html";
import { createTaskDocument } from "../domain/patches";
import { requestDescriptionHtml } from "../domain/requestFormat";
import type { DeskServices } from "./deskServices";
import { formatWhen } from "./format";
import { type ActionOutcome, already, done, failed } from "./outcome";
import { STAFF_TASK_TAG } from "./recognition";
import { childIds, type RequestView } from "./requestView";
import { type ClaimResult, claimTaskCreation } from "./taskClaim";

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

/** Someone else claimed the create: name the task they made, or say they are making it now. */
async function claimTaken(
  services: DeskServices,
  view: RequestView,
  known: Set<number>,
  claim: TaskClaim,
): Promise<ActionOutcome> {
  try {
    const after = await services.workItems.get(view.id, "relations");
    const created = childIds(after).filter((id) => !known.has(id));
    if (created.length > 0)
      return already(
        `${claim.by.displayName} created staff task #${created[0]} at ${formatWhen(claim.at, services.now())}. Open it instead.`,
      );
  } catch {
    // Say what is known: the claim.
  }
  return already(
    `${claim.by.displayName} is creating a staff task for this request at this moment (since ${formatWhen(claim.at, services.now())}). Reload in a moment to see it.`,
  );
}

export async function createStaffTask(
  services: DeskServices,
  view: RequestView,
  assignee: Identity | undefined,
): Promise<ActionOutcome> {
  const blocker = createStaffTaskBlocker(view, assignee);
  if (blocker) return already(blocker);
  // Someone may have created a task since this view was read (another tab, a colleague): re-read the links
  // so one request never gets two tasks by accident.
  let fresh;
  try {
    fresh = await services.workItems.get(view.id, "relations");
  } catch (e) {
    return failed(describeError(e, "create the staff task"));
  }
  const known = new Set(view.tasks.map((t) => t.id));
  const added = childIds(fresh).filter((id) => !known.has(id));
  if (added.length > 0) {
    const by = String(
      (fresh.fields["System.ChangedBy"] as { displayName?: string })?.displayName ?? "someone",
    );
    return already(
      `${by} created staff task #${added[0]} at ${formatWhen(String(fresh.fields["System.ChangedDate"]), services.now())}. Open it instead.`,
    );
  }
  // The links cannot show a task being created at this very moment by someone else: a claim can.
  let claim: ClaimResult;
  try {
    claim = await claimTaskCreation(
      services,
      view.id,
      [...known].sort((a, b) => a - b),
    );
  } catch (e) {
    return failed(describeError(e, "create the staff task"));
  }
  if (claim.kind === "taken") return claimTaken(services, view, known, claim.claim);
  const document = createTaskDocument({
    title: staffTaskTitle(view),
    assignedTo: assignee!.uniqueName,
    areaPath: view.areaPath,
    iterationPath: view.iterationPath,
    descriptionHtml: staffTaskDescription(services, view),
    parentUrl: services.workItemApiUrl(view.id),
    tags: [STAFF_TASK_TAG],
  });
  try {
    const task = await services.workItems.create(view.settings.settings.taskType, document);
    return done(`Created staff task #${task.id} for ${assignee!.displayName}.`);
  } catch (e) {
    // Only a create that surely did not land frees the claim; after a lost answer it may have landed.
    if (!outcomeUnknown(e)) await claim.release();
    if (e instanceof NetworkError || (e instanceof RestError && e.status >= 500)) {
      // The create may have landed before the answer was lost: look before offering to try again.
      try {
        const after = await services.workItems.get(view.id, "relations");
        const created = childIds(after).filter((id) => !known.has(id));
        if (created.length > 0)
          return done(`Created staff task #${created[0]} for ${assignee!.displayName}.`);
      } catch {
        // Fall through to the failure below; the person can check and retry.
      }
    }
    return failed(describeError(e, "create the staff task"));
  }
}
