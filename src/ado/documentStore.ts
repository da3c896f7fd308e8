/** Extension data documents (project settings, task drafts) with optimistic concurrency on `__etag`. */
import { DocumentConflictError } from "./restErrors";
import { extensionId, hostService } from "./sdkHost";

export { DocumentConflictError };

export interface StoredDocument<T> {
  value: T;
  /** undefined when the document does not exist yet. */
  etag: number | undefined;
}

export interface DocumentStore<T> {
  read(id: string): Promise<StoredDocument<T | undefined>>;
  /** Writes when the stored etag still equals `etag` (undefined: the document must not exist yet). */
  write(id: string, value: T, etag: number | undefined): Promise<StoredDocument<T>>;
}

interface ExtensionDataManager {
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

export function createDocumentStore<T>(collection: string, what: string): DocumentStore<T> {
  return {
    async read(id) {
      try {
        const doc = await (await dataManager()).getDocument(collection, id);
        const { __etag, id: _id, value } = doc as { __etag: number; id: string; value: T };
        return { value, etag: __etag };
      } catch (e) {
        if (isNotFound(e)) return { value: undefined, etag: undefined };
        throw e;
      }
    },
    async write(id, value, etag) {
      const m = await dataManager();
      try {
        const saved =
          etag === undefined
            ? await m.createDocument(collection, { id, value })
            : await m.updateDocument(collection, { id, value, __etag: etag });
        return { value, etag: saved.__etag as number };
      } catch (e) {
        if (isConflict(e)) throw new DocumentConflictError(what);
        throw e;
      }
    },
  };
}
