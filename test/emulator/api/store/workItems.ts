/** Creating and updating work items: patch, rules, system fields, revisions, mirrored links, History comments. */
import {
  areaWriteDenied,
  bypassRulesDenied,
  notFound,
  ruleError,
  tagCreationDenied,
  workItemNotFound,
} from "../http/errors";
import { type SeedUser } from "../model/identities";
import {
  findState,
  findType,
  type ProjectDef,
  type StateCategory,
  type WorkItemTypeDef,
} from "../model/processes";
import {
  type CommentFormat,
  type CommentRecord,
  type Fields,
  type Relation,
  type Revision,
  type WorkItemRecord,
} from "../model/types";
import { PROJECT, TAGGING, TAGGING_NAMESPACE, taggingToken } from "../security/namespaces";
import { newComment } from "./comments";
import { normalizeFieldValue } from "./fieldValues";
import { applyPatch, type Draft, type PatchOp } from "./patch";
import { applyMirror, type MirrorChange, normalizeRelations, parentOf, planMirrors } from "./relations";
import { type Store } from "./store";

export interface WriteOptions {
  actor: SeedUser;
  validateOnly?: boolean;
  bypassRules?: boolean;
}

export function createWorkItem(
  store: Store,
  project: ProjectDef,
  typeName: string,
  ops: PatchOp[],
  options: WriteOptions,
): WorkItemRecord {
  const type = findType(project, typeName);
  if (!type)
    throw notFound(
      "WorkItemTypeNotFoundException",
      `TF201077: Work item type '${typeName}' does not exist in project '${project.name}'.`,
    );
  requireBypassPermission(store, project, options);
  const draft: Draft = { fields: {}, relations: [], rev: 0, explicit: new Set() };
  applyPatch(draft, ops, envFor(store, project, options, -1));
  const at = store.now();
  const f = draft.fields;
  f["System.TeamProject"] = project.name;
  f["System.WorkItemType"] = type.name;
  f["System.AreaPath"] ??= project.name;
  f["System.IterationPath"] ??= project.name;
  if (!f["System.State"]) f["System.State"] = type.states.find((s) => s.category === "Proposed")!.name;
  validate(store, draft, type, options.actor);
  if (!draft.explicit.has("System.Reason")) f["System.Reason"] = project.process.createReason;
  f["Microsoft.VSTS.Common.Priority"] ??= 2;
  stamp(store, draft, options, at, true);
  applyStateDates(store, f, undefined, type, options.actor, at);
  f["System.CommentCount"] = draft.history?.trim() ? 1 : 0;
  const relations = normalizeRelations(store, draft.relations);
  const mirrors = planMirrors(store, 0, [], relations);
  if (options.validateOnly) return preview(0, project, draft, relations, 0);
  const id = store.nextId++;
  f["System.Id"] = id;
  const item: WorkItemRecord = { id, projectId: project.id, revisions: [], comments: [] };
  store.items.set(id, item);
  commit(store, item, draft, relations, options.actor);
  applyMirrors(store, id, mirrors, options.actor, at);
  return item;
}

export function updateWorkItem(
  store: Store,
  id: number,
  ops: PatchOp[],
  options: WriteOptions,
): WorkItemRecord {
  const item = store.items.get(id);
  if (!item || !store.canRead(options.actor, item)) throw workItemNotFound(id);
  const project = store.projectOf(item);
  requireBypassPermission(store, project, options);
  const previous = store.current(item);
  // Moving an item out of an area needs edit permission there too, not only in the new area.
  const fromArea = String(previous.fields["System.AreaPath"] ?? "");
  if (!store.canWrite(options.actor, fromArea)) throw areaWriteDenied(fromArea);
  const fields: Fields = { ...previous.fields };
  delete fields["System.History"];
  const draft: Draft = { fields, relations: [...previous.relations], rev: previous.rev, explicit: new Set() };
  applyPatch(draft, ops, envFor(store, project, options, id));
  const type = findType(project, String(fields["System.WorkItemType"]))!;
  validate(store, draft, type, options.actor);
  const relations = normalizeRelations(store, draft.relations);
  const mirrors = planMirrors(store, id, previous.relations, relations);
  const oldState = String(previous.fields["System.State"]);
  if (!changed(previous, draft, relations)) return item;
  const at = store.now();
  const newState = String(fields["System.State"]);
  if (newState !== oldState) {
    if (!draft.explicit.has("System.Reason")) fields["System.Reason"] = `Moved to state ${newState}`;
    applyStateDates(store, fields, oldState, type, options.actor, at);
  }
  stamp(store, draft, options, at, false);
  if (draft.history?.trim()) fields["System.CommentCount"] = Number(fields["System.CommentCount"] ?? 0) + 1;
  if (options.validateOnly) return preview(id, project, draft, relations, previous.rev);
  commit(store, item, draft, relations, options.actor);
  applyMirrors(store, id, mirrors, options.actor, at);
  return item;
}

/**
 * New tags need "Create tag definition" (Tagging namespace), and Stakeholders cannot add new tags at all
 * (Microsoft's Stakeholder access quick reference); existing tags are free to assign. A permitted writer's new
 * tags become definitions (kept even when the save then fails later, as a definition is its own record).
 */
function requireTagDefinitions(store: Store, projectName: string, tags: unknown, actor: SeedUser): void {
  const project = store.project(projectName);
  if (!project) return;
  const missing = store.undefinedTags(project, tags);
  if (!missing.length) return;
  const allowed =
    !store.security.isStakeholder(actor) &&
    store.security.has(actor, TAGGING_NAMESPACE, taggingToken(project.id), TAGGING.Create);
  if (!allowed) throw tagCreationDenied();
  store.defineTags(project, missing);
}

/** bypassRules=true needs "Bypass rules on work item updates" on the project (Project namespace). */
function requireBypassPermission(store: Store, project: ProjectDef, options: WriteOptions): void {
  if (
    options.bypassRules &&
    !store.security.hasProjectPermission(options.actor, project, PROJECT.BYPASS_RULES)
  )
    throw bypassRulesDenied();
}

function envFor(store: Store, project: ProjectDef, options: WriteOptions, id: number) {
  return {
    bypassRules: options.bypassRules === true,
    normalize: (def: Parameters<typeof normalizeFieldValue>[2], value: unknown) =>
      normalizeFieldValue(store, project, def, value, id),
  };
}

function validate(store: Store, draft: Draft, type: WorkItemTypeDef, actor: SeedUser): void {
  const f = draft.fields;
  if (!String(f["System.Title"] ?? "").trim())
    throw ruleError("Title", "System.Title", "Required, InvalidEmpty");
  const state = findState(type, String(f["System.State"] ?? ""));
  if (!state)
    throw ruleError(
      "State",
      "System.State",
      "Required, HasValues, LimitedToValues, AllowsOldValue, InvalidEmpty",
    );
  f["System.State"] = state.name;
  if (!store.canWrite(actor, String(f["System.AreaPath"])))
    throw areaWriteDenied(String(f["System.AreaPath"]));
  requireTagDefinitions(store, String(f["System.TeamProject"]), f["System.Tags"], actor);
}

function stamp(store: Store, draft: Draft, options: WriteOptions, at: Date, creating: boolean): void {
  const f = draft.fields;
  const by = store.identityRef(options.actor);
  if (creating) {
    if (!draft.explicit.has("System.CreatedDate")) f["System.CreatedDate"] = at;
    if (!draft.explicit.has("System.CreatedBy")) f["System.CreatedBy"] = by;
  }
  if (!draft.explicit.has("System.ChangedDate"))
    f["System.ChangedDate"] = creating ? f["System.CreatedDate"] : at;
  if (!draft.explicit.has("System.ChangedBy")) f["System.ChangedBy"] = by;
  f["System.AuthorizedDate"] = f["System.ChangedDate"];
  f["System.AuthorizedAs"] = by;
  f["System.Rev"] = draft.rev + 1;
}

const categoryOf = (type: WorkItemTypeDef, state: string | undefined): StateCategory | undefined =>
  state === undefined ? undefined : findState(type, state)?.category;

function applyStateDates(
  store: Store,
  f: Fields,
  oldState: string | undefined,
  type: WorkItemTypeDef,
  actor: SeedUser,
  at: Date,
): void {
  const by = store.identityRef(actor);
  const from = categoryOf(type, oldState);
  const to = categoryOf(type, String(f["System.State"]));
  f["Microsoft.VSTS.Common.StateChangeDate"] = at;
  if (to === "InProgress" && from !== "InProgress") {
    f["Microsoft.VSTS.Common.ActivatedDate"] = at;
    f["Microsoft.VSTS.Common.ActivatedBy"] = by;
  }
  if (to === "Proposed") {
    delete f["Microsoft.VSTS.Common.ActivatedDate"];
    delete f["Microsoft.VSTS.Common.ActivatedBy"];
  }
  // As the processes' system rules do (ado-rest-specs processes/…/rules): Closed Date is stamped on entering
  // a Completed-category state from an open one and emptied in Proposed and InProgress states; Removed
  // leaves it as it was, in and out.
  if (to === "Completed" && from !== "Completed" && from !== "Removed") {
    f["Microsoft.VSTS.Common.ClosedDate"] = at;
    f["Microsoft.VSTS.Common.ClosedBy"] = by;
  } else if (to !== "Completed" && to !== "Removed") {
    delete f["Microsoft.VSTS.Common.ClosedDate"];
    delete f["Microsoft.VSTS.Common.ClosedBy"];
  }
}

function changed(previous: Revision, draft: Draft, relations: Relation[]): boolean {
  if (draft.history?.trim()) return true;
  if (JSON.stringify(previous.relations) !== JSON.stringify(relations)) return true;
  const before = previous.fields;
  const after = draft.fields;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete("System.History");
  for (const k of keys) if (!sameStored(before[k], after[k])) return true;
  return false;
}

function sameStored(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a && b && typeof a === "object" && typeof b === "object")
    return (a as { id?: string }).id === (b as { id?: string }).id;
  return a === b;
}

function commit(
  store: Store,
  item: WorkItemRecord,
  draft: Draft,
  relations: Relation[],
  actor: SeedUser,
  format: CommentFormat = "html",
) {
  const fields: Fields = { ...draft.fields };
  setParentField(fields, relations);
  const rev = draft.rev + 1;
  const history = draft.history?.trim() ? draft.history : undefined;
  if (history) {
    fields["System.History"] = history;
    item.comments.push(
      newComment(store, item, history, format, actor, fields["System.ChangedDate"] as Date, rev),
    );
  }
  item.revisions.push(Object.freeze({ rev, fields: Object.freeze(fields), relations }) as Revision);
}

function setParentField(fields: Fields, relations: Relation[]): void {
  const parent = parentOf(relations);
  if (parent === undefined) delete fields["System.Parent"];
  else fields["System.Parent"] = parent;
}

/** ADO writes the reverse link on the other item as a new revision of that item, by the same person. */
function applyMirrors(
  store: Store,
  sourceId: number,
  mirrors: MirrorChange[],
  actor: SeedUser,
  at: Date,
): void {
  const byTarget = new Map<number, MirrorChange[]>();
  for (const m of mirrors) byTarget.set(m.targetId, [...(byTarget.get(m.targetId) ?? []), m]);
  for (const [targetId, changes] of byTarget) {
    const target = store.items.get(targetId)!;
    const previous = store.current(target);
    let relations = previous.relations;
    for (const change of changes) relations = applyMirror(store, relations, sourceId, change);
    const fields: Fields = { ...previous.fields };
    delete fields["System.History"];
    const by = store.identityRef(actor);
    Object.assign(fields, {
      "System.Rev": previous.rev + 1,
      "System.ChangedDate": at,
      "System.ChangedBy": by,
      "System.AuthorizedDate": at,
      "System.AuthorizedAs": by,
    });
    setParentField(fields, relations);
    target.revisions.push(Object.freeze({ rev: previous.rev + 1, fields: Object.freeze(fields), relations }));
  }
}

/** What validateOnly returns: the item as it would be, nothing stored. */
function preview(
  id: number,
  project: ProjectDef,
  draft: Draft,
  relations: Relation[],
  rev: number,
): WorkItemRecord {
  const fields: Fields = { ...draft.fields, "System.Rev": rev };
  if (draft.history) fields["System.History"] = draft.history;
  setParentField(fields, relations);
  return { id, projectId: project.id, revisions: [{ rev, fields, relations }], comments: [] };
}

/** A Comments API comment is a revision too: System.History + System.CommentCount, by the caller. */
export function addCommentRevision(
  store: Store,
  item: WorkItemRecord,
  text: string,
  format: CommentFormat,
  actor: SeedUser,
): CommentRecord {
  const previous = store.current(item);
  const area = String(previous.fields["System.AreaPath"] ?? "");
  if (!store.canWrite(actor, area)) throw areaWriteDenied(area);
  const fields: Fields = { ...previous.fields };
  delete fields["System.History"];
  const draft: Draft = {
    fields,
    relations: previous.relations,
    rev: previous.rev,
    explicit: new Set(),
    history: text,
  };
  stamp(store, draft, { actor }, store.now(), false);
  fields["System.CommentCount"] = Number(fields["System.CommentCount"] ?? 0) + 1;
  commit(store, item, draft, previous.relations, actor, format);
  return item.comments[item.comments.length - 1];
}
