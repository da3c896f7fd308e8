/** A staff task with its parent request and what staff recorded on it so far. */
import type { StoredDocument } from "../ado/documentStore";
import type { LoadedSettings } from "../ado/settingsStore";
import type { TaskDraft } from "../ado/taskDraftStore";
import type { WorkItem } from "../ado/workItemsApi";
import { reassignmentChanges } from "../domain/accountChanges";
import { checklistFor, type ChecklistItem } from "../domain/checklist";
import { may } from "../domain/roles";
import { categoryOf } from "../domain/states";
import type { DeskServices } from "./deskServices";
import { displayNameOf } from "./identityFields";
import {
  parentId,
  type ParentRequestLoad,
  requestLoadFrom,
  type RequestView,
  requireRead,
} from "./requestView";
import { viewerOf } from "./viewer";

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

export interface TaskLoadOptions {
  settings?: LoadedSettings | Promise<LoadedSettings>;
  /** The parent's id as the open form knows it (no REST call): the task and its parent then come in one read. */
  parentId?: number;
}

/** A task read in two steps, like RequestLoad: `complete()` adds whether the client is a member. */
export interface TaskLoad {
  view: TaskView;
  complete(): Promise<TaskView>;
}

const parentUnreadable = (parent: number, e: unknown) =>
  `The parent request #${parent} could not be read: ${e instanceof Error ? e.message : String(e)}`;

async function readTaskAndParent(
  services: DeskServices,
  id: number,
  knownParent: number | undefined,
): Promise<{ task: WorkItem; parent: WorkItem | undefined; parentProblem?: string }> {
  if (knownParent !== undefined) {
    const read = await services.workItems.getMany([id, knownParent]);
    const task = requireRead(read, id);
    // The stored link decides; the form may show a link that is not saved yet.
    if (parentId(task) === knownParent) {
      const parent = read.find((w) => w.id === knownParent);
      return parent
        ? { task, parent }
        : {
            task,
            parent,
            parentProblem: parentUnreadable(
              knownParent,
              new Error("you may not have permission to read it."),
            ),
          };
    }
    return readParentOf(services, task);
  }
  return readParentOf(services, await services.workItems.get(id, "relations"));
}

async function readParentOf(
  services: DeskServices,
  task: WorkItem,
): Promise<{ task: WorkItem; parent: WorkItem | undefined; parentProblem?: string }> {
  const parent = parentId(task);
  if (parent === undefined)
    return { task, parent: undefined, parentProblem: "This staff task has no parent request." };
  try {
    return { task, parent: await services.workItems.get(parent, "relations") };
  } catch (e) {
    return { task, parent: undefined, parentProblem: parentUnreadable(parent, e) };
  }
}

/**
 * The task's saved draft and the settings, side by side. Only staff may read drafts (a Stakeholder cannot
 * read extension data at all), so a draft that could not be read is an error only for someone who works
 * tasks; anyone else sees the task without it.
 */
async function readDraftAndSettings(
  services: DeskServices,
  id: number,
  given: TaskLoadOptions["settings"],
): Promise<{ stored: StoredDocument<TaskDraft | undefined>; settings: LoadedSettings }> {
  const [draft, settings] = await Promise.allSettled([
    services.drafts.read(String(id)),
    given ?? services.settings.load(),
  ]);
  if (settings.status === "rejected") throw settings.reason;
  if (draft.status === "fulfilled") return { stored: draft.value, settings: settings.value };
  const viewer = await viewerOf(services, settings.value);
  if (may(viewer, "completeTask")) throw draft.reason;
  return { stored: { value: undefined, etag: undefined }, settings: settings.value };
}

/**
 * Reads a staff task for its panel in four calls side by side: the task and its parent request in one
 * batch (when the form gives the parent's id), the settings (a project property), the saved draft, and the
 * type list with every type's states. The parent's other tasks are not read: the panel shows the parent's stage as
 * far as this task tells it. Nothing is shown before all three are in, so Complete task never acts on
 * defaults standing in for settings, and the draft is never replaced under what someone typed.
 */
export async function startTaskLoad(
  services: DeskServices,
  id: number,
  options: TaskLoadOptions = {},
): Promise<TaskLoad> {
  const [{ task, parent, parentProblem }, { stored, settings }] = await Promise.all([
    readTaskAndParent(services, id, options.parentId),
    readDraftAndSettings(services, id, options.settings),
    // Starts the one type-list read that typeStates() (and default settings) share, alongside the reads above.
    services.workItems.types().catch(() => []),
  ]);
  let request: ParentRequestLoad | undefined;
  let requestProblem = parentProblem;
  if (parent) {
    try {
      request = await requestLoadFrom(services, parent, [task], settings);
    } catch (e) {
      requestProblem = parentUnreadable(parent.id, e);
    }
  }
  const build = (requestView: RequestView | undefined) =>
    taskViewOf(task, stored, requestView, requestView ? undefined : requestProblem);
  const view = build(request?.view);
  let completed: Promise<TaskView> | undefined;
  return {
    view,
    complete() {
      completed ??= request ? request.clientOnly().then(build) : Promise.resolve(view);
      return completed;
    },
  };
}

export async function loadTaskView(services: DeskServices, id: number): Promise<TaskView> {
  return (await startTaskLoad(services, id)).complete();
}

function taskViewOf(
  task: WorkItem,
  stored: StoredDocument<TaskDraft | undefined>,
  request: RequestView | undefined,
  requestProblem: string | undefined,
): TaskView {
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
