/**
 * ms.vss-features.extension-data-service: getExtensionDataManager(extensionId, token) returns a manager
 * whose methods call the REST extension-data endpoints with that token, like the real
 * ExtensionDataManager. getValue/setValue live in the "$settings" collection as {id, value, __etag}; a query of
 * collections is one REST call for all of them.
 */
import type { PageEnv } from "../env";
import { RestError, seg } from "../rest";

interface DocumentOptions {
  scopeType?: string;
  scopeValue?: string;
  defaultValue?: unknown;
}

type Doc = { id?: string; __etag?: number; [key: string]: unknown };
type CollectionQuery = { collectionName: string; scopeType?: string; scopeValue?: string };
type Collection = CollectionQuery & { documents: Doc[] | null };

const SETTINGS = "$settings";

export function extensionDataService(env: PageEnv) {
  return {
    async getExtensionDataManager(extensionId: string, accessToken: string) {
      const [publisher, ...rest] = String(extensionId).split(".");
      const extension = rest.join(".");
      if (!publisher || !extension)
        throw new Error(`"${extensionId}" is not a full extension id (publisher.extension).`);
      return createManager(env, publisher, extension, accessToken);
    },
  };
}

function createManager(env: PageEnv, publisher: string, extension: string, token: string) {
  const base = (collection: string, options: DocumentOptions = {}) => {
    const scopeType = options.scopeType ?? "Default";
    const scopeValue = options.scopeValue ?? (scopeType.toLowerCase() === "user" ? "Me" : "Current");
    return (
      `_apis/ExtensionManagement/InstalledExtensions/${seg(publisher)}/${seg(extension)}/Data/Scopes/` +
      `${seg(scopeType)}/${seg(scopeValue)}/Collections/${seg(collection)}/Documents`
    );
  };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    try {
      return await env.rest.call<T>(method, path, body, { token });
    } catch (e) {
      // Callers retry on this wording; the REST detail stays in the message.
      if (e instanceof RestError && e.status === 409 && /version|etag/i.test(e.message))
        throw new RestError(
          409,
          `The document was changed by someone else since it was read. ${e.message}`,
          e.serverError,
        );
      throw e;
    }
  };
  const isNotFound = (e: unknown) => e instanceof RestError && e.status === 404;

  const manager = {
    async getValue(key: string, options: DocumentOptions = {}) {
      try {
        const doc = await call<Doc>("GET", `${base(SETTINGS, options)}/${seg(key)}`);
        return doc.value;
      } catch (e) {
        if (isNotFound(e)) return options.defaultValue;
        throw e;
      }
    },
    async setValue(key: string, value: unknown, options: DocumentOptions = {}) {
      await call("PUT", base(SETTINGS, options), { id: key, value, __etag: -1 });
      return value;
    },
    async getDocument(collection: string, id: string, options: DocumentOptions = {}) {
      try {
        return await call<Doc>("GET", `${base(collection, options)}/${seg(id)}`);
      } catch (e) {
        if (isNotFound(e) && options.defaultValue !== undefined) return options.defaultValue;
        throw e;
      }
    },
    async getDocuments(collection: string, options: DocumentOptions = {}) {
      try {
        const result = await call<Doc[] | { value: Doc[] }>("GET", base(collection, options));
        return Array.isArray(result) ? result : (result?.value ?? []);
      } catch (e) {
        if (isNotFound(e)) return [];
        throw e;
      }
    },
    async createDocument(collection: string, doc: Doc, options: DocumentOptions = {}) {
      return call<Doc>("POST", base(collection, options), doc);
    },
    async setDocument(collection: string, doc: Doc, options: DocumentOptions = {}) {
      return call<Doc>("PUT", base(collection, options), doc);
    },
    async updateDocument(collection: string, doc: Doc, options: DocumentOptions = {}) {
      return call<Doc>("PATCH", base(collection, options), doc);
    },
    async deleteDocument(collection: string, id: string, options: DocumentOptions = {}) {
      await call("DELETE", `${base(collection, options)}/${seg(id)}`);
    },
    async queryCollectionsByName(names: string[]) {
      return manager.queryCollections(names.map((collectionName) => ({ collectionName })));
    },
    /**
     * One POST of ExtensionDataCollectionQuery for all the collections, as the REST client's
     * queryCollectionsByName sends it; a collection without a scope is asked for in Default/Current.
     */
    async queryCollections(collections: CollectionQuery[]) {
      const result = await call<Collection[] | { value: Collection[] }>(
        "POST",
        `_apis/ExtensionManagement/InstalledExtensions/${seg(publisher)}/${seg(extension)}/ExtensionDataCollectionQuery`,
        {
          collections: collections.map((c) => ({
            collectionName: c.collectionName,
            scopeType: c.scopeType ?? "Default",
            scopeValue: c.scopeValue ?? (c.scopeType?.toLowerCase() === "user" ? "Me" : "Current"),
          })),
        },
      );
      return Array.isArray(result) ? result : (result?.value ?? []);
    },
  };
  return manager;
}
