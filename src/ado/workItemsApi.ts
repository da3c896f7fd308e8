/** Work items, their history, types and states, WIQL and work item mail, for one project, over REST 7.1 (7.0 on Server). */
import type { JsonPatchOp } from "../domain/patches";
import type { WorkItemState } from "../domain/states";
import { type ApiVersions, SERVICES_API_VERSIONS } from "./apiVersions";
import type { RestTransport } from "./restTransport";
import { BATCH_API_VERSION, batchBodies, batchFailure, createWithUpdateEntries } from "./workItemBatch";

export interface IdentityRefLike {
  id?: string;
  displayName?: string;
  uniqueName?: string;
}

export interface WorkItemRelation {
  rel: string;
  url: string;
  attributes?: Record<string, unknown>;
}

export interface WorkItem {
  id: number;
  rev: number;
  fields: Record<string, unknown>;
  relations?: WorkItemRelation[];
}

export interface WorkItemUpdate {
  id: number;
  rev: number;
  revisedBy: IdentityRefLike;
  revisedDate: string;
  fields?: Record<string, { oldValue?: unknown; newValue?: unknown }>;
}

export interface MailMessage {
  to: string[];
  cc: string[];
  subject: string;
  bodyHtml: string;
  workItemIds: number[];
}

export interface WorkItemsApi {
  readonly project: string;
  get(id: number, expand?: "relations" | "all" | "none"): Promise<WorkItem>;
  /** Reads many work items, 200 per call; items the reader may not see are left out. */
  getMany(ids: number[], fields?: string[]): Promise<WorkItem[]>;
  create(type: string, document: JsonPatchOp[]): Promise<WorkItem>;
  /**
   * Creates a work item and updates another one in one `$batch`, saved all or nothing; the update may link
   * to the new item through `NEW_ITEM_ID`. Its document starts with `test /rev`, which makes repeating the
   * call safe: a repeat of one that was saved is refused with 412, creating nothing.
   */
  createWithUpdate(
    type: string,
    document: JsonPatchOp[],
    other: { id: number; document: JsonPatchOp[] },
  ): Promise<WorkItem>;
  /** An update whose document starts with `test /rev` may be retried safely; others are not. */
  update(id: number, document: JsonPatchOp[]): Promise<WorkItem>;
  updates(id: number): Promise<WorkItemUpdate[]>;
  types(): Promise<string[]>;
  typeStates(type: string): Promise<WorkItemState[]>;
  queryIds(wiql: string, top?: number): Promise<number[]>;
  /** The names of the tags the project defines ("Tags - Get Tags"; every project member may list them). */
  tagNames(): Promise<string[]>;
  sendMail(message: MailMessage): Promise<void>;
}

export const BATCH_SIZE = 200;
/** How long a frame trusts the process's types and states it read (they change when a process is edited). */
export const TYPES_TTL_MS = 5 * 60_000;

/** A document that starts with `test /rev`: a repeat of one that landed fails with 412 instead of acting twice. */
const guardedByRev = (document: JsonPatchOp[]): boolean =>
  document[0]?.op === "test" && document[0]?.path === "/rev";

interface WorkItemTypeInfo {
  name: string;
  states?: WorkItemState[];
}

export function createWorkItemsApi(
  transport: RestTransport,
  project: string,
  clock: () => number = Date.now,
  versions: ApiVersions = SERVICES_API_VERSIONS,
): WorkItemsApi {
  const p = encodeURIComponent(project);
  // One read of the type list (7.1 lists each type with its states) answers types() and every typeStates(),
  // so a panel that needs the request type's and the task type's states pays one round trip, not two.
  let typeList: { at: number; value: Promise<WorkItemTypeInfo[]> } | undefined;
  const allTypes = (): Promise<WorkItemTypeInfo[]> => {
    if (!typeList || clock() - typeList.at > TYPES_TTL_MS) {
      const value = transport
        .send<{ value: WorkItemTypeInfo[] }>({
          method: "GET",
          path: `${p}/_apis/wit/workitemtypes`,
          apiVersion: versions.wit,
          retryable: true,
        })
        .then((r) => r.value);
      const entry = { at: clock(), value };
      typeList = entry;
      // A failed read is not kept: the next caller asks again.
      value.catch(() => {
        if (typeList === entry) typeList = undefined;
      });
    }
    return typeList.value;
  };
  return {
    project,
    get: (id, expand = "relations") =>
      transport.send<WorkItem>({
        method: "GET",
        path: `${p}/_apis/wit/workitems/${id}`,
        query: { $expand: expand },
        apiVersion: versions.wit,
        retryable: true,
      }),
    async getMany(ids, fields) {
      const pages: WorkItem[][] = [];
      for (let i = 0; i < ids.length; i += BATCH_SIZE) {
        const page = await transport.send<{ value: (WorkItem | null)[] }>({
          method: "POST",
          path: `${p}/_apis/wit/workitemsbatch`,
          body: {
            ids: ids.slice(i, i + BATCH_SIZE),
            fields,
            $expand: fields ? undefined : "relations",
            errorPolicy: "omit",
          },
          apiVersion: versions.wit,
          retryable: true,
        });
        pages.push(page.value.filter((w): w is WorkItem => w !== null));
      }
      return pages.flat();
    },
    create: (type, document) =>
      transport.send<WorkItem>({
        method: "POST",
        path: `${p}/_apis/wit/workitems/$${encodeURIComponent(type)}`,
        body: document,
        contentType: "application/json-patch+json",
        apiVersion: versions.wit,
        retryable: false,
      }),
    async createWithUpdate(type, document, other) {
      const entries = createWithUpdateEntries({ project: p, type, document, other });
      const answer = await transport.send<unknown>({
        method: "PATCH",
        path: "_apis/wit/$batch",
        body: entries,
        apiVersion: BATCH_API_VERSION,
        retryable: guardedByRev(other.document),
        failureIn: (body) => batchFailure(body, entries.length),
      });
      return batchBodies(answer)[0] as WorkItem;
    },
    update: (id, document) =>
      transport.send<WorkItem>({
        method: "PATCH",
        path: `${p}/_apis/wit/workitems/${id}`,
        body: document,
        contentType: "application/json-patch+json",
        apiVersion: versions.wit,
        retryable: guardedByRev(document),
      }),
    async updates(id) {
      const r = await transport.send<{ value: WorkItemUpdate[] }>({
        method: "GET",
        path: `${p}/_apis/wit/workItems/${id}/updates`,
        apiVersion: versions.wit,
        retryable: true,
      });
      return r.value;
    },
    async types() {
      return (await allTypes()).map((t) => t.name);
    },
    async typeStates(type) {
      const listed = (await allTypes()).find((t) => t.name.toLowerCase() === type.toLowerCase());
      if (listed?.states)
        return listed.states.map(({ name, category, color }) => ({ name, category, color }));
      // Not in the list (or listed without states): the type's own endpoint answers, with its 404 wording.
      const r = await transport.send<{ value: WorkItemState[] }>({
        method: "GET",
        path: `${p}/_apis/wit/workitemtypes/${encodeURIComponent(type)}/states`,
        apiVersion: versions.wit,
        retryable: true,
      });
      return r.value;
    },
    async queryIds(wiql, top) {
      const r = await transport.send<{ workItems: { id: number }[] }>({
        method: "POST",
        path: `${p}/_apis/wit/wiql`,
        query: { $top: top },
        body: { query: wiql },
        apiVersion: versions.wit,
        retryable: true,
      });
      return r.workItems.map((w) => w.id);
    },
    async tagNames() {
      const r = await transport.send<{ value?: { name?: unknown }[] }>({
        method: "GET",
        path: `${p}/_apis/wit/tags`,
        apiVersion: versions.tags,
        retryable: true,
      });
      return (r.value ?? []).flatMap((t) => (typeof t.name === "string" ? [t.name] : []));
    },
    sendMail: (m) =>
      transport.send<void>({
        method: "POST",
        path: `${p}/_apis/wit/sendmail`,
        body: {
          message: { to: { tfIds: m.to }, cc: { tfIds: m.cc }, subject: m.subject, body: m.bodyHtml },
          ids: m.workItemIds,
          projectId: project,
        },
        apiVersion: versions.wit,
        // Never repeated blindly: a mail that was sent but whose answer was lost would go out twice.
        retryable: false,
      }),
  };
}

/** The id at the end of a work item relation url (…/_apis/wit/workItems/42). */
export function relationTargetId(url: string): number | undefined {
  const m = /\/workItems\/(\d+)\/?$/i.exec(url);
  return m ? Number(m[1]) : undefined;
}
