/** A staff task with its parent request and what staff recorded on it so far. */
import type { StoredDocument } from "../ado/documentStore";
import type { TaskDraft } from "../ado/taskDraftStore";
import { reassignmentChanges } from "../domain/accountChanges";
import { checklistFor, type ChecklistItem } from "../domain/checklist";
import { categoryOf } from "../domain/states";
import type { DeskServices } from "./deskServices";
import { displayNameOf } from "./identityFields";
import { loadRequestView, parentId, type RequestView } from "./requestView";

export interface TaskView {
  id: number;
  rev: number;
  title: string;
  state: string;
  stateCategory: string | undefined;
  assignedTo: string;
  changedBy: string;
  changedDate: string;
  /** The parent request; undefined when the task has no readable parent request. */
  request: RequestView | undefined;
  requestProblem: string | undefined;
  draft: StoredDocument<TaskDraft>;
  checklist: ChecklistItem[];
}

const str = (v: unknown) => (typeof v === "string" ? v : v == null ? "" : String(v));

export const isDoneCategory = (c: string | undefined) => c === "Completed" || c === "Removed";

export async function loadTaskView(services: DeskServices, id: number): Promise<TaskView> {
  const [task, stored] = await Promise.all([
    services.workItems.get(id, "relations"),
    services.drafts.read(String(id)),
  ]);
  const parent = parentId(task);
  let request: RequestView | undefined;
  let requestProblem: string | undefined;
  if (parent === undefined) requestProblem = "This staff task has no parent request.";
  else {
    try {
      request = await loadRequestView(services, parent);
    } catch (e) {
      requestProblem = `The parent request #${parent} could not be read: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  const details = request?.details;
  // A reassignment starts with its changes filled in from the request, so staff confirm rather than type.
  const draft: TaskDraft = stored.value ?? {
    changes: details?.type === "reassign" ? reassignmentChanges(details.accounts) : [],
    checked: [],
  };
  const state = str(task.fields["System.State"]);
  return {
    id: task.id,
    rev: task.rev,
    title: str(task.fields["System.Title"]),
    state,
    stateCategory: request ? categoryOf(request.taskStates, state) : undefined,
    assignedTo: displayNameOf(task.fields["System.AssignedTo"]),
    changedBy: displayNameOf(task.fields["System.ChangedBy"]),
    changedDate: str(task.fields["System.ChangedDate"]),
    request,
    requestProblem,
    draft: { value: draft, etag: stored.etag },
    checklist: details ? checklistFor(details) : [],
  };
}
