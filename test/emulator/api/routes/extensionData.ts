/**
 * Extension data documents with etags, …/InstalledExtensions/{pub}/{ext}/Data/Scopes/{type}/{value}/Collections/{c}/Documents,
 * and the query of whole collections in one call, …/InstalledExtensions/{pub}/{ext}/ExtensionDataCollectionQuery.
 */
import { ApiError, badRequest, notFound } from "../http/errors";
import { type ExtensionDocument } from "../model/types";
import { list, ok, type Route, type RouteContext } from "./router";

const EXTENSION = "extensionmanagement/installedextensions/{publisher}/{extension}";
const BASE = `${EXTENSION}/data/scopes/{scopeType}/{scopeValue}/collections/{collection}/documents`;

interface CollectionName {
  scopeType: string;
  collection: string;
}

/**
 * Stakeholder access does not reach extension data in the emulator: microsoft/vsts-extension-retrospectives#1219
 * reports an extension hub that never loads for Stakeholders and loads once they have Basic, and Microsoft's
 * Stakeholder access quick reference lists no extension features for private projects. An inference, kept
 * conservative so that what works here works in Azure DevOps (see test/emulator/README.md).
 */
function refuseStakeholder(ctx: RouteContext): void {
  if (!ctx.store.security.isStakeholder(ctx.user)) return;
  throw new ApiError(
    403,
    "UnauthorizedRequestException",
    `TF400813: The user '${ctx.user.email}' is not authorized to access this resource.`,
    {
      typeName:
        "Microsoft.TeamFoundation.Framework.Server.UnauthorizedRequestException, Microsoft.TeamFoundation.Framework.Server",
    },
  );
}

/** Documents belong to the installed extension; another extension's path is a 404. */
function requireInstalled(ctx: RouteContext): void {
  refuseStakeholder(ctx);
  const { publisher, extension } = ctx.params;
  if (
    publisher.toLowerCase() !== ctx.extension.publisher.toLowerCase() ||
    extension.toLowerCase() !== ctx.extension.extensionId.toLowerCase()
  )
    throw notFound(
      "InstalledExtensionNotFoundException",
      `The extension ${publisher}.${extension} is not installed in organization '${ctx.store.organization}'.`,
    );
}

function collectionFor(
  ctx: RouteContext,
  { scopeType, collection }: CollectionName,
  create: boolean,
): Map<string, ExtensionDocument> | undefined {
  requireInstalled(ctx);
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

const collectionOf = (ctx: RouteContext, create: boolean) =>
  collectionFor(ctx, { scopeType: ctx.params.scopeType, collection: ctx.params.collection }, create);

const nonEmpty = (v: unknown): v is string => typeof v === "string" && v !== "";

/**
 * The ExtensionDataCollectionQuery body's collections, each echoed with its documents, as the service does
 * (ExtensionDataService.QueryCollections): a collection nobody wrote to comes back with no documents, a
 * collection without a name or scope type is refused.
 */
function queryCollections(ctx: RouteContext) {
  requireInstalled(ctx);
  const body = ctx.body as { collections?: unknown } | null | undefined;
  if (!body || typeof body !== "object" || !Array.isArray(body.collections))
    throw badRequest("ArgumentNullException", "Value cannot be null. Parameter name: CollectionQuery");
  const answered = body.collections.map((c: unknown) => {
    const asked = (c && typeof c === "object" ? c : {}) as Record<string, unknown>;
    if (!nonEmpty(asked.collectionName))
      throw badRequest("ArgumentNullException", "Value cannot be null. Parameter name: collectionName");
    if (!nonEmpty(asked.scopeType))
      throw badRequest("ArgumentNullException", "Value cannot be null. Parameter name: scopeType");
    const docs = collectionFor(ctx, { scopeType: asked.scopeType, collection: asked.collectionName }, false);
    return {
      collectionName: asked.collectionName,
      scopeType: asked.scopeType,
      ...(asked.scopeValue === undefined ? {} : { scopeValue: asked.scopeValue }),
      documents: [...(docs?.values() ?? [])],
    };
  });
  return list(ctx, answered);
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
    method: "POST",
    pattern: `${EXTENSION}/extensiondatacollectionquery`,
    project: "none",
    handler: queryCollections,
  },
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
