/** Work items: create, get, list, update, batch read, updates and revisions. */
import { badRequest, notFound, workItemNotFound } from "../http/errors";
import { type WorkItemRecord } from "../model/types";
import { parsePatchDocument } from "../store/patch";
import {
  type Expand,
  parseExpand,
  parseFieldList,
  renderUpdates,
  renderWorkItem,
  revisionAsOf,
} from "../store/views";
import { createWorkItem, updateWorkItem } from "../store/workItems";
import { list, ok, queryFlag, type Route, type RouteContext } from "./router";

const MAX_IDS = 200;

export function readable(ctx: RouteContext, idText: string): WorkItemRecord {
  if (!/^\d+$/.test(idText))
    throw badRequest("ArgumentException", `The work item id '${idText}' is not valid.`);
  const item = ctx.store.items.get(Number(idText));
  if (!item || !ctx.store.canRead(ctx.user, item)) throw workItemNotFound(idText);
  return item;
}

function viewOptions(fieldsValue: unknown, expandValue: unknown) {
  const fields = parseFieldList(fieldsValue);
  const expand = parseExpand(expandValue);
  if (fields && expand !== "none")
    throw badRequest(
      "ConflictingParametersException",
      "The expand parameter can not be used with the fields parameter.",
    );
  return { fields, expand };
}

function asOfOf(value: unknown): Date | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const d = new Date(String(value));
  if (Number.isNaN(d.getTime()))
    throw badRequest("ArgumentException", `The asOf value '${String(value)}' is not a date.`);
  return d;
}

/** errorPolicy: "fail" (default) or "omit" — also the typed client's enum numbers (Fail=1, Omit=2). */
function omitErrors(value: unknown): boolean {
  const text = String(value ?? "").toLowerCase();
  return text === "omit" || text === "2";
}

function readMany(
  ctx: RouteContext,
  ids: number[],
  view: { fields?: string[]; expand: Expand },
  asOf: Date | undefined,
  omit: boolean,
) {
  if (ids.length > MAX_IDS)
    throw badRequest(
      "VssServiceException",
      `VS403474: You requested ${ids.length} work items which exceeds the limit of ${MAX_IDS}`,
    );
  return ids.map((id) => {
    const item = ctx.store.items.get(id);
    if (!item || !ctx.store.canRead(ctx.user, item)) {
      if (omit) return null;
      throw workItemNotFound(id);
    }
    try {
      return renderWorkItem(ctx.store, item, view, asOf ? revisionAsOf(item, asOf) : undefined);
    } catch (e) {
      if (omit) return null;
      throw e;
    }
  });
}

function parseIds(value: unknown): number[] {
  const parts = Array.isArray(value) ? value : String(value ?? "").split(",");
  const ids = parts.map((p) => String(p).trim()).filter(Boolean);
  if (!ids.length) throw badRequest("ArgumentNullException", "Value cannot be null. Parameter name: ids");
  return ids.map((p) => {
    if (!/^\d+$/.test(p)) throw badRequest("ArgumentException", `The work item id '${p}' is not valid.`);
    return Number(p);
  });
}

export const workItemRoutes: Route[] = [
  {
    method: "POST",
    pattern: "wit/workitems/{type}",
    project: "required",
    handler(ctx) {
      const raw = ctx.params.type;
      if (!raw.startsWith("$"))
        throw notFound(
          "RouteNotFoundException",
          `No work item type in the URL: the type must be prefixed with '$' (…/_apis/wit/workitems/$Task), got '${raw}'.`,
        );
      const item = createWorkItem(ctx.store, ctx.project!, raw.slice(1), parsePatchDocument(ctx.body), {
        actor: ctx.user,
        validateOnly: queryFlag(ctx, "validateOnly"),
        bypassRules: queryFlag(ctx, "bypassRules"),
      });
      return ok(
        renderWorkItem(ctx.store, item, { expand: parseExpand(ctx.query["$expand"]), withRelations: true }),
      );
    },
  },
  {
    method: "PATCH",
    pattern: "wit/workitems/{id}",
    project: "optional",
    handler(ctx) {
      const item = readable(ctx, ctx.params.id);
      const updated = updateWorkItem(ctx.store, item.id, parsePatchDocument(ctx.body), {
        actor: ctx.user,
        validateOnly: queryFlag(ctx, "validateOnly"),
        bypassRules: queryFlag(ctx, "bypassRules"),
      });
      return ok(
        renderWorkItem(ctx.store, updated, {
          expand: parseExpand(ctx.query["$expand"]),
          withRelations: true,
        }),
      );
    },
  },
  {
    method: "GET",
    pattern: "wit/workitems/{id}",
    project: "optional",
    handler(ctx) {
      if (ctx.params.id.startsWith("$"))
        throw badRequest("NotSupportedException", "Work item templates are not supported by the emulator.");
      const item = readable(ctx, ctx.params.id);
      const view = viewOptions(ctx.query.fields, ctx.query["$expand"]);
      const asOf = asOfOf(ctx.query.asof);
      return ok(renderWorkItem(ctx.store, item, view, asOf ? revisionAsOf(item, asOf) : undefined));
    },
  },
  {
    method: "GET",
    pattern: "wit/workitems",
    project: "optional",
    handler(ctx) {
      const view = viewOptions(ctx.query.fields, ctx.query["$expand"]);
      const items = readMany(
        ctx,
        parseIds(ctx.query.ids),
        view,
        asOfOf(ctx.query.asof),
        omitErrors(ctx.query.errorpolicy),
      );
      return list(ctx, items);
    },
  },
  {
    method: "POST",
    pattern: "wit/workitemsbatch",
    project: "optional",
    handler(ctx) {
      const body = (ctx.body ?? {}) as Record<string, unknown>;
      const view = viewOptions(body.fields, body.$expand ?? body.expand);
      const items = readMany(ctx, parseIds(body.ids), view, asOfOf(body.asOf), omitErrors(body.errorPolicy));
      return list(ctx, items);
    },
  },
  {
    method: "GET",
    pattern: "wit/workitems/{id}/updates",
    project: "optional",
    handler(ctx) {
      const updates = renderUpdates(ctx.store, readable(ctx, ctx.params.id));
      return list(ctx, page(ctx, updates));
    },
  },
  {
    method: "GET",
    pattern: "wit/workitems/{id}/updates/{n}",
    project: "optional",
    handler(ctx) {
      const updates = renderUpdates(ctx.store, readable(ctx, ctx.params.id));
      const found = updates.find((u) => String(u.id) === ctx.params.n);
      if (!found) throw notFound("WorkItemUpdateNotFoundException", `Update ${ctx.params.n} does not exist.`);
      return ok(found);
    },
  },
  {
    method: "GET",
    pattern: "wit/workitems/{id}/revisions",
    project: "optional",
    handler(ctx) {
      const item = readable(ctx, ctx.params.id);
      const expand = parseExpand(ctx.query["$expand"]);
      const revisions = item.revisions.map((rev) => renderWorkItem(ctx.store, item, { expand }, rev));
      return list(ctx, page(ctx, revisions));
    },
  },
  {
    method: "GET",
    pattern: "wit/workitems/{id}/revisions/{n}",
    project: "optional",
    handler(ctx) {
      const item = readable(ctx, ctx.params.id);
      const rev = item.revisions.find((r) => String(r.rev) === ctx.params.n);
      if (!rev)
        throw notFound(
          "WorkItemRevisionNotFoundException",
          `Revision ${ctx.params.n} of work item ${item.id} does not exist.`,
        );
      return ok(renderWorkItem(ctx.store, item, { expand: parseExpand(ctx.query["$expand"]) }, rev));
    },
  },
];

function page<T>(ctx: RouteContext, items: T[]): T[] {
  const skip = Number(ctx.query["$skip"] ?? 0) || 0;
  const top = ctx.query["$top"] !== undefined ? Number(ctx.query["$top"]) : items.length;
  return items.slice(skip, skip + top);
}
