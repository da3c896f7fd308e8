/** The in-memory organization: projects, work items with revisions and comments, mail, webhooks, documents. */
import { canAccessArea, identityRef, type SeedUser, USERS } from "../model/identities";
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

/** The default profile's organization. */
export const ORGANIZATION = PROFILES.services.collection;

interface Snapshot {
  items: Map<number, WorkItemRecord>;
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
   * Users (keys) who may read but not change work items, as a member of the Readers group: set through
   * POST /_emulator/permissions, cleared by reset.
   */
  readers = new Set<string>();
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

  canRead(user: SeedUser, item: WorkItemRecord): boolean {
    return canAccessArea(user, String(this.current(item).fields["System.AreaPath"] ?? ""));
  }

  /** Whether the user may save work items under the area path. */
  canWrite(user: SeedUser, areaPath: string): boolean {
    return !this.readers.has(user.key) && canAccessArea(user, areaPath);
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
    return { items: cloneItems(this.items), nextId: this.nextId, nextCommentId: this.nextCommentId };
  }

  private restore(s: Snapshot): void {
    this.items = s.items;
    this.nextId = s.nextId;
    this.nextCommentId = s.nextCommentId;
  }

  /** Freezes the current state as "the seed" that reset() returns to. */
  markSeeded(): void {
    this.snapshot = this.capture();
  }

  reset(): void {
    if (!this.snapshot) throw new Error("Store was never seeded.");
    // The seed snapshot is used again by the next reset, so the store works on a copy of it.
    this.restore({ ...this.snapshot, items: cloneItems(this.snapshot.items) });
    this.mail = [];
    this.webhooks = [];
    this.documents = new Map();
    this.readers = new Set();
    this.now = this.clockNow;
  }
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
