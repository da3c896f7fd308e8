/** The JSON Patch documents each action sends: one document, one revision, the comment in the same update. */
import { renderRequestFields } from "./requestFormat";
import type { RequestDetails } from "./requestTypes";

export interface JsonPatchOp {
  op: "add" | "replace" | "remove" | "test";
  path: string;
  value?: unknown;
  from?: string;
}

const testRev = (rev: number): JsonPatchOp => ({ op: "test", path: "/rev", value: rev });
const field = (name: string, value: unknown): JsonPatchOp => ({ op: "add", path: `/fields/${name}`, value });

interface StateChange {
  rev: number;
  state: string;
  commentHtml: string;
}

const stateChangePatch = (a: StateChange): JsonPatchOp[] => [
  testRev(a.rev),
  field("System.State", a.state),
  field("System.History", a.commentHtml),
];

/**
 * Acknowledge: the state and the comment, and, when the request lacks some of its tags (a client's intake
 * writes only the tags the project already has), its complete tag set in the same update: staff may create
 * tag definitions where a Stakeholder client may not.
 */
export function acknowledgePatch(a: StateChange & { completeTags?: string[] }): JsonPatchOp[] {
  const doc = stateChangePatch(a);
  if (a.completeTags?.length) doc.push(field("System.Tags", a.completeTags.join("; ")));
  return doc;
}
export const closePatch = stateChangePatch;
export const completeTaskPatch = stateChangePatch;

export function commentPatch(a: { rev: number; commentHtml: string }): JsonPatchOp[] {
  return [testRev(a.rev), field("System.History", a.commentHtml)];
}

export function tagsPatch(a: { rev: number; tags: string[]; commentHtml?: string }): JsonPatchOp[] {
  const doc = [testRev(a.rev), field("System.Tags", a.tags.join("; "))];
  if (a.commentHtml) doc.push(field("System.History", a.commentHtml));
  return doc;
}

export const CHILD_LINK = "System.LinkTypes.Hierarchy-Forward";

/** The staff Task's fields; it goes under its request by `childLinkPatch` in the same bulk save. */
export function createTaskDocument(a: {
  title: string;
  assignedTo: string;
  areaPath: string;
  iterationPath: string;
  descriptionHtml: string;
  tags?: string[];
  historyHtml?: string;
}): JsonPatchOp[] {
  // No System.State: the server gives a new item its type's first Proposed-category state.
  const doc = [
    field("System.Title", a.title),
    field("System.AssignedTo", a.assignedTo),
    field("System.AreaPath", a.areaPath),
    field("System.IterationPath", a.iterationPath),
    field("System.Description", a.descriptionHtml),
  ];
  if (a.tags?.length) doc.push(field("System.Tags", a.tags.join("; ")));
  if (a.historyHtml) doc.push(field("System.History", a.historyHtml));
  return doc;
}

/**
 * The request's side of a new staff task: the Child link, guarded by the revision the person saw. Of two
 * people creating a task from the same revision, the second is refused (and with it the second task).
 */
export function childLinkPatch(a: { rev: number; childUrl: string }): JsonPatchOp[] {
  return [
    testRev(a.rev),
    {
      op: "add",
      path: "/relations/-",
      value: {
        rel: CHILD_LINK,
        url: a.childUrl,
        attributes: { comment: "Staff task of the user-management request" },
      },
    },
  ];
}

export function createRequestDocument(a: {
  details: RequestDetails;
  assignedTo?: string;
  areaPath?: string;
  historyHtml?: string;
  /** The tags to write, when not the complete set (a client's intake writes only tags that exist). */
  tags?: string[];
}): JsonPatchOp[] {
  const r = renderRequestFields(a.details);
  const tags = a.tags ?? r.tags;
  const doc = [field("System.Title", r.title), field("System.Description", r.descriptionHtml)];
  if (tags.length) doc.push(field("System.Tags", tags.join("; ")));
  if (a.assignedTo) doc.push(field("System.AssignedTo", a.assignedTo));
  if (a.areaPath) doc.push(field("System.AreaPath", a.areaPath));
  if (a.historyHtml) doc.push(field("System.History", a.historyHtml));
  return doc;
}
