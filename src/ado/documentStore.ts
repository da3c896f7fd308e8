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
const isNotFound = (e: unknown) => statusOf(e) === 404 || /not\s*found|does not exist/i.test(errorText(e));
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
      try {
        return storedFrom<T>(await (await source()).getDocument(collectionOf(id), id));
      } catch (e) {
        if (isNotFound(e)) return { value: undefined, etag: undefined };
        throw e;
      }
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
