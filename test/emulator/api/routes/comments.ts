/**
 * Comments on work items: the modern API (7.x, CommentList / Comment) and, for callers pinned to
 * 5.0-preview (the typed client's getComments), the legacy revision-based WorkItemComments shape.
 */
import { badRequest, notFound, workItemNotFound } from "../http/errors";
import { type CommentFormat, type WorkItemRecord } from "../model/types";
import { deleteComment, editComment, findComment } from "../store/comments";
import { renderComment, renderLegacyComment } from "../store/views";
import { addCommentRevision } from "../store/workItems";
import { ok, type Route, type RouteContext } from "./router";

function readable(ctx: RouteContext): WorkItemRecord {
  const id = ctx.params.id;
  const item = /^\d+$/.test(id) ? ctx.store.items.get(Number(id)) : undefined;
  if (!item || !ctx.store.canRead(ctx.user, item)) throw workItemNotFound(id);
  return item;
}

const isLegacy = (ctx: RouteContext) =>
  /^5\.0-preview/i.test(ctx.accept.apiVersion ?? ctx.query["api-version"] ?? "");

function formatOf(value: string | undefined): CommentFormat {
  const text = (value ?? "").toLowerCase();
  if (text === "" || text === "html" || text === "1") return "html";
  if (text === "markdown" || text === "0") return "markdown";
  throw badRequest("ArgumentException", `The comment format '${value}' is not valid (markdown or html).`);
}

function legacyList(ctx: RouteContext, item: WorkItemRecord) {
  const withHistory = item.revisions.filter((r) => typeof r.fields["System.History"] === "string");
  const from = Number(ctx.query.fromrevision ?? 1) || 1;
  let selected = withHistory.filter((r) => r.rev >= from);
  if ((ctx.query.order ?? "").toLowerCase() === "desc" || ctx.query.order === "2")
    selected = selected.reverse();
  if (ctx.query["$top"] !== undefined) selected = selected.slice(0, Number(ctx.query["$top"]));
  const comments = selected.map((r) => {
    const c = renderLegacyComment(item, r, ctx.store);
    return ctx.accept.enumsAsNumbers ? { ...c, format: 1 } : c;
  });
  return {
    totalCount: withHistory.length,
    fromRevisionCount: withHistory.filter((r) => r.rev >= from).length,
    count: comments.length,
    comments,
    url: `${ctx.store.workItemUrl(item.id)}/comments`,
  };
}

export const commentRoutes: Route[] = [
  {
    method: "GET",
    pattern: "wit/workitems/{id}/comments",
    project: "optional",
    handler(ctx) {
      const item = readable(ctx);
      if (isLegacy(ctx)) return ok(legacyList(ctx, item));
      const includeDeleted = (ctx.query.includedeleted ?? "").toLowerCase() === "true";
      let comments = item.comments.filter((c) => includeDeleted || !c.isDeleted);
      const total = comments.length;
      const ascending = ["asc", "1"].includes((ctx.query.order ?? "").toLowerCase());
      comments = [...comments].sort((a, b) => (ascending ? a.id - b.id : b.id - a.id));
      if (ctx.query.ids) {
        const ids = new Set(ctx.query.ids.split(",").map((s) => Number(s.trim())));
        comments = comments.filter((c) => ids.has(c.id));
      }
      const start = Number(ctx.query.continuationtoken ?? 0) || 0;
      const top = ctx.query["$top"] !== undefined ? Number(ctx.query["$top"]) : 200;
      const pageItems = comments.slice(start, start + top);
      const body: Record<string, unknown> = {
        totalCount: total,
        count: pageItems.length,
        comments: pageItems.map((c) => renderComment(ctx.store, item, c, ctx.accept.enumsAsNumbers)),
        url: `${ctx.store.workItemUrl(item.id)}/comments`,
      };
      if (start + top < comments.length) {
        body.continuationToken = String(start + top);
        body.nextPage = `${ctx.store.workItemUrl(item.id)}/comments?continuationToken=${start + top}`;
      }
      return {
        status: 200,
        body,
        headers: body.continuationToken ? { "x-ms-continuationtoken": String(body.continuationToken) } : {},
      };
    },
  },
  {
    method: "POST",
    pattern: "wit/workitems/{id}/comments",
    project: "optional",
    handler(ctx) {
      const item = readable(ctx);
      const text = (ctx.body as { text?: unknown } | null)?.text;
      if (typeof text !== "string" || !text.trim())
        throw badRequest("ArgumentException", "The comment text cannot be empty.");
      const comment = addCommentRevision(ctx.store, item, text, formatOf(ctx.query.format), ctx.user);
      return ok(renderComment(ctx.store, item, comment, ctx.accept.enumsAsNumbers));
    },
  },
  {
    method: "GET",
    pattern: "wit/workitems/{id}/comments/{commentId}",
    project: "optional",
    handler(ctx) {
      const item = readable(ctx);
      const n = Number(ctx.params.commentId);
      if (isLegacy(ctx)) {
        const rev = item.revisions.find((r) => r.rev === n && typeof r.fields["System.History"] === "string");
        if (!rev)
          throw notFound(
            "WorkItemCommentNotFoundException",
            `No comment in revision ${n} of work item ${item.id}.`,
          );
        const c = renderLegacyComment(item, rev, ctx.store);
        return ok(ctx.accept.enumsAsNumbers ? { ...c, format: 1 } : c);
      }
      const includeDeleted = (ctx.query.includedeleted ?? "").toLowerCase() === "true";
      return ok(
        renderComment(ctx.store, item, findComment(item, n, includeDeleted), ctx.accept.enumsAsNumbers),
      );
    },
  },
  {
    method: "PATCH",
    pattern: "wit/workitems/{id}/comments/{commentId}",
    project: "optional",
    handler(ctx) {
      const item = readable(ctx);
      const text = (ctx.body as { text?: unknown } | null)?.text;
      const comment = editComment(ctx.store, item, Number(ctx.params.commentId), text, ctx.user);
      return ok(renderComment(ctx.store, item, comment, ctx.accept.enumsAsNumbers));
    },
  },
  {
    method: "DELETE",
    pattern: "wit/workitems/{id}/comments/{commentId}",
    project: "optional",
    handler(ctx) {
      deleteComment(ctx.store, readable(ctx), Number(ctx.params.commentId), ctx.user);
      return { status: 204 };
    },
  },
];
