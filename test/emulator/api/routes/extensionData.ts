/** Extension data documents with etags: …/InstalledExtensions/{pub}/{ext}/Data/Scopes/{type}/{value}/Collections/{c}/Documents */
import { ApiError, badRequest, notFound } from "../http/errors";
import { type ExtensionDocument } from "../model/types";
import { list, ok, type Route, type RouteContext } from "./router";

const BASE =
  "extensionmanagement/installedextensions/{publisher}/{extension}/data/scopes/{scopeType}/{scopeValue}/collections/{collection}/documents";

function collectionOf(ctx: RouteContext, create: boolean): Map<string, ExtensionDocument> | undefined {
  const { publisher, extension, scopeType, collection } = ctx.params;
  if (
    publisher.toLowerCase() !== ctx.extension.publisher.toLowerCase() ||
    extension.toLowerCase() !== ctx.extension.extensionId.toLowerCase()
  )
    throw notFound(
      "InstalledExtensionNotFoundException",
      `The extension ${publisher}.${extension} is not installed in organization '${ctx.store.organization}'.`,
    );
  let scope: string;
  if (scopeType.toLowerCase() === "default") scope = "default";
  else if (scopeType.toLowerCase() === "user") scope = `user:${ctx.user.id}`;
  else throw badRequest("ArgumentException", `Unknown scope type '${scopeType}' (Default or User).`);
  const key = `${scope}|${collection.toLowerCase()}`;
  let docs = ctx.store.documents.get(key);
  if (!docs && create) {
    docs = new Map();
    ctx.store.documents.set(key, docs);
  }
  return docs;
}

function docNotFound(ctx: RouteContext, id: string) {
  return notFound(
    "DocumentDoesNotExistException",
    `The document '${id}' does not exist in collection '${ctx.params.collection}'.`,
  );
}

function incoming(ctx: RouteContext): { id: string; etag: number | undefined; doc: Record<string, unknown> } {
  const body = ctx.body;
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw badRequest("ArgumentException", "The document must be a JSON object.");
  const doc = { ...(body as Record<string, unknown>) };
  const id = doc.id === undefined || doc.id === null || doc.id === "" ? crypto.randomUUID() : String(doc.id);
  const etag = doc.__etag === undefined || doc.__etag === null ? undefined : Number(doc.__etag);
  return { id, etag, doc };
}

function conflict(ctx: RouteContext, id: string, stored: number, given: number | undefined) {
  return new ApiError(
    409,
    "InvalidDocumentVersionException",
    `The document '${id}' in collection '${ctx.params.collection}' has version ${stored}; the update was based on version ${given ?? "none"}.`,
  );
}

function save(
  docs: Map<string, ExtensionDocument>,
  id: string,
  doc: Record<string, unknown>,
  etag: number,
): ExtensionDocument {
  const saved: ExtensionDocument = { ...doc, id, __etag: etag };
  docs.set(id.toLowerCase(), saved);
  return saved;
}

/** PUT (upsert) and PATCH (update): `__etag` must match the stored one unless it is -1. */
function write(ctx: RouteContext, mustExist: boolean) {
  const docs = collectionOf(ctx, true)!;
  const { id, etag, doc } = incoming(ctx);
  const existing = docs.get(id.toLowerCase());
  if (!existing) {
    if (mustExist) throw docNotFound(ctx, id);
    if (etag !== undefined && etag !== -1 && etag !== 0) throw conflict(ctx, id, 0, etag);
    return ok(save(docs, id, doc, 1));
  }
  if (etag !== -1 && etag !== existing.__etag) throw conflict(ctx, id, existing.__etag, etag);
  return ok(save(docs, existing.id, doc, existing.__etag + 1));
}

export const extensionDataRoutes: Route[] = [
  {
    method: "GET",
    pattern: BASE,
    project: "none",
    handler: (ctx) => list(ctx, [...(collectionOf(ctx, false)?.values() ?? [])]),
  },
  {
    method: "GET",
    pattern: `${BASE}/{id}`,
    project: "none",
    handler(ctx) {
      const doc = collectionOf(ctx, false)?.get(ctx.params.id.toLowerCase());
      if (!doc) throw docNotFound(ctx, ctx.params.id);
      return ok(doc);
    },
  },
  {
    method: "POST",
    pattern: BASE,
    project: "none",
    handler(ctx) {
      const docs = collectionOf(ctx, true)!;
      const { id, doc } = incoming(ctx);
      if (docs.has(id.toLowerCase()))
        throw new ApiError(
          409,
          "DocumentExistsException",
          `The document '${id}' already exists in collection '${ctx.params.collection}'.`,
        );
      return ok(save(docs, id, doc, 1));
    },
  },
  { method: "PUT", pattern: BASE, project: "none", handler: (ctx) => write(ctx, false) },
  { method: "PATCH", pattern: BASE, project: "none", handler: (ctx) => write(ctx, true) },
  {
    method: "DELETE",
    pattern: `${BASE}/{id}`,
    project: "none",
    handler(ctx) {
      const docs = collectionOf(ctx, false);
      if (!docs?.delete(ctx.params.id.toLowerCase())) throw docNotFound(ctx, ctx.params.id);
      return { status: 204 };
    },
  },
];
