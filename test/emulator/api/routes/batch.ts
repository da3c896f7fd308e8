/**
 * Work item `$batch`: several create/update calls in one, as Learn's "Work Item Batch Update" (api-version
 * 4.1–5.0) describes it; it is not in the 7.1 specification set. New items take negative temporary ids
 * (`add /id -1`) that later entries use in relation urls. The calls are saved as one bulk, all or nothing:
 * the doc's own failure example answers the failing entry with its error and every other one with
 * "TF401321: Whole Bulk failed.", and Microsoft's docs owner confirmed "it is an all or nothing scenario"
 * (MicrosoftDocs/vsts-rest-api-specs#121), although the page's summary line says otherwise.
 */
import { ApiError, badRequest, notFound } from "../http/errors";
import { decodePath } from "../http/request";
import { serializeJson } from "../http/serializer";
import { parsePatchDocument, type PatchOp } from "../store/patch";
import { renderWorkItem } from "../store/views";
import { createWorkItem, updateWorkItem } from "../store/workItems";
import { ok, type Route, type RouteContext } from "./router";
import { readable } from "./workItems";

const MAX_ENTRIES = 200;
const WHOLE_BULK_FAILED = "TF401321: Whole Bulk failed.";
const TEMP_URL = /\/workitems\/(-\d+)\/?$/i;

interface Entry {
  method: string;
  uri: string;
  body: unknown;
}

function parseEntries(body: unknown): Entry[] {
  if (!Array.isArray(body) || body.length === 0)
    throw badRequest("VssPropertyValidationException", "The batch must be a non-empty array of requests.");
  if (body.length > MAX_ENTRIES)
    throw badRequest(
      "VssPropertyValidationException",
      `The batch holds ${body.length} requests; at most ${MAX_ENTRIES} are allowed.`,
    );
  return body.map((raw, i) => {
    const e = (raw ?? {}) as Record<string, unknown>;
    if (typeof e.method !== "string" || typeof e.uri !== "string")
      throw badRequest(
        "VssPropertyValidationException",
        `Request ${i} of the batch needs a method and a uri.`,
      );
    return { method: e.method, uri: e.uri, body: e.body };
  });
}

/** Relation urls naming a temporary id now name the item created for it. */
function resolveTemporaryIds(ctx: RouteContext, ops: PatchOp[], created: Map<string, number>): PatchOp[] {
  return ops.map((op) => {
    const value = op.value as { url?: unknown } | undefined;
    const m = typeof value?.url === "string" ? TEMP_URL.exec(value.url) : null;
    if (!m) return op;
    const id = created.get(m[1]);
    if (id === undefined)
      throw badRequest(
        "WorkItemLinkInvalidException",
        `The temporary id ${m[1]} is not created by an earlier request of the batch.`,
      );
    return { ...op, value: { ...value, url: ctx.store.workItemUrl(id) } };
  });
}

/** One entry: `PATCH /{project}/_apis/wit/workitems/$Type` creates, `PATCH /_apis/wit/workitems/{id}` updates. */
function runEntry(ctx: RouteContext, entry: Entry, created: Map<string, number>): unknown {
  if (entry.method.toUpperCase() !== "PATCH")
    throw badRequest(
      "NotSupportedException",
      "A batch request can only create or update work items (PATCH).",
    );
  const segments = decodePath(entry.uri.split("?")[0])
    .split("/")
    .filter((s) => s !== "");
  const at = segments.findIndex((s) => s.toLowerCase() === "_apis");
  const rest = at < 0 ? [] : segments.slice(at + 1).map((s, i) => (i < 2 ? s.toLowerCase() : s));
  if (rest.length !== 3 || rest[0] !== "wit" || rest[1] !== "workitems")
    throw notFound("RouteNotFoundException", `The batch cannot run '${entry.uri}'.`);
  const ops = resolveTemporaryIds(ctx, parsePatchDocument(entry.body), created);
  const target = rest[2];
  if (target.startsWith("$")) {
    const project = at === 1 ? ctx.store.project(segments[0]) : undefined;
    if (!project)
      throw notFound("ProjectDoesNotExistWithNameException", `A create needs its project in '${entry.uri}'.`);
    const item = createWorkItem(ctx.store, project, target.slice(1), ops, { actor: ctx.user });
    const temp = ops.find((o) => o.op === "add" && o.path.toLowerCase() === "/id");
    if (temp !== undefined) created.set(String(temp.value), item.id);
    return renderWorkItem(ctx.store, item, { withRelations: true });
  }
  const id = created.get(target) ?? target;
  const item = readable(ctx, String(id));
  return renderWorkItem(ctx.store, updateWorkItem(ctx.store, item.id, ops, { actor: ctx.user }), {
    withRelations: true,
  });
}

const answer = (code: number, body: unknown) => ({
  code,
  headers: { "Content-Type": "application/json; charset=utf-8" },
  // As the service does, each body is a string of JSON.
  body: serializeJson(body, { msDate: false }),
});
const errorBody = (message: string) => ({ count: 1, value: { Message: message } });

function runBatch(ctx: RouteContext) {
  const entries = parseEntries(ctx.body);
  const bodies: unknown[] = [];
  let failedAt = -1;
  try {
    ctx.store.atomically(() => {
      const created = new Map<string, number>();
      entries.forEach((entry, i) => {
        failedAt = i;
        bodies.push(runEntry(ctx, entry, created));
      });
    });
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const value = entries.map((_, i) =>
      i === failedAt ? answer(e.status, errorBody(e.message)) : answer(500, errorBody(WHOLE_BULK_FAILED)),
    );
    return ok({ count: value.length, value });
  }
  return ok({ count: bodies.length, value: bodies.map((b) => answer(200, b)) });
}

// Learn shows PATCH; older docs and the .NET samples use POST: the service takes both.
export const batchRoutes: Route[] = ["PATCH", "POST"].map((method) => ({
  method,
  pattern: "wit/$batch",
  project: "none",
  handler: runBatch,
}));
