/** The in-memory organization: projects, work items with revisions and comments, mail, webhooks, documents. */
import { randomUUID } from "crypto";

import { identityRef, type SeedUser, USERS } from "../model/identities";
import { type ProjectDef, PROJECTS } from "../model/processes";
import {
  type ExtensionDocument,
  type IdentityRef,
  type MailEntry,
  type Revision,
  type WebhookEntry,
  type WorkItemRecord,
} from "../model/types";
import { collectionPath, type EmulatorProfile, PROFILES } from "../profile";
import { Security } from "../security/security";
import { seedSecurity } from "../security/seedSecurity";

/** The default profile's organization. */
export const ORGANIZATION = PROFILES.services.collection;

export interface SavedQuery {
  id: string;
  projectId: string;
  folder: "My Queries" | "Shared Queries";
  name: string;
  wiql: string;
  ownerId: string;
  createdDate: Date;
}

/** A work item tag definition (wit 7.1 WorkItemTagDefinition). */
export interface TagDefinition {
  id: string;
  name: string;
  lastUpdated: string;
}

interface Snapshot {
  items: Map<number, WorkItemRecord>;
  tags: Map<string, Map<string, TagDefinition>>;
  nextId: number;
  nextCommentId: number;
}

export class Store {
  /** The organization (Services) or collection (Server) name, as the profile spells it. */
  readonly organization: string;
  /** Its URL: `https://dev.azure.com/{org}` or `https://host/tfs/{collection}`, no trailing slash. */
  readonly orgUrl: string;
  readonly projects: readonly ProjectDef[] = PROJECTS;
  readonly users: readonly SeedUser[] = USERS;
  items = new Map<number, WorkItemRecord>();
  nextId = 1;
  nextCommentId = 1;
  mail: MailEntry[] = [];
  webhooks: WebhookEntry[] = [];
  /** key: scope|collection (lower-cased) → id (lower-cased) → document */
  documents = new Map<string, Map<string, ExtensionDocument>>();
  /**
   * Tag definitions per project id, by lower-cased name (tag names compare without case): a tag not yet
   * defined needs "Create tag definition". A definition keeps the spelling it was first written with.
   */
  tags = new Map<string, Map<string, TagDefinition>>();
  /** Saved work item queries (My Queries and Shared Queries), by id; reset removes them. */
  queries = new Map<string, SavedQuery>();
  /** Groups, access levels and ACLs: who may read and change what (reset returns them to the seed). */
  readonly security = new Security(PROJECTS);
  /** Project properties: project id → property name → value (core "Set project properties"). */
  properties = new Map<string, Map<string, unknown>>();
  private seededProperties = new Map<string, Map<string, unknown>>();
  /** The clock; the seed moves it to write history in the past. */
  now: () => Date;
  private snapshot?: Snapshot;
  private readonly refs = new Map<string, IdentityRef>();

  /**
   * @param clockNow the time of day outside the seed: the real clock, or a fixed instant so that a run (the
   * screenshots) shows the same dates and ages every time.
   */
  constructor(
    readonly publicUrl: string,
    readonly clockNow: () => Date = () => new Date(),
    readonly profile: EmulatorProfile = PROFILES.services,
  ) {
    this.organization = profile.collection;
    this.orgUrl = `${publicUrl}${collectionPath(profile)}`;
    this.now = clockNow;
    seedSecurity(this.security);
  }

  identityRef(user: SeedUser): IdentityRef {
    let ref = this.refs.get(user.id);
    if (!ref) {
      ref = identityRef(user, this.orgUrl);
      this.refs.set(user.id, ref);
    }
    return ref;
  }

  project(nameOrId: string): ProjectDef | undefined {
    const lower = nameOrId.toLowerCase();
    return this.projects.find((p) => p.id === lower || p.name.toLowerCase() === lower);
  }

  projectOf(item: WorkItemRecord): ProjectDef {
    return this.projects.find((p) => p.id === item.projectId) ?? this.projects[0];
  }

  current(item: WorkItemRecord): Revision {
    return item.revisions[item.revisions.length - 1];
  }

  /** "View work items in this node" on the item's area path (CSS namespace, inherited, deny wins). */
  canRead(user: SeedUser, item: WorkItemRecord): boolean {
    const area = String(this.current(item).fields["System.AreaPath"] ?? "");
    return this.security.canReadArea(user, this.projectOf(item), area);
  }

  /** "Edit work items in this node" on the area path (its first segment names the project). */
  canWrite(user: SeedUser, areaPath: string): boolean {
    const project = this.project(areaPath.split("\\")[0]);
    return !!project && this.security.canWriteArea(user, project, areaPath);
  }

  /** Tags (as System.Tags writes them, "a; b") the project has no definition of yet. */
  undefinedTags(project: ProjectDef, tagsField: unknown): string[] {
    const known = this.tags.get(project.id) ?? new Map<string, TagDefinition>();
    return splitTags(tagsField).filter((t) => !known.has(t.toLowerCase()));
  }

  defineTags(project: ProjectDef, tags: string[]): void {
    let known = this.tags.get(project.id);
    if (!known) this.tags.set(project.id, (known = new Map()));
    for (const t of tags)
      if (!known.has(t.toLowerCase()))
        known.set(t.toLowerCase(), { id: randomUUID(), name: t, lastUpdated: this.now().toISOString() });
  }

  /** The project's tag definitions, in the order they were made. */
  tagDefinitions(project: ProjectDef): TagDefinition[] {
    return [...(this.tags.get(project.id)?.values() ?? [])];
  }

  workItemUrl(id: number): string {
    return `${this.orgUrl}/_apis/wit/workItems/${id}`;
  }

  /**
   * Runs `change` all or nothing: when it throws, the work items and id counters are as they were before
   * (a work item `$batch` is one bulk save).
   */
  atomically<T>(change: () => T): T {
    const before = this.capture();
    try {
      return change();
    } catch (e) {
      this.restore(before);
      throw e;
    }
  }

  /** The work items and id counters as they are now, safe from later changes. */
  private capture(): Snapshot {
    return {
      items: cloneItems(this.items),
      tags: cloneTags(this.tags),
      nextId: this.nextId,
      nextCommentId: this.nextCommentId,
    };
  }

  private restore(s: Snapshot): void {
    this.items = s.items;
    this.tags = s.tags;
    this.nextId = s.nextId;
    this.nextCommentId = s.nextCommentId;
  }

  /** Freezes the current state as "the seed" that reset() returns to. */
  markSeeded(): void {
    this.snapshot = this.capture();
    this.seededProperties = cloneProperties(this.properties);
  }

  reset(): void {
    if (!this.snapshot) throw new Error("Store was never seeded.");
    // The seed snapshot is used again by the next reset, so the store works on a copy of it.
    this.restore({
      ...this.snapshot,
      items: cloneItems(this.snapshot.items),
      tags: cloneTags(this.snapshot.tags),
    });
    this.mail = [];
    this.webhooks = [];
    this.documents = new Map();
    this.queries = new Map();
    this.properties = cloneProperties(this.seededProperties);
    this.security.reset();
    this.now = this.clockNow;
  }
}

function cloneTags(tags: Map<string, Map<string, TagDefinition>>): Map<string, Map<string, TagDefinition>> {
  return new Map([...tags].map(([k, v]) => [k, new Map(v)]));
}

function cloneProperties(p: Map<string, Map<string, unknown>>): Map<string, Map<string, unknown>> {
  return new Map([...p].map(([k, v]) => [k, new Map(v)]));
}

export function splitTags(value: unknown): string[] {
  return String(value ?? "")
    .split(";")
    .map((t) => t.trim())
    .filter(Boolean);
}

/** Revisions are immutable once pushed, so the arrays are copied and the revisions shared. */
function cloneItems(items: Map<number, WorkItemRecord>): Map<number, WorkItemRecord> {
  const copy = new Map<number, WorkItemRecord>();
  for (const [id, item] of items) {
    copy.set(id, {
      ...item,
      revisions: [...item.revisions],
      comments: item.comments.map((c) => ({ ...c, mentions: [...c.mentions] })),
    });
  }
  return copy;
}
