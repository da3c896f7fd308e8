/** Work item links: canonical urls, hierarchy rules, and the mirror link ADO keeps on the other item. */
import { badRequest, workItemNotFound } from "../http/errors";
import { type Relation, type WorkItemRecord } from "../model/types";
import { type Store } from "./store";

export const PARENT = "System.LinkTypes.Hierarchy-Reverse";
export const CHILD = "System.LinkTypes.Hierarchy-Forward";

const WORK_ITEM_LINKS: Record<string, { name: string; reverse: string }> = {
  [PARENT]: { name: "Parent", reverse: CHILD },
  [CHILD]: { name: "Child", reverse: PARENT },
  "System.LinkTypes.Related": { name: "Related", reverse: "System.LinkTypes.Related" },
  "System.LinkTypes.Dependency-Forward": {
    name: "Successor",
    reverse: "System.LinkTypes.Dependency-Reverse",
  },
  "System.LinkTypes.Dependency-Reverse": {
    name: "Predecessor",
    reverse: "System.LinkTypes.Dependency-Forward",
  },
  "System.LinkTypes.Duplicate-Forward": { name: "Duplicate", reverse: "System.LinkTypes.Duplicate-Reverse" },
  "System.LinkTypes.Duplicate-Reverse": {
    name: "Duplicate Of",
    reverse: "System.LinkTypes.Duplicate-Forward",
  },
};
const OTHER_LINKS = ["ArtifactLink", "Hyperlink", "AttachedFile"];

export interface MirrorChange {
  targetId: number;
  action: "add" | "remove";
  rel: string;
  comment?: unknown;
}

export function linkTypeOf(rel: string): { canonical: string; name: string; reverse: string } | undefined {
  const key = Object.keys(WORK_ITEM_LINKS).find((k) => k.toLowerCase() === rel.toLowerCase());
  return key ? { canonical: key, ...WORK_ITEM_LINKS[key] } : undefined;
}

export function targetIdOf(relation: Relation): number | undefined {
  const m = /\/workitems\/(\d+)\/?$/i.exec(relation.url);
  return m ? Number(m[1]) : undefined;
}

const keyOf = (r: Relation) => `${r.rel.toLowerCase()}|${r.url.toLowerCase()}`;

/** Canonical rel name, url and attributes for every relation of a draft. */
export function normalizeRelations(store: Store, relations: Relation[]): Relation[] {
  return relations.map((r) => {
    const type = linkTypeOf(r.rel);
    if (!type) {
      const other = OTHER_LINKS.find((o) => o.toLowerCase() === r.rel.toLowerCase());
      if (!other)
        throw badRequest(
          "WorkItemLinkTypeNotFoundException",
          `TF201063: Link type '${r.rel}' does not exist.`,
        );
      return { ...r, rel: other };
    }
    const target = targetIdOf(r);
    if (target === undefined)
      throw badRequest("WorkItemLinkInvalidException", `The url '${r.url}' is not a work item url.`);
    return {
      rel: type.canonical,
      url: store.workItemUrl(target),
      attributes: { isLocked: false, ...r.attributes, name: type.name },
    };
  });
}

/**
 * Checks the new relation set of item `selfId` (0 while creating) against the previous one and returns
 * the links ADO adds to or removes from the items at the other end.
 */
export function planMirrors(
  store: Store,
  selfId: number,
  before: Relation[],
  after: Relation[],
): MirrorChange[] {
  const beforeKeys = new Set(before.map(keyOf));
  const afterKeys = new Set(after.map(keyOf));
  const seen = new Set<string>();
  for (const r of after) {
    if (seen.has(keyOf(r)))
      throw badRequest("WorkItemLinkAlreadyExistsException", `Relation ${r.rel} to ${r.url} already exists.`);
    seen.add(keyOf(r));
  }
  if (after.filter((r) => r.rel === PARENT).length > 1)
    throw extraParent(selfId, targetIdOf(after.filter((r) => r.rel === PARENT)[1]) ?? 0);
  const changes: MirrorChange[] = [];
  for (const r of after) {
    if (beforeKeys.has(keyOf(r))) continue;
    const type = linkTypeOf(r.rel);
    const targetId = targetIdOf(r);
    if (!type || targetId === undefined) continue;
    const target = store.items.get(targetId);
    if (!target) throw workItemNotFound(targetId);
    if (targetId === selfId)
      throw badRequest("WorkItemLinkInvalidException", "A work item cannot link to itself.");
    if (r.rel === CHILD) {
      const existing = parentOf(store.current(target).relations);
      if (existing !== undefined && existing !== selfId) throw extraParent(targetId, existing);
    }
    if (r.rel === PARENT && selfId && ancestorsOf(store, targetId).has(selfId))
      throw badRequest(
        "WorkItemLinkCircularException",
        `TF201036: You cannot add a Parent link between work items ${selfId} and ${targetId} because it would create a circular relationship.`,
      );
    changes.push({ targetId, action: "add", rel: type.reverse, comment: r.attributes.comment });
  }
  for (const r of before) {
    if (afterKeys.has(keyOf(r))) continue;
    const type = linkTypeOf(r.rel);
    const targetId = targetIdOf(r);
    if (type && targetId !== undefined && store.items.has(targetId))
      changes.push({ targetId, action: "remove", rel: type.reverse });
  }
  return changes;
}

export function parentOf(relations: Relation[]): number | undefined {
  const parent = relations.find((r) => r.rel === PARENT);
  return parent ? targetIdOf(parent) : undefined;
}

function ancestorsOf(store: Store, id: number): Set<number> {
  const result = new Set<number>([id]);
  let current: WorkItemRecord | undefined = store.items.get(id);
  while (current) {
    const parent = parentOf(store.current(current).relations);
    if (parent === undefined || result.has(parent)) break;
    result.add(parent);
    current = store.items.get(parent);
  }
  return result;
}

function extraParent(childId: number, existingParent: number) {
  return badRequest(
    "WorkItemLinkAddExtraParentException",
    `TF201036: You cannot add a Child link between work items because work item ${childId} already has a Parent link to work item ${existingParent}. A work item can have only one Parent link.`,
  );
}

/** The relation list of `target` after a mirror change made from `sourceId`. */
export function applyMirror(
  store: Store,
  relations: Relation[],
  sourceId: number,
  change: MirrorChange,
): Relation[] {
  const url = store.workItemUrl(sourceId).toLowerCase();
  if (change.action === "remove")
    return relations.filter((r) => !(r.rel === change.rel && r.url.toLowerCase() === url));
  const type = linkTypeOf(change.rel);
  const attributes: Record<string, unknown> = { isLocked: false };
  if (change.comment !== undefined) attributes.comment = change.comment;
  attributes.name = type?.name;
  return [...relations, { rel: change.rel, url: store.workItemUrl(sourceId), attributes }];
}
