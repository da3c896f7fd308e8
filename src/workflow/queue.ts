/**
 * The hub's request queue: requests and their staff tasks read with keyset-paged WIQL and 200-item batch
 * reads (only the fields the queue shows), each row's RequestView built with `buildRequestView` so row
 * actions use the very same blockers as the form panel. Filtering, sorting and grouping are pure.
 */
import type { LoadedSettings } from "../ado/settingsStore";
import { BATCH_SIZE, type WorkItem } from "../ado/workItemsApi";
import type { RequestTypeKey } from "../domain/requestTypes";
import { requestTypeInfo } from "../domain/requestTypes";
import { needsAttention, type RequestClocks } from "../domain/sla/slaClock";
import { waitingIntervals } from "../domain/sla/waiting";
import { type Stage, STAGES } from "../domain/stages";
import type { WorkItemState } from "../domain/states";
import type { DeskServices } from "./deskServices";
import {
  clientTag,
  closedRequestsPageWiql,
  everWaitingPageWiql,
  openRequestsPageWiql,
  queryAllIds,
  requestsPageWiql,
  staffTasksPageWiql,
} from "./queueWiql";
import { requestSla } from "./requestSla";
import { buildRequestView, type RequestView } from "./requestView";
import { type Triage, triageOf } from "./triage";
import { formatSpan, turnaroundMs } from "./turnaround";

/**
 * What a row shows, filters, sorts and blocks its actions on. Not the identity fields (Assigned To, Created
 * By, Changed By): each is a whole identity reference, together almost half of a batch's bytes, and no row
 * shows them; a row action reads its request again in full before it acts.
 */
export const REQUEST_FIELDS = [
  "System.Id",
  "System.Title",
  "System.State",
  "System.WorkItemType",
  "System.AreaPath",
  "System.IterationPath",
  "System.Tags",
  "System.CreatedDate",
  "System.ChangedDate",
  "System.Description",
  "Microsoft.VSTS.Common.StateChangeDate",
  "Microsoft.VSTS.Common.ClosedDate",
];

export const TASK_FIELDS = [
  "System.Id",
  "System.Title",
  "System.State",
  "System.WorkItemType",
  "System.AssignedTo",
  "System.CreatedBy",
  "System.CreatedDate",
  "System.ChangedBy",
  "System.ChangedDate",
  "System.Parent",
];

export interface QueueContext {
  settings: LoadedSettings;
  intakeStates: WorkItemState[];
  taskStates: WorkItemState[];
}

export interface QueueRow {
  id: number;
  title: string;
  typeKey: RequestTypeKey | undefined;
  typeLabel: string;
  service: string;
  clientName: string;
  clientEmail: string;
  stage: Stage;
  createdDate: string;
  /** When the request entered its current stage. */
  stageSince: string;
  /** When a closed request was closed (empty while open): Closed Date as Azure DevOps stamps it. */
  closedDate: string;
  /** Submitted → closed, for a closed request. */
  turnaroundMs: number | undefined;
  /** Whoever does the work: the open (else the latest) staff task's assignee. */
  staffAssignee: string;
  triage: Triage | undefined;
  /** The service-level clocks as of when the row was read; undefined when its type has no target. */
  sla: RequestClocks | undefined;
  view: RequestView;
}

const str = (v: unknown): string => (typeof v === "string" ? v : v == null ? "" : String(v));

export async function loadQueueContext(services: DeskServices): Promise<QueueContext> {
  const settings = await services.settings.load();
  const [intakeStates, taskStates] = await Promise.all([
    services.workItems.typeStates(settings.settings.intakeType),
    services.workItems.typeStates(settings.settings.taskType),
  ]);
  return { settings, intakeStates, taskStates };
}

/** A row from a view; `item` gives the state-change date when the view has no history read. */
export function rowFromView(view: RequestView, item?: WorkItem, now: Date = new Date()): QueueRow {
  const fields = item?.fields ?? {};
  const event = view.events.find((e) => e.stage === view.stage && e.stage !== "Submitted");
  const created = view.events.find((e) => e.stage === "Submitted")?.at ?? str(fields["System.CreatedDate"]);
  const stageSince =
    view.stage === "Submitted"
      ? created
      : (event?.at ??
        (str(fields["Microsoft.VSTS.Common.StateChangeDate"]) ||
          str(fields["System.ChangedDate"]) ||
          created));
  // Closed Date is what Azure DevOps stamps on entering a Completed state; a request set to a Removed state
  // has none, so its state change (or the closing step in its history) stands in.
  const closedDate =
    view.stage !== "Closed"
      ? ""
      : str(fields["Microsoft.VSTS.Common.ClosedDate"]) ||
        (view.events.find((e) => e.stage === "Closed")?.at ?? "") ||
        str(fields["Microsoft.VSTS.Common.StateChangeDate"]);
  const open = view.tasks.find((t) => t.stateCategory !== "Completed" && t.stateCategory !== "Removed");
  const latest = [...view.tasks].sort((a, b) => a.createdDate.localeCompare(b.createdDate)).at(-1);
  const tags = view.tags;
  const typeKey = view.details?.type;
  return {
    id: view.id,
    title: view.title,
    typeKey,
    typeLabel: typeKey ? requestTypeInfo(typeKey).label : "",
    service: view.details?.service ?? "",
    clientName: view.clientName,
    clientEmail: view.clientEmail,
    stage: view.stage,
    createdDate: created,
    stageSince,
    closedDate,
    turnaroundMs: turnaroundMs({ stage: view.stage, createdDate: created, closedDate }),
    staffAssignee: (open ?? latest)?.assignedTo ?? "",
    triage: triageOf(tags),
    sla: requestSla(view, { createdDate: created, closedDate }, fields, now),
    view,
  };
}

/** Builds rows from batch reads: no history, no identity look-ups (actions read those fresh). */
export function buildRows(
  ctx: QueueContext,
  items: WorkItem[],
  tasksByParent: Map<number, WorkItem[]>,
  now: Date = new Date(),
) {
  return items.map((item) =>
    rowFromView(
      buildRequestView({
        item,
        tasks: tasksByParent.get(item.id) ?? [],
        updates: [],
        settings: ctx.settings,
        intakeStates: ctx.intakeStates,
        taskStates: ctx.taskStates,
        clientIdentity: undefined,
        coordinator: ctx.settings.settings.coordinator,
      }),
      item,
      now,
    ),
  );
}

/** How many batch reads the queue keeps in flight: enough to overlap round trips, few enough to spare the server. */
export const READ_CONCURRENCY = 3;

/**
 * Reads many work items in 200-item batches, `concurrency` at a time, and hands each batch to `onBatch` in id
 * order (with how many ids it asked for) as soon as it and every batch before it are read. A batch is not kept once handed on, so a caller
 * that keeps only what it needs of each item never holds all the raw items at once. After a failed read no
 * further batch starts, and the failure is what the returned promise rejects with.
 */
export async function streamBatches(
  services: DeskServices,
  ids: number[],
  fields: string[],
  onBatch: (items: WorkItem[], asked: number) => void,
  concurrency = READ_CONCURRENCY,
): Promise<void> {
  const chunks: number[][] = [];
  for (let i = 0; i < ids.length; i += BATCH_SIZE) chunks.push(ids.slice(i, i + BATCH_SIZE));
  const done: (WorkItem[] | undefined)[] = new Array(chunks.length);
  let next = 0;
  let emitted = 0;
  let failed = false;
  const emit = () => {
    while (emitted < chunks.length && done[emitted]) {
      const batch = done[emitted]!;
      done[emitted] = undefined;
      emitted += 1;
      onBatch(batch, chunks[emitted - 1].length);
    }
  };
  const worker = async () => {
    try {
      while (next < chunks.length && !failed) {
        const index = next++;
        done[index] = await services.workItems.getMany(chunks[index], fields);
        emit();
      }
    } catch (e) {
      failed = true;
      throw e;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, worker));
}

/** Reads many work items in 200-item batches, a few at a time; resolves with all of them, in id order. */
export async function readInBatches(
  services: DeskServices,
  ids: number[],
  fields: string[],
): Promise<WorkItem[]> {
  const all: WorkItem[] = [];
  await streamBatches(services, ids, fields, (items) => all.push(...items));
  return all;
}

/** Staff tasks the reader may see, by parent request id. */
export async function loadTasksByParent(
  services: DeskServices,
  ctx: QueueContext,
): Promise<Map<number, WorkItem[]>> {
  const ids = await queryAllIds(
    (wiql, top) => services.workItems.queryIds(wiql, top),
    (afterId) => staffTasksPageWiql({ afterId }),
  );
  const tasks = await readInBatches(services, ids, TASK_FIELDS);
  const byParent = new Map<number, WorkItem[]>();
  for (const t of tasks) {
    if (str(t.fields["System.WorkItemType"]) !== ctx.settings.settings.taskType) continue;
    const parent = Number(t.fields["System.Parent"]);
    if (!Number.isInteger(parent) || parent <= 0) continue;
    byParent.set(parent, [...(byParent.get(parent) ?? []), t]);
  }
  return byParent;
}

export interface QueueProgress {
  loaded: number;
  total: number;
}

/**
 * Loads the queue (everyone's requests, or one client's when `clientEmail` is given), newest first,
 * calling `onRows` with every row read so far after each batch, so the first rows show at once.
 */
export async function loadQueue(
  services: DeskServices,
  ctx: QueueContext,
  scope: {
    clientEmail?: string;
    /** Only the open requests (the staff queue): closed ones are counted by loadClosedIds, read on demand. */
    openOnly?: boolean;
    /** The staff tasks by parent when the caller reads them already (for closed rows too). */
    tasks?: Promise<Map<number, WorkItem[]>>;
  },
  onRows?: (rows: QueueRow[], progress: QueueProgress) => void,
): Promise<QueueRow[]> {
  const requestTag = ctx.settings.settings.requestTag;
  const doneStates = doneStatesOf(ctx);
  const [ids, tasksByParent] = await Promise.all([
    queryAllIds(
      (wiql, top) => services.workItems.queryIds(wiql, top),
      (afterId) =>
        scope.openOnly
          ? openRequestsPageWiql({ requestTag, doneStates, afterId })
          : requestsPageWiql({ requestTag, afterId, clientEmail: scope.clientEmail }),
    ),
    scope.tasks ?? loadTasksByParent(services, ctx),
  ]);
  const newestFirst = [...ids].sort((a, b) => b - a);
  const rows: QueueRow[] = [];
  const mine = scope.clientEmail?.trim().toLowerCase();
  // Progress counts the ids asked for, not the rows kept: items the reader may not see are left out of a
  // batch, and the progress must still reach its total.
  let asked = 0;
  await streamBatches(services, newestFirst, REQUEST_FIELDS, (items, count) => {
    asked += count;
    const batch = buildRows(ctx, items, tasksByParent, services.now()).filter(
      // A client sees only requests whose client tag is theirs, whatever the API let through.
      (r) =>
        mine === undefined ||
        r.view.tags.some((t) => t.toLowerCase() === clientTag(mine)) ||
        r.clientEmail.toLowerCase() === mine,
    );
    rows.push(...batch);
    onRows?.([...rows], { loaded: asked, total: newestFirst.length });
  });
  if (newestFirst.length === 0) onRows?.([], { loaded: 0, total: 0 });
  const paused = await withWaitingHistory(services, ctx, rows);
  if (paused !== rows) onRows?.([...paused], { loaded: asked, total: newestFirst.length });
  return paused;
}

/** The intake type's done states (Completed and Removed categories): a request in one is closed. */
export const doneStatesOf = (ctx: QueueContext): string[] =>
  ctx.intakeStates.filter((s) => s.category === "Completed" || s.category === "Removed").map((s) => s.name);

/** Ids of the closed requests, newest first: a WIQL count (ids only, keyset-paged), no item read. */
export async function loadClosedIds(services: DeskServices, ctx: QueueContext): Promise<number[]> {
  const requestTag = ctx.settings.settings.requestTag;
  const doneStates = doneStatesOf(ctx);
  const ids = await queryAllIds(
    (wiql, top) => services.workItems.queryIds(wiql, top),
    (afterId) => closedRequestsPageWiql({ requestTag, doneStates, afterId }),
    COUNT_PAGE,
  );
  return ids.sort((a, b) => b - a);
}

/**
 * Ids per page when only counting: just under the 20,000-result cap. Every page costs the server a whole
 * evaluation of the query, and nothing but ids comes back, so 95,000 closed requests take 5 pages, not 10.
 */
export const COUNT_PAGE = 19_999;

/** How many closed requests the hub reads at a time, when the Closed tab or the turnaround needs them. */
export const CLOSED_PAGE = 1000;

/** Rows of the given closed requests, read in batches. */
export async function loadClosedRows(
  services: DeskServices,
  ctx: QueueContext,
  ids: number[],
  tasks: Promise<Map<number, WorkItem[]>>,
): Promise<QueueRow[]> {
  const [items, tasksByParent] = await Promise.all([readInBatches(services, ids, REQUEST_FIELDS), tasks]);
  return buildRows(ctx, items, tasksByParent, services.now());
}

/**
 * Open requests that waited on the client, rebuilt with their history so their clocks leave out every
 * pause, not only the current one: those ever in the waiting state (one WIQL query), and those carrying the
 * waiting tag now (tags have no EVER in WIQL, so a tag removed earlier is only counted by the panel and the
 * report, which read the history). Returns `rows` itself when there is none.
 */
export async function withWaitingHistory(
  services: DeskServices,
  ctx: QueueContext,
  rows: QueueRow[],
): Promise<QueueRow[]> {
  const sla = ctx.settings.settings.sla;
  if (!sla) return rows;
  const wanted = new Set<number>();
  const tag = sla.waiting.tag?.toLowerCase();
  if (tag)
    for (const r of rows)
      if (r.stage !== "Closed" && r.sla && r.view.tags.some((t) => t.toLowerCase() === tag)) wanted.add(r.id);
  if (sla.waiting.state) {
    const state = sla.waiting.state;
    const ever = await queryAllIds(
      (wiql, top) => services.workItems.queryIds(wiql, top),
      (afterId) => everWaitingPageWiql({ requestTag: ctx.settings.settings.requestTag, state, afterId }),
    );
    const open = new Set(rows.filter((r) => r.stage !== "Closed" && r.sla).map((r) => r.id));
    for (const id of ever) if (open.has(id)) wanted.add(id);
  }
  if (wanted.size === 0) return rows;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ids = [...wanted];
  const rebuilt = new Map<number, QueueRow>();
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const row = byId.get(ids[next++])!;
      const updates = await services.workItems.updates(row.id);
      const view = { ...row.view, waitingSpans: waitingIntervals(sla.waiting, updates, Infinity) };
      rebuilt.set(row.id, {
        ...row,
        view,
        sla: requestSla(view, row, {}, services.now()),
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, ids.length) }, worker));
  return rows.map((r) => rebuilt.get(r.id) ?? r);
}

/**
 * The rows a load delivered, with the rows read again since (after a row action, or a new request) in place
 * of theirs: a load that began earlier must not bring back what the person just changed. A row read again
 * that the load does not hold (a request created meanwhile) comes first.
 */
export function withFresherRows(rows: QueueRow[], fresher: ReadonlyMap<number, QueueRow>): QueueRow[] {
  if (fresher.size === 0) return rows;
  const held = new Set<number>();
  const merged = rows.map((r) => {
    const f = fresher.get(r.id);
    if (!f) return r;
    held.add(r.id);
    return f;
  });
  const added = [...fresher.values()].filter((r) => !held.has(r.id)).sort((a, b) => b.id - a.id);
  return added.length ? [...added, ...merged] : merged;
}

// ---- filtering, sorting, grouping (pure) ----

export interface QueueFilter {
  type: string;
  service: string;
  client: string;
  text: string;
  /** Only requests whose service-level clock is at risk or overdue. */
  atRisk: boolean;
}

export const EMPTY_FILTER: QueueFilter = { type: "", service: "", client: "", text: "", atRisk: false };

export const isFiltered = (f: QueueFilter): boolean =>
  !!(f.type || f.service || f.client || f.text.trim() || f.atRisk);

/** True when a row's current service-level clock is at risk or overdue. */
export const isAtRisk = (r: QueueRow): boolean => needsAttention(r.sla?.current);

export function filterRows(rows: QueueRow[], f: QueueFilter): QueueRow[] {
  const words = f.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (f.type && r.typeKey !== f.type) return false;
    if (f.service && r.service !== f.service) return false;
    if (f.client && r.clientEmail.toLowerCase() !== f.client.toLowerCase()) return false;
    if (f.atRisk && !isAtRisk(r)) return false;
    if (words.length) {
      const hay = [
        `#${r.id}`,
        String(r.id),
        r.title,
        r.typeLabel,
        r.service,
        r.clientName,
        r.clientEmail,
        r.staffAssignee,
      ]
        .join(" ")
        .toLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

export type SortKey =
  | "id"
  | "title"
  | "type"
  | "service"
  | "client"
  | "age"
  | "inStage"
  | "sla"
  | "turnaround"
  | "staff"
  | "triage";
export const SORT_KEYS: readonly SortKey[] = [
  "id",
  "title",
  "type",
  "service",
  "client",
  "age",
  "inStage",
  "sla",
  "turnaround",
  "staff",
  "triage",
];

export interface QueueSort {
  key: SortKey;
  descending: boolean;
}

export const DEFAULT_SORT: QueueSort = { key: "id", descending: true };

const sortValue = (r: QueueRow, key: SortKey): string | number => {
  switch (key) {
    case "id":
      return r.id;
    case "title":
      return r.title.toLowerCase();
    case "type":
      return r.typeLabel.toLowerCase();
    case "service":
      return r.service.toLowerCase();
    case "client":
      return (r.clientName || r.clientEmail).toLowerCase();
    // Older first when ascending by age: a smaller date means a greater age.
    case "age":
      return -Date.parse(r.createdDate || "") || 0;
    case "inStage":
      return -Date.parse(r.stageSince || "") || 0;
    // Least time left first when ascending; rows without a clock last.
    case "sla":
      return r.sla?.current?.remainingMs ?? Number.MAX_SAFE_INTEGER;
    case "turnaround":
      return r.turnaroundMs ?? -1;
    case "staff":
      return r.staffAssignee.toLowerCase();
    case "triage":
      return r.triage ?? "";
  }
};

export function sortRows(rows: QueueRow[], sort: QueueSort): QueueRow[] {
  const dir = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x < y) return -dir;
    if (x > y) return dir;
    return b.id - a.id;
  });
}

export function countByStage(rows: QueueRow[]): Record<Stage, number> {
  const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (const r of rows) counts[r.stage] += 1;
  return counts;
}

// ---- the filter in the host page's query string, so it survives a reload ----

export interface QueueLocation {
  filter: QueueFilter;
  sort: QueueSort;
  tab: string | undefined;
}

export function locationToParams(l: QueueLocation): Record<string, string> {
  return {
    type: l.filter.type,
    service: l.filter.service,
    client: l.filter.client,
    q: l.filter.text,
    risk: l.filter.atRisk ? "1" : "",
    sort:
      l.sort.key === DEFAULT_SORT.key && l.sort.descending === DEFAULT_SORT.descending
        ? ""
        : `${l.sort.key}${l.sort.descending ? ":desc" : ""}`,
    tab: l.tab ?? "",
  };
}

export function paramsToLocation(p: Record<string, string | undefined>): QueueLocation {
  const [key, dir] = (p.sort ?? "").split(":");
  const sortKey = SORT_KEYS.find((k) => k === key);
  return {
    filter: {
      type: (p.type ?? "").slice(0, 32),
      service: (p.service ?? "").slice(0, 256),
      client: (p.client ?? "").slice(0, 256),
      text: (p.q ?? "").slice(0, 256),
      atRisk: p.risk === "1",
    },
    sort: sortKey ? { key: sortKey, descending: dir === "desc" } : DEFAULT_SORT,
    tab: p.tab || undefined,
  };
}

/** "3d 4h", "5h 10m", "12m": how long ago, for age columns. */
export function formatDuration(fromIso: string, now: Date): string {
  const from = Date.parse(fromIso);
  if (Number.isNaN(from)) return "";
  return formatSpan(now.getTime() - from);
}
