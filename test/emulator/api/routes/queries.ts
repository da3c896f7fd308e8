/**
 * Saved work item queries (wit 7.1 "Queries"): create one under My Queries or Shared Queries, read it by id or
 * path, delete it, and run it (`GET …/wit/wiql/{id}`) with the caller's own permissions. My Queries are the
 * owner's alone; Shared Queries need Contribute on the folder, which the seed gives Project Administrators
 * only (Microsoft: grant "Contribute" to let others share queries), and never a Stakeholder ("Create or edit
 * shared queries" is among the features they can't use). Refusals: TF401256 (as reported for Stakeholders
 * and Contributors, 403) and TF401243 for a query the caller cannot see (404).
 */
import { randomUUID } from "crypto";

import { ApiError, badRequest, notFound } from "../http/errors";
import { type ProjectDef } from "../model/processes";
import { type SavedQuery, type Store } from "../store/store";
import { runQuery } from "../wiql/evaluator";
import { parseWiql } from "../wiql/parser";
import { ok, type Route, type RouteContext } from "./router";

const FOLDERS = ["My Queries", "Shared Queries"] as const;

function folderOf(name: string): SavedQuery["folder"] {
  const folder = FOLDERS.find((f) => f.toLowerCase() === name.toLowerCase());
  if (!folder)
    throw notFound(
      "QueryItemNotFoundException",
      `TF401243: The query ${name} does not exist, or you do not have permission to read it.`,
    );
  return folder;
}

const mayShare = (ctx: RouteContext, project: ProjectDef) =>
  !ctx.store.security.isStakeholder(ctx.user) &&
  ctx.store.security
    .groupsOf(ctx.user)
    .some((g) => g.projectId === project.id && g.account === "Project Administrators");

function visible(ctx: RouteContext, q: SavedQuery): boolean {
  return q.projectId === ctx.project!.id && (q.folder === "Shared Queries" || q.ownerId === ctx.user.id);
}

function find(ctx: RouteContext, idOrPath: string): SavedQuery {
  const lower = idOrPath.toLowerCase();
  const q = [...ctx.store.queries.values()].find(
    (x) => (x.id === lower || `${x.folder}/${x.name}`.toLowerCase() === lower) && visible(ctx, x),
  );
  if (!q)
    throw notFound(
      "QueryItemNotFoundException",
      `TF401243: The query ${idOrPath} does not exist, or you do not have permission to read it.`,
    );
  return q;
}

function render(store: Store, project: ProjectDef, q: SavedQuery) {
  const owner = store.users.find((u) => u.id === q.ownerId)!;
  const url = `${store.orgUrl}/${project.id}/_apis/wit/queries/${q.id}`;
  return {
    id: q.id,
    name: q.name,
    path: `${q.folder}/${q.name}`,
    createdBy: store.identityRef(owner),
    createdDate: q.createdDate,
    lastModifiedBy: store.identityRef(owner),
    lastModifiedDate: q.createdDate,
    queryType: "flat",
    wiql: q.wiql,
    isPublic: q.folder === "Shared Queries",
    _links: {
      self: { href: url },
      html: { href: `${store.orgUrl}/${encodeURIComponent(project.name)}/_queries/query/${q.id}` },
      wiql: { href: `${store.orgUrl}/${project.id}/_apis/wit/wiql/${q.id}` },
    },
    url,
  };
}

export const queryRoutes: Route[] = [
  {
    method: "POST",
    pattern: "wit/queries/{folder}",
    project: "required",
    handler(ctx) {
      const project = ctx.project!;
      const folder = folderOf(ctx.params.folder);
      const body = (ctx.body ?? {}) as { name?: unknown; wiql?: unknown; isFolder?: unknown };
      if (typeof body.name !== "string" || !body.name.trim())
        throw badRequest("ArgumentNullException", "Value cannot be null. Parameter name: name");
      if (typeof body.wiql !== "string" || !body.wiql.trim())
        throw badRequest("ArgumentNullException", "Value cannot be null. Parameter name: wiql");
      parseWiql(body.wiql); // a query that does not parse is refused when saved, as in Azure DevOps
      if (folder === "Shared Queries" && !mayShare(ctx, project))
        throw new ApiError(
          403,
          "QueryItemSecurityException",
          "TF401256: You do not have Write permissions for query Shared Queries.",
        );
      const name = body.name.trim();
      const clash = [...ctx.store.queries.values()].some(
        (q) => visible(ctx, q) && q.folder === folder && q.name.toLowerCase() === name.toLowerCase(),
      );
      if (clash)
        throw new ApiError(
          409,
          "QueryItemAlreadyExistsException",
          `A query named ${name} already exists in ${folder}.`,
        );
      const q: SavedQuery = {
        id: randomUUID(),
        projectId: project.id,
        folder,
        name,
        wiql: body.wiql,
        ownerId: ctx.user.id,
        createdDate: ctx.store.now(),
      };
      ctx.store.queries.set(q.id, q);
      return ok(render(ctx.store, project, q));
    },
  },
  {
    method: "GET",
    pattern: "wit/queries/{query}",
    project: "required",
    handler: (ctx) => ok(render(ctx.store, ctx.project!, find(ctx, ctx.params.query))),
  },
  {
    method: "GET",
    pattern: "wit/queries/{folder}/{name}",
    project: "required",
    handler: (ctx) =>
      ok(render(ctx.store, ctx.project!, find(ctx, `${ctx.params.folder}/${ctx.params.name}`))),
  },
  {
    method: "DELETE",
    pattern: "wit/queries/{query}",
    project: "required",
    handler(ctx) {
      const q = find(ctx, ctx.params.query);
      if (q.folder === "Shared Queries" && !mayShare(ctx, ctx.project!))
        throw new ApiError(
          403,
          "QueryItemSecurityException",
          "TF401256: You do not have Write permissions for query Shared Queries.",
        );
      ctx.store.queries.delete(q.id);
      return { status: 204 };
    },
  },
  {
    method: "GET",
    pattern: "wit/wiql/{id}",
    project: "required",
    team: true,
    handler(ctx) {
      const q = find(ctx, ctx.params.id);
      const query = parseWiql(q.wiql);
      const items = runQuery(query, {
        store: ctx.store,
        user: ctx.user,
        projectName: ctx.project!.name,
        timePrecision: false,
      });
      const fieldRef = (f: { referenceName: string; name: string }) => ({
        referenceName: f.referenceName,
        name: f.name,
        url: `${ctx.store.orgUrl}/_apis/wit/fields/${f.referenceName}`,
      });
      return ok({
        queryType: "flat",
        queryResultType: "workItem",
        asOf: ctx.store.now(),
        columns: query.select.map(fieldRef),
        sortColumns: query.orderBy.map((o) => ({ field: fieldRef(o.field), descending: o.descending })),
        workItems: items.map((item) => ({ id: item.id, url: ctx.store.workItemUrl(item.id) })),
      });
    },
  },
];
