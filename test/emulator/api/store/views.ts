/** Response bodies built from records: work items, revisions, updates, comments (modern and legacy). */
import { badRequest, notFound } from "../http/errors";
import { FIELDS, findField } from "../model/fields";
import { displayForm, userById } from "../model/identities";
import {
  type CommentRecord,
  type Fields,
  type IdentityRef,
  type Revision,
  type WorkItemRecord,
} from "../model/types";
import { renderedText } from "./comments";
import { type Store } from "./store";

export type Expand = "none" | "relations" | "fields" | "links" | "all";

const EXPANDS: Expand[] = ["none", "relations", "fields", "links", "all"];

export function parseExpand(value: unknown): Expand {
  if (value === undefined || value === null || value === "") return "none";
  const text = String(value).toLowerCase();
  const byNumber = /^\d$/.test(text) ? EXPANDS[Number(text)] : undefined;
  const expand = byNumber ?? EXPANDS.find((e) => e === text);
  if (!expand)
    throw badRequest("ArgumentException", `The value '${String(value)}' is not a valid $expand value.`);
  return expand;
}

/** Canonical reference names; unknown names are a 400 as in ADO. */
export function parseFieldList(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(",") : [];
  const names = list.map((s) => s.trim()).filter(Boolean);
  if (!names.length) return undefined;
  return names.map((name) => {
    const def = findField(name);
    if (!def) throw badRequest("WorkItemFieldInvalidException", `TF51535: Cannot find field ${name}.`);
    return def.referenceName;
  });
}

export interface WorkItemView {
  fields?: string[];
  expand?: Expand;
  /** Create/update responses carry relations without asking. */
  withRelations?: boolean;
}

export function revisionAsOf(item: WorkItemRecord, asOf: Date): Revision {
  const found = [...item.revisions]
    .reverse()
    .find((r) => (r.fields["System.ChangedDate"] as Date).getTime() <= asOf.getTime());
  if (!found)
    throw notFound(
      "WorkItemUnauthorizedAccessException",
      `TF401232: Work item ${item.id} does not exist, or you do not have permissions to read it (as of ${asOf.toISOString()}).`,
    );
  return found;
}

export function renderWorkItem(
  store: Store,
  item: WorkItemRecord,
  view: WorkItemView = {},
  revision?: Revision,
) {
  const rev = revision ?? store.current(item);
  const project = store.projectOf(item);
  const expand = view.expand ?? "none";
  const body: Record<string, unknown> = {
    id: item.id,
    rev: rev.rev,
    fields: pickFields(rev.fields, view.fields),
  };
  if ((view.withRelations || expand === "relations" || expand === "all") && rev.relations.length)
    body.relations = rev.relations.map((r) => ({ ...r, attributes: { ...r.attributes } }));
  const editUrl = `${store.orgUrl}/${encodeURIComponent(project.name)}/_workitems/edit/${item.id}`;
  const api = store.workItemUrl(item.id);
  body._links = {
    self: { href: api },
    workItemUpdates: { href: `${api}/updates` },
    workItemRevisions: { href: `${api}/revisions` },
    workItemComments: { href: `${api}/comments` },
    workItemHistory: { href: `${api}/history` },
    html: { href: editUrl },
    workItemType: {
      href: `${store.orgUrl}/${project.id}/_apis/wit/workItemTypes/${encodeURIComponent(String(rev.fields["System.WorkItemType"]))}`,
    },
    fields: { href: `${store.orgUrl}/_apis/wit/fields` },
  };
  const parent = rev.fields["System.Parent"];
  if (typeof parent === "number")
    (body._links as Record<string, unknown>).parent = { href: store.workItemUrl(parent) };
  body.url = api;
  return body;
}

function pickFields(fields: Fields, wanted: string[] | undefined): Fields {
  const out: Fields = {};
  if (wanted) {
    for (const ref of wanted) if (fields[ref] !== undefined) out[ref] = fields[ref];
    return out;
  }
  for (const def of FIELDS) {
    const value = fields[def.referenceName];
    if (value !== undefined && !def.hidden) out[def.referenceName] = value;
  }
  return out;
}

/** IdentityReference: an IdentityRef plus `name` in the "Name <email>" form. */
export function identityReference(ref: IdentityRef) {
  const user = userById(ref.id);
  return { ...ref, name: user ? displayForm(user) : ref.displayName };
}

export function renderUpdates(store: Store, item: WorkItemRecord) {
  return item.revisions.map((rev, i) => {
    const before = i > 0 ? item.revisions[i - 1] : undefined;
    const next = item.revisions[i + 1];
    const fields: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    const keys = new Set([...Object.keys(before?.fields ?? {}), ...Object.keys(rev.fields)]);
    for (const key of keys) {
      const oldValue = before?.fields[key];
      const newValue = rev.fields[key];
      if (same(oldValue, newValue)) continue;
      const change: { oldValue?: unknown; newValue?: unknown } = {};
      if (oldValue !== undefined) change.oldValue = oldValue;
      if (newValue !== undefined) change.newValue = newValue;
      fields[key] = change;
    }
    const update: Record<string, unknown> = {
      id: rev.rev,
      workItemId: item.id,
      rev: rev.rev,
      revisedBy: identityReference(rev.fields["System.ChangedBy"] as IdentityRef),
      revisedDate: next ? next.fields["System.ChangedDate"] : new Date("9999-01-01T00:00:00Z"),
      fields,
    };
    const key = (r: { rel: string; url: string }) => `${r.rel}|${r.url}`;
    const beforeKeys = new Set((before?.relations ?? []).map(key));
    const afterKeys = new Set(rev.relations.map(key));
    const added = rev.relations.filter((r) => !beforeKeys.has(key(r)));
    const removed = (before?.relations ?? []).filter((r) => !afterKeys.has(key(r)));
    if (added.length || removed.length) {
      const relations: Record<string, unknown> = {};
      if (added.length) relations.added = added;
      if (removed.length) relations.removed = removed;
      update.relations = relations;
    }
    const api = store.workItemUrl(item.id);
    update._links = {
      self: { href: `${api}/updates/${rev.rev}` },
      workItemUpdates: { href: `${api}/updates` },
      parent: { href: api },
    };
    update.url = `${api}/updates/${rev.rev}`;
    return update;
  });
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a && b && typeof a === "object" && typeof b === "object")
    return (a as { id?: string }).id === (b as { id?: string }).id;
  return a === b;
}

export function renderComment(store: Store, item: WorkItemRecord, c: CommentRecord, enumsAsNumbers: boolean) {
  const project = store.projectOf(item);
  return {
    workItemId: item.id,
    id: c.id,
    version: c.version,
    text: c.text,
    renderedText: renderedText(c),
    format: enumsAsNumbers ? (c.format === "markdown" ? 0 : 1) : c.format,
    mentions: c.mentions.map((m) => ({ ...m })),
    createdBy: c.createdBy,
    createdDate: c.createdDate,
    modifiedBy: c.modifiedBy,
    modifiedDate: c.modifiedDate,
    isDeleted: c.isDeleted,
    url: `${store.orgUrl}/${project.id}/_apis/wit/workItems/${item.id}/comments/${c.id}`,
  };
}

/** The 5.0-preview revision-based comments the typed client's getComments reads. */
export function renderLegacyComment(item: WorkItemRecord, rev: Revision, store: Store) {
  return {
    revision: rev.rev,
    text: String(rev.fields["System.History"]),
    renderedText: String(rev.fields["System.History"]),
    revisedBy: identityReference(rev.fields["System.ChangedBy"] as IdentityRef),
    revisedDate: rev.fields["System.ChangedDate"],
    format: "html",
    url: `${store.workItemUrl(item.id)}/comments/${rev.rev}`,
  };
}
