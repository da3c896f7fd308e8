/**
 * Manual fakes for the settings hub: a project's work item types and states, an extension data document
 * store with real etag semantics behind the real settings store, identity search and the host's confirm.
 * Anything a test did not expect throws "Not implemented".
 */
import type { DocumentStore, StoredDocument } from "../../../src/ado/documentStore";
import { DocumentConflictError } from "../../../src/ado/restErrors";
import { createSettingsStore } from "../../../src/ado/settingsStore";
import type { SettingsHubServices } from "../../../src/contributions/settings-hub/settingsServices";
import type { WorkItemState } from "../../../src/domain/states";
import { HOLLY, notImplemented, REMI, SAM } from "../../support/fakeDesk";

export { HOLLY, notImplemented, REMI, SAM };

const S = (name: string, category: string): WorkItemState => ({ name, category });

/** An inherited Agile process whose intake type has New / In Planning / Closed. */
export const INHERITED: Record<string, WorkItemState[]> = {
  "User Request": [S("New", "Proposed"), S("In Planning", "InProgress"), S("Closed", "Completed")],
  Bug: [S("New", "Proposed"), S("Active", "InProgress"), S("Resolved", "Resolved"), S("Closed", "Completed")],
  Task: [S("New", "Proposed"), S("Active", "InProgress"), S("Closed", "Completed"), S("Removed", "Removed")],
  "User Story": [
    S("New", "Proposed"),
    S("Active", "InProgress"),
    S("Resolved", "Resolved"),
    S("Closed", "Completed"),
    S("Removed", "Removed"),
  ],
};

/** The stock Basic process. */
export const BASIC: Record<string, WorkItemState[]> = {
  Issue: [S("To Do", "Proposed"), S("Doing", "InProgress"), S("Done", "Completed")],
  Task: [S("To Do", "Proposed"), S("Doing", "InProgress"), S("Done", "Completed")],
  Epic: [S("To Do", "Proposed"), S("Doing", "InProgress"), S("Done", "Completed")],
};

const MEMBERS = [HOLLY, REMI, SAM];

/** Extension data documents with the service's optimistic concurrency on the etag. */
export class FakeDocuments implements DocumentStore<unknown> {
  public docs = new Map<string, StoredDocument<unknown>>();
  public writes: { id: string; value: unknown; etag: number | undefined }[] = [];
  public reads = 0;
  public async read(id: string): Promise<StoredDocument<unknown>> {
    this.reads++;
    return JSON.parse(JSON.stringify(this.docs.get(id) ?? { value: undefined, etag: undefined }));
  }
  public async write(id: string, value: unknown, etag: number | undefined): Promise<StoredDocument<unknown>> {
    this.writes.push({ id, value: JSON.parse(JSON.stringify(value)), etag });
    if (this.docs.get(id)?.etag !== etag) throw new DocumentConflictError("These settings");
    const saved = { value: JSON.parse(JSON.stringify(value)), etag: (etag ?? 0) + 1 };
    this.docs.set(id, saved);
    return saved;
  }
  /** What another administrator's save does to the stored document. */
  public saveAsSomeoneElse(id: string, value: unknown): void {
    const current = this.docs.get(id);
    this.docs.set(id, { value, etag: (current?.etag ?? 0) + 1 });
  }
}

export const PROJECT_ID = "5e0b7a2d-9c41-4f3a-8e6b-1d2c3b4a5f01";

export interface FakeHub {
  services: SettingsHubServices;
  documents: FakeDocuments;
  confirms: { title: string; message: string; action: string }[];
  searches: string[];
  calls: string[];
  /** What the next confirmation answers. */
  answer: boolean;
}

export function fakeHub(
  options: { process?: Record<string, WorkItemState[]>; stored?: unknown; etag?: number } = {},
): FakeHub {
  const process = options.process ?? INHERITED;
  const documents = new FakeDocuments();
  if (options.stored !== undefined)
    documents.docs.set(PROJECT_ID, { value: options.stored, etag: options.etag ?? 1 });
  const calls: string[] = [];
  const workItems = {
    async types() {
      calls.push("types");
      return Object.keys(process);
    },
    async typeStates(type: string) {
      calls.push(`typeStates ${type}`);
      return process[type] ?? notImplemented(`states of ${type}`);
    },
  };
  const hub: FakeHub = {
    documents,
    confirms: [],
    searches: [],
    calls,
    answer: true,
    services: {
      workItems,
      settings: createSettingsStore(PROJECT_ID, () => workItems.types(), documents),
      identities: {
        async search(text) {
          hub.searches.push(text);
          const t = text.toLowerCase();
          return MEMBERS.filter(
            (m) => m.displayName.toLowerCase().includes(t) || m.uniqueName.toLowerCase().includes(t),
          );
        },
      },
      async confirm(title, message, action) {
        hub.confirms.push({ title, message, action });
        return hub.answer;
      },
    },
  };
  return hub;
}
