/**
 * Everything a request panel or hub row shows and acts on, read from Azure DevOps in one go: the request,
 * its staff tasks, its history (who did each step and when), the project's settings and states, and
 * whether the client can be notified.
 */
import type { Identity } from "../ado/identities";
import type { LoadedSettings } from "../ado/settingsStore";
import { relationTargetId, type WorkItem, type WorkItemUpdate } from "../ado/workItemsApi";
import { parseRequestDescription } from "../domain/requestFormat";
import type { RequestDetails } from "../domain/requestTypes";
import type { Interval } from "../domain/sla/businessCalendar";
import { waitingIntervals } from "../domain/sla/waiting";
import { deriveStage, type Stage, type StageEvent, stageEvents } from "../domain/stages";
import { type ActionStates, categoryOf, resolveActionStates, type WorkItemState } from "../domain/states";
import type { DeskServices } from "./deskServices";
import { displayNameOf, identityOf } from "./identityFields";
import { tagsOf } from "./recognition";

export interface TaskSummary {
  id: number;
  title: string;
  state: string;
  stateCategory: string | undefined;
  assignedTo: string;
  createdBy: string;
  createdDate: string;
  changedBy: string;
  changedDate: string;
}

export interface RequestView {
  id: number;
  rev: number;
  title: string;
  workItemType: string;
  state: string;
  stateCategory: string | undefined;
  areaPath: string;
  iterationPath: string;
  tags: string[];
  assignedTo: string;
  details: RequestDetails | undefined;
  /** Why the details could not be read, when they could not. */
  detailsProblem: string | undefined;
  clientName: string;
  clientEmail: string;
  /** The client's organization identity; undefined when the e-mail belongs to no member (or while unknown). */
  clientIdentity: Identity | undefined;
  /**
   * True once the history (stage events) and the client's membership were read; until then `events` lack
   * who and when, and `clientIdentity` is not yet known.
   */
  complete: boolean;
  /** The coordinator from settings, else the person the request is assigned to. */
  coordinator: Identity | undefined;
  tasks: TaskSummary[];
  stage: Stage;
  events: StageEvent[];
  settings: LoadedSettings;
  /** undefined when the configured states do not exist in the process; see stateProblems. */
  actionStates: ActionStates | undefined;
  stateProblems: string[];
  intakeStates: WorkItemState[];
  taskStates: WorkItemState[];
  /**
   * When the request waited on the client (settings' SLA waiting marker), from its history; a span still
   * open ends at Infinity. Undefined when the history was not read.
   */
  waitingSpans: Interval[] | undefined;
}

const str = (v: unknown): string =>
  typeof v === "string" ? v : v === undefined || v === null ? "" : String(v);
const isDone = (category: string | undefined) => category === "Completed" || category === "Removed";

function childIds(item: WorkItem): number[] {
  return (item.relations ?? [])
    .filter((r) => r.rel === "System.LinkTypes.Hierarchy-Forward")
    .map((r) => relationTargetId(r.url))
    .filter((id): id is number => id !== undefined);
}

export function parentId(item: WorkItem): number | undefined {
  const parent = (item.relations ?? []).find((r) => r.rel === "System.LinkTypes.Hierarchy-Reverse");
  return parent ? relationTargetId(parent.url) : undefined;
}

export async function identityFor(services: DeskServices, value: unknown): Promise<Identity | undefined> {
  const ref = identityOf(value);
  if (!ref) return undefined;
  if (ref.id && ref.uniqueName)
    return { id: ref.id, displayName: ref.displayName ?? ref.uniqueName, uniqueName: ref.uniqueName };
  return ref.uniqueName ? services.identities.byEmail(ref.uniqueName) : undefined;
}

/** Assembles a view from what was read; pure, so the hub can build many views from batch reads. */
export function buildRequestView(input: {
  item: WorkItem;
  tasks: WorkItem[];
  updates: WorkItemUpdate[];
  settings: LoadedSettings;
  intakeStates: WorkItemState[];
  taskStates: WorkItemState[];
  clientIdentity: Identity | undefined;
  coordinator: Identity | undefined;
  /** False while the history and the client's membership are still being read. */
  complete?: boolean;
}): RequestView {
  const { item, settings, intakeStates, taskStates } = input;
  const f = item.fields;
  const tags = tagsOf(f);
  const parsed = parseRequestDescription(str(f["System.Description"]), tags);
  const resolved = resolveActionStates(intakeStates, taskStates, settings.settings.states);
  const state = str(f["System.State"]);
  const stateCategory = categoryOf(intakeStates, state);
  const tasks: TaskSummary[] = input.tasks.map((t) => ({
    id: t.id,
    title: str(t.fields["System.Title"]),
    state: str(t.fields["System.State"]),
    stateCategory: categoryOf(taskStates, str(t.fields["System.State"])),
    assignedTo: displayNameOf(t.fields["System.AssignedTo"]),
    createdBy: displayNameOf(t.fields["System.CreatedBy"]),
    createdDate: str(t.fields["System.CreatedDate"]),
    changedBy: displayNameOf(t.fields["System.ChangedBy"]),
    changedDate: str(t.fields["System.ChangedDate"]),
  }));
  const acknowledgeState = resolved.ok ? resolved.states.acknowledge : "";
  const details = parsed.ok ? parsed.details : undefined;
  return {
    id: item.id,
    rev: item.rev,
    title: str(f["System.Title"]),
    workItemType: str(f["System.WorkItemType"]),
    state,
    stateCategory,
    areaPath: str(f["System.AreaPath"]),
    iterationPath: str(f["System.IterationPath"]),
    tags,
    assignedTo: displayNameOf(f["System.AssignedTo"]),
    details,
    detailsProblem: parsed.ok ? undefined : parsed.problem,
    clientName: details?.client.name ?? "",
    clientEmail: details?.client.email ?? "",
    clientIdentity: input.clientIdentity,
    complete: input.complete ?? true,
    coordinator: input.coordinator,
    tasks,
    stage: deriveStage({ stateCategory, state, acknowledgeState, tasks }),
    events: stageEvents({
      createdBy: displayNameOf(f["System.CreatedBy"]),
      createdDate: str(f["System.CreatedDate"]),
      updates: input.updates.map((u) => ({
        revisedBy: u.revisedBy?.displayName ?? "",
        revisedDate: u.revisedDate,
        fields: u.fields,
      })),
      intakeStates,
      acknowledgeState,
      tasks: tasks.map((t) => ({
        createdBy: t.createdBy,
        createdDate: t.createdDate,
        closedBy: isDone(t.stateCategory) ? t.changedBy : undefined,
        closedDate: isDone(t.stateCategory) ? t.changedDate : undefined,
      })),
    }),
    settings,
    actionStates: resolved.ok ? resolved.states : undefined,
    stateProblems: resolved.ok ? [] : resolved.errors.map((e) => e.message),
    intakeStates,
    taskStates,
    // Every work item has at least its creation update, so no updates means the history was not read.
    waitingSpans: input.updates.length
      ? waitingIntervals(settings.settings.sla?.waiting ?? {}, input.updates, Infinity)
      : undefined,
  };
}

export interface RequestLoadOptions {
  /** Settings the caller already read (or is reading), so a frame reads them once. */
  settings?: LoadedSettings | Promise<LoadedSettings>;
  /**
   * The request's child ids as the open form knows them (no REST call): the request and its tasks then come
   * in one batch read instead of a read and a batch.
   */
  childIds?: number[];
}

/**
 * A request read in two steps: `view` holds what the actions need (the request, its tasks, settings,
 * states); `complete()` adds the history (who did each step, when) and whether the client is a member,
 * which a panel shows a moment later and an action waits for.
 */
export interface RequestLoad {
  view: RequestView;
  complete(): Promise<RequestView>;
}

/** The item a batch read was asked for; a batch leaves out what is missing or hidden instead of failing. */
export function requireRead(read: WorkItem[], id: number): WorkItem {
  const item = read.find((w) => w.id === id);
  if (!item) throw new Error(`Work item ${id} does not exist, or you do not have permission to read it.`);
  return item;
}

/** A RequestLoad that can also complete without the history, for a task panel's parent request. */
export interface ParentRequestLoad extends RequestLoad {
  clientOnly(): Promise<RequestView>;
}

async function readRequestAndTasks(
  services: DeskServices,
  id: number,
  knownChildIds: number[] | undefined,
): Promise<{ item: WorkItem; children: WorkItem[] }> {
  if (knownChildIds === undefined) {
    const item = await services.workItems.get(id, "relations");
    const ids = childIds(item);
    return { item, children: ids.length ? await services.workItems.getMany(ids) : [] };
  }
  const read = await services.workItems.getMany([id, ...knownChildIds.filter((c) => c !== id)]);
  const item = requireRead(read, id);
  // The stored links decide; the form may hold links not saved yet, or miss ones added elsewhere.
  const ids = childIds(item);
  const children = read.filter((w) => ids.includes(w.id));
  const missing = ids.filter((c) => !children.some((w) => w.id === c));
  return {
    item,
    children: missing.length ? [...children, ...(await services.workItems.getMany(missing))] : children,
  };
}

/** Reads one request: what its actions need first, and the rest on `complete()`. */
export async function startRequestLoad(
  services: DeskServices,
  id: number,
  options: RequestLoadOptions = {},
): Promise<RequestLoad> {
  const [{ item, children }, settings] = await Promise.all([
    readRequestAndTasks(services, id, options.childIds),
    options.settings ?? services.settings.load(),
    // Starts the one type-list read that typeStates() shares, alongside the reads above.
    services.workItems.types().catch(() => []),
  ]);
  return requestLoadFrom(services, item, children, settings);
}

/** A RequestLoad for a request already read with (some of) its children; `clientOnly()` skips the history. */
export async function requestLoadFrom(
  services: DeskServices,
  item: WorkItem,
  children: WorkItem[],
  settings: LoadedSettings,
): Promise<ParentRequestLoad> {
  const type = str(item.fields["System.WorkItemType"]);
  const [intakeStates, taskStates, coordinator] = await Promise.all([
    services.workItems.typeStates(type),
    services.workItems.typeStates(settings.settings.taskType),
    settings.settings.coordinator
      ? Promise.resolve<Identity | undefined>(settings.settings.coordinator)
      : identityFor(services, item.fields["System.AssignedTo"]),
  ]);
  const tasks = children.filter((c) => str(c.fields["System.WorkItemType"]) === settings.settings.taskType);
  const input = { item, tasks, settings, intakeStates, taskStates, coordinator };
  const view = buildRequestView({ ...input, updates: [], clientIdentity: undefined, complete: false });
  const client = () => services.identities.byEmail(view.clientEmail);
  let completed: Promise<RequestView> | undefined;
  let clientKnown: Promise<RequestView> | undefined;
  return {
    view,
    complete() {
      completed ??= Promise.all([services.workItems.updates(item.id), client()]).then(
        ([updates, clientIdentity]) =>
          buildRequestView({ ...input, updates, clientIdentity, complete: true }),
      );
      return completed;
    },
    clientOnly() {
      clientKnown ??= client().then((clientIdentity) =>
        buildRequestView({ ...input, updates: [], clientIdentity, complete: true }),
      );
      return clientKnown;
    },
  };
}

/** Reads one request and everything its panel shows. */
export async function loadRequestView(
  services: DeskServices,
  id: number,
  settings?: LoadedSettings,
): Promise<RequestView> {
  return (await startRequestLoad(services, id, { settings })).complete();
}
