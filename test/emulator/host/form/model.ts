/**
 * The open work item as the host form holds it: the last revision read over REST plus unsaved edits
 * (fields and relations). Both the page and the work-item-form service read and write it, and every change
 * is announced to subscribers (the page re-syncs its inputs; the notifier tells the form contributions).
 */
import { type Rest, seg } from "../rest";

export interface WorkItemRelation {
  rel: string;
  url: string;
  attributes?: Record<string, unknown>;
}

export interface RestWorkItem {
  id: number;
  rev: number;
  fields: Record<string, unknown>;
  relations?: WorkItemRelation[];
  url: string;
}

export interface StateInfo {
  name: string;
  color: string;
  category: string;
}

export interface CommentInfo {
  id: number;
  text: string;
  createdBy?: { displayName?: string };
  createdDate?: string;
}

export interface IdentityValue {
  displayName: string;
  uniqueName?: string;
  id?: string;
}

export type FormEvent =
  | { type: "loaded" | "saved" | "refreshed" | "reset" | "unloaded" | "relationsChanged" | "validityChanged" }
  | { type: "fieldChanged"; changedFields: Record<string, unknown> };

/** Fields nobody may set through the form, as in Azure DevOps. */
const READ_ONLY = new Set([
  "System.Id",
  "System.Rev",
  "System.TeamProject",
  "System.WorkItemType",
  "System.CreatedDate",
  "System.CreatedBy",
  "System.ChangedDate",
  "System.ChangedBy",
  "System.AuthorizedDate",
  "System.RevisedDate",
  "System.Watermark",
]);

export const isIdentity = (value: unknown): value is IdentityValue =>
  !!value && typeof value === "object" && "displayName" in value;

/** "Name <email>", the string form the form service gives for identity fields. */
export const identityString = (value: IdentityValue) =>
  value.uniqueName ? `${value.displayName} <${value.uniqueName}>` : value.displayName;

const sameRelation = (a: WorkItemRelation, b: WorkItemRelation) =>
  a.rel === b.rel && a.url.toLowerCase() === b.url.toLowerCase();

export class WorkItemModel {
  private item!: RestWorkItem;
  private pending = new Map<string, unknown>();
  private added: WorkItemRelation[] = [];
  private removed: WorkItemRelation[] = [];
  private listeners = new Set<(event: FormEvent) => void>();
  states: StateInfo[] = [];
  comments: CommentInfo[] = [];
  /** Set by an extension through setError; blocks save like an invalid field. */
  customError: string | undefined;

  constructor(
    private readonly rest: Rest,
    readonly id: number,
  ) {}

  on(listener: (event: FormEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: FormEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  get project(): string {
    return String(this.item.fields["System.TeamProject"]);
  }
  get rev(): number {
    return this.item.rev;
  }
  get type(): string {
    return String(this.item.fields["System.WorkItemType"]);
  }
  get url(): string {
    return this.item.url;
  }

  /** First read: the item (org-level, so any project's item opens), its type's states and the comments. */
  async load(): Promise<void> {
    await this.read();
    this.emit({ type: "loaded" });
  }

  private async read(): Promise<void> {
    this.item = await this.rest.call<RestWorkItem>("GET", `_apis/wit/workitems/${this.id}?$expand=relations`);
    const projectPath = seg(this.project);
    const [states, comments] = await Promise.all([
      this.rest.list<StateInfo>(`${projectPath}/_apis/wit/workitemtypes/${seg(this.type)}/states`),
      this.rest.call<{ comments: CommentInfo[] }>(
        "GET",
        `${projectPath}/_apis/wit/workItems/${this.id}/comments?api-version=${this.rest.commentsApiVersion}`,
      ),
    ]);
    this.states = states;
    this.comments = [...comments.comments].sort(
      (a, b) => String(b.createdDate ?? "").localeCompare(String(a.createdDate ?? "")) || b.id - a.id,
    );
    this.pending.clear();
    this.added = [];
    this.removed = [];
  }

  getFieldValue(ref: string, original = false): unknown {
    if (!original && this.pending.has(ref)) return this.pending.get(ref);
    if (ref === "System.Id") return this.item.id;
    if (ref === "System.Rev") return this.item.rev;
    return this.item.fields[ref];
  }

  /** Every field the item has, saved or pending. */
  fieldNames(): string[] {
    return [
      ...new Set(["System.Id", "System.Rev", ...Object.keys(this.item.fields), ...this.pending.keys()]),
    ];
  }

  canSet(ref: string): boolean {
    return !READ_ONLY.has(ref);
  }

  setFieldValues(values: Record<string, unknown>): Record<string, boolean> {
    const results: Record<string, boolean> = {};
    const changed: Record<string, unknown> = {};
    for (const [ref, value] of Object.entries(values)) {
      results[ref] = this.canSet(ref);
      if (!results[ref]) continue;
      const original = this.item.fields[ref];
      const same = value === original || (isIdentity(original) && value === identityString(original));
      if (same || (value === "" && original === undefined)) this.pending.delete(ref);
      else this.pending.set(ref, value);
      changed[ref] = value;
    }
    if (Object.keys(changed).length) this.emit({ type: "fieldChanged", changedFields: changed });
    return results;
  }

  isDirty(): boolean {
    return this.pending.size > 0 || this.added.length > 0 || this.removed.length > 0;
  }

  dirtyFields(): string[] {
    return [...this.pending.keys()];
  }

  invalidFields(): string[] {
    const title = this.getFieldValue("System.Title");
    const state = this.getFieldValue("System.State");
    const invalid: string[] = [];
    if (typeof title !== "string" || !title.trim()) invalid.push("System.Title");
    if (this.states.length && !this.states.some((s) => s.name === state)) invalid.push("System.State");
    return invalid;
  }

  isValid(): boolean {
    return this.invalidFields().length === 0 && !this.customError;
  }

  setCustomError(message: string | undefined): void {
    this.customError = message;
    this.emit({ type: "validityChanged" });
  }

  relations(): WorkItemRelation[] {
    const saved = (this.item.relations ?? []).filter((r) => !this.removed.some((x) => sameRelation(r, x)));
    return [...saved, ...this.added];
  }

  addRelations(relations: WorkItemRelation[]): void {
    for (const r of relations) {
      if (!r?.rel || !r?.url) throw new Error("A relation needs rel and url.");
      const wasRemoved = this.removed.findIndex((x) => sameRelation(x, r));
      if (wasRemoved >= 0) this.removed.splice(wasRemoved, 1);
      else if (!this.relations().some((x) => sameRelation(x, r))) this.added.push({ attributes: {}, ...r });
    }
    this.emit({ type: "relationsChanged" });
  }

  removeRelations(relations: WorkItemRelation[]): void {
    for (const r of relations) {
      const addedIndex = this.added.findIndex((x) => sameRelation(x, r));
      if (addedIndex >= 0) this.added.splice(addedIndex, 1);
      else if ((this.item.relations ?? []).some((x) => sameRelation(x, r))) this.removed.push(r);
    }
    this.emit({ type: "relationsChanged" });
  }

  /** The JSON Patch for the unsaved changes, guarded by `test /rev` so a concurrent edit yields a conflict. */
  patchDocument(): object[] {
    const ops: object[] = [{ op: "test", path: "/rev", value: this.item.rev }];
    for (const [ref, value] of this.pending) {
      if ((value === "" || value === null || value === undefined) && this.item.fields[ref] !== undefined)
        ops.push({ op: "remove", path: `/fields/${ref}` });
      else if (value !== "" && value !== null && value !== undefined)
        ops.push({ op: "add", path: `/fields/${ref}`, value });
    }
    // Removals by index, highest first, so earlier removals do not shift later ones.
    const saved = this.item.relations ?? [];
    const indexes = this.removed.map((r) => saved.findIndex((x) => sameRelation(x, r))).filter((i) => i >= 0);
    for (const index of indexes.sort((a, b) => b - a))
      ops.push({ op: "remove", path: `/relations/${index}` });
    for (const r of this.added) ops.push({ op: "add", path: "/relations/-", value: r });
    return ops;
  }

  /** PATCHes the changes; resolves without a request when there is nothing to save. */
  async save(): Promise<boolean> {
    if (!this.isDirty()) return false;
    const invalid = this.invalidFields();
    if (invalid.length)
      throw new Error(`The work item is not valid: ${invalid.join(", ")} has no valid value.`);
    if (this.customError) throw new Error(this.customError);
    await this.rest.call("PATCH", `_apis/wit/workitems/${this.id}`, this.patchDocument(), {
      contentType: "application/json-patch+json",
    });
    await this.read();
    this.emit({ type: "saved" });
    return true;
  }

  async refresh(): Promise<void> {
    await this.read();
    this.emit({ type: "refreshed" });
  }

  reset(): void {
    this.pending.clear();
    this.added = [];
    this.removed = [];
    this.emit({ type: "reset" });
  }

  unload(): void {
    this.emit({ type: "unloaded" });
  }
}
