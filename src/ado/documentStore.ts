/** Extension data documents (project settings, task drafts) with optimistic concurrency on `__etag`. */
import { DocumentConflictError } from "./restErrors";
import { extensionId, hostService } from "./sdkHost";

export { DocumentConflictError };

export interface StoredDocument<T> {
  value: T;
  /** undefined when the document does not exist yet. */
  etag: number | undefined;
}

/** Where a document lives: its collection (Default scope, shared by everyone) and its id there. */
export interface DocumentRef {
  collection: string;
  id: string;
}

export interface DocumentStore<T> {
  read(id: string): Promise<StoredDocument<T | undefined>>;
  /** Writes when the stored etag still equals `etag` (undefined: the document must not exist yet). */
  write(id: string, value: T, etag: number | undefined): Promise<StoredDocument<T>>;
}

export interface ExtensionDataStore<T> extends DocumentStore<T> {
  /** Where the document of `id` lives. */
  locate(id: string): DocumentRef;
}

export interface ExtensionDataManager {
  getDocument(collection: string, id: string, options?: object): Promise<Record<string, unknown>>;
  createDocument(
    collection: string,
    doc: Record<string, unknown>,
    options?: object,
  ): Promise<Record<string, unknown>>;
  updateDocument(
    collection: string,
    doc: Record<string, unknown>,
    options?: object,
  ): Promise<Record<string, unknown>>;
  /**
   * Whole collections of the Default scope in one call (REST: POST …/ExtensionDataCollectionQuery). The
   * service answers a collection that does not exist with `documents: null`.
   */
  queryCollectionsByName(
    names: string[],
  ): Promise<{ collectionName: string; documents?: Record<string, unknown>[] | null }[]>;
}

/** The host's data manager for this extension; tests pass their own. */
export type DataManagerSource = () => Promise<ExtensionDataManager>;

let manager: Promise<ExtensionDataManager> | undefined;
async function dataManager(): Promise<ExtensionDataManager> {
  manager ??= (async () => {
    const SDK = await import("azure-devops-extension-sdk");
    const service = await hostService<{
      getExtensionDataManager(id: string, token: string): Promise<ExtensionDataManager>;
    }>("extensionData");
    return service.getExtensionDataManager(extensionId(), await SDK.getAccessToken());
  })();
  return manager;
}

// Errors arrive through the host frame as plain objects, so classify them by status or message.
const errorText = (e: unknown): string =>
  e instanceof Error
    ? e.message
    : typeof e === "object" && e !== null && "message" in e
      ? String(e.message)
      : String(e);
const statusOf = (e: unknown): number | undefined =>
  typeof e === "object" && e !== null && "status" in e
    ? Number((e as { status: unknown }).status)
    : undefined;
const isConflict = (e: unknown) =>
  // A racing first save answers "document already exists"; a later one an etag mismatch.
  statusOf(e) === 409 ||
  /InvalidDocumentVersion|DocumentExists|already exists|conflict|changed by someone|etag/i.test(errorText(e));

const storedFrom = <T>(doc: Record<string, unknown>): StoredDocument<T> => {
  const { __etag, value } = doc as { __etag: number; value: T };
  return { value, etag: __etag };
};

/**
 * A store of documents `{id, value, __etag}`: all in one collection, or each in a collection of its own
 * (`collection` as a function of the id), so that a query of collections returns just that document.
 */
export function createDocumentStore<T>(
  collection: string | ((id: string) => string),
  what: string,
  source: DataManagerSource = dataManager,
): ExtensionDataStore<T> {
  const collectionOf = typeof collection === "string" ? () => collection : collection;
  return {
    locate: (id) => ({ collection: collectionOf(id), id }),
    async read(id) {
      // A query of the document's collection, not a GET of the document: a project with no settings yet
      // (or a task with no draft) answers an empty collection instead of a 404, which the browser would
      // log as a console error on every load. Same single call.
      const [stored] = await readDocuments([{ collection: collectionOf(id), id }], source);
      return stored as StoredDocument<T | undefined>;
    },
    async write(id, value, etag) {
      const m = await source();
      try {
        const saved =
          etag === undefined
            ? await m.createDocument(collectionOf(id), { id, value })
            : await m.updateDocument(collectionOf(id), { id, value, __etag: etag });
        return { value, etag: saved.__etag as number };
      } catch (e) {
        if (isConflict(e)) throw new DocumentConflictError(what);
        throw e;
      }
    },
  };
}

/**
 * Several documents in ONE call: a query of their collections, each returned whole, so each document should
 * live in a small collection (a task's draft in one of its own). A document not there reads as `undefined`;
 * an answer that leaves out a collection asked for is an error, never read as "nothing stored".
 */
export async function readDocuments(
  refs: DocumentRef[],
  source: DataManagerSource = dataManager,
): Promise<StoredDocument<unknown>[]> {
  const names = [...new Set(refs.map((r) => r.collection))];
  const answered = await (await source()).queryCollectionsByName(names);
  return refs.map((ref) => {
    const collection = answered.find(
      (c) =>
        typeof c?.collectionName === "string" &&
        c.collectionName.toLowerCase() === ref.collection.toLowerCase(),
    );
    if (!collection)
      throw new Error(`Azure DevOps answered without the extension data collection "${ref.collection}".`);
    const doc = (collection.documents ?? []).find((d) => d?.id === ref.id);
    return doc ? storedFrom(doc) : { value: undefined, etag: undefined };
  });
}
