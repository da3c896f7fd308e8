/** Discussion comments: from System.History or the Comments API, with @mentions parsed from the text. */
import { areaWriteDenied, badRequest, notFound } from "../http/errors";
import { type SeedUser, userById } from "../model/identities";
import {
  type CommentFormat,
  type CommentMention,
  type CommentRecord,
  type WorkItemRecord,
} from "../model/types";
import { CSS } from "../security/namespaces";
import { type Store } from "./store";

const HTML_MENTION = /data-vss-mention=["']version:2\.0,([0-9a-fA-F-]{36})["']/g;
const MARKDOWN_MENTION = /@<([0-9a-fA-F-]{36})>/g;

/** Mentions of organization identities; unknown ids are not resolvable, so ADO records none for them. */
export function parseMentions(text: string, workItemId: number, commentId: number): CommentMention[] {
  const ids = new Set<string>();
  for (const re of [HTML_MENTION, MARKDOWN_MENTION]) {
    for (const m of text.matchAll(re)) {
      const user = userById(m[1]);
      if (user) ids.add(user.id);
    }
  }
  return [...ids].map((targetId) => ({
    artifactId: String(workItemId),
    artifactType: "Person",
    commentId,
    targetId,
  }));
}

export function newComment(
  store: Store,
  item: WorkItemRecord,
  text: string,
  format: CommentFormat,
  actor: SeedUser,
  at: Date,
  revision: number,
): CommentRecord {
  const id = store.nextCommentId++;
  const by = store.identityRef(actor);
  return {
    id,
    workItemId: item.id,
    version: 1,
    text,
    format,
    createdBy: by,
    createdDate: at,
    modifiedBy: by,
    modifiedDate: at,
    isDeleted: false,
    mentions: parseMentions(text, item.id, id),
    revision,
  };
}

export function findComment(item: WorkItemRecord, commentId: number, includeDeleted = false): CommentRecord {
  const comment = item.comments.find((c) => c.id === commentId);
  if (!comment || (comment.isDeleted && !includeDeleted))
    throw notFound(
      "CommentNotFoundException",
      `VS402721: Comment ${commentId} of work item ${item.id} does not exist or was deleted.`,
    );
  return comment;
}

export function editComment(
  store: Store,
  item: WorkItemRecord,
  commentId: number,
  text: unknown,
  actor: SeedUser,
) {
  const comment = findComment(item, commentId);
  if (comment.createdBy.id !== actor.id)
    throw badRequest("CommentUpdateException", "Only the author of a comment can edit it.");
  requireEdit(store, item, actor);
  if (typeof text !== "string" || !text.trim())
    throw badRequest("ArgumentException", "The comment text cannot be empty.");
  comment.text = text;
  comment.version += 1;
  comment.modifiedBy = store.identityRef(actor);
  comment.modifiedDate = store.now();
  comment.mentions = parseMentions(text, item.id, comment.id);
  return comment;
}

export function deleteComment(store: Store, item: WorkItemRecord, commentId: number, actor: SeedUser): void {
  const comment = findComment(item, commentId);
  requireEdit(store, item, actor);
  // Someone else's comment needs "Edit work item comments in this node" (CSS), which Contributors have.
  const area = String(store.current(item).fields["System.AreaPath"] ?? "");
  if (
    comment.createdBy.id !== actor.id &&
    !store.security.canArea(actor, store.projectOf(item), area, CSS.WORK_ITEM_SAVE_COMMENT)
  )
    throw badRequest("CommentUpdateException", "Only the author of a comment can delete it.");
  comment.isDeleted = true;
  comment.modifiedBy = store.identityRef(actor);
  comment.modifiedDate = store.now();
}

/** A comment is part of the work item: changing one needs "Edit work items in this node". */
function requireEdit(store: Store, item: WorkItemRecord, actor: SeedUser): void {
  const area = String(store.current(item).fields["System.AreaPath"] ?? "");
  if (!store.canWrite(actor, area)) throw areaWriteDenied(area);
}

export function renderedText(comment: CommentRecord): string {
  if (comment.format === "html") return comment.text;
  const escaped = comment.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<p>${escaped.replace(/\n/g, "<br>")}</p>`;
}
