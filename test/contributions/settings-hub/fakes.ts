/**
 * Manual fakes for the settings hub: a project's work item types and states, an extension data document
 * store with real etag semantics behind the real settings store, identity search and the host's confirm.
 * Anything a test did not expect throws "Not implemented".
 */
import type { AreaExposure } from "../../../src/ado/areaSecurity";
import type { DocumentStore, StoredDocument } from "../../../src/ado/documentStore";
import type { ProjectProperty } from "../../../src/ado/projectProperties";
import { RestError } from "../../../src/ado/restErrors";
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

/**
 * The settings project property as Core REST keeps it (a string value; writes refused with VS402904 for
 * anyone without "Edit project-level information"). `docs` shows it as the settings and their revision
 * (called etag, as the tests written for 0.1.0's documents do); `writes` lists each save and the revision it
 * was based on.
 */
export class FakeDocuments implements ProjectProperty {
  public docs = new Map<string, StoredDocument<unknown>>();
  public writes: { id: string; value: unknown; etag: number | undefined }[] = [];
  public reads = 0;
  /** Whether the person saving holds "Edit project-level information". */
  public admin: () => boolean = () => true;
  public async read(): Promise<unknown> {
    this.reads++;
    const stored = this.docs.get(PROJECT_ID);
    if (!stored) return undefined;
    const value = stored.value;
    return JSON.stringify(
      value && typeof value === "object" && !Array.isArray(value)
        ? { ...value, revision: stored.etag }
        : value,
    );
  }
  public async write(text: string): Promise<void> {
    if (!this.admin())
      throw new RestError(
        403,
        "VS402904: Access denied: User Remi Laurent does not have access to the requested project-level information.  Edit project-level information permission is required.",
        "UnauthorizedRequestException",
      );
    const value = JSON.parse(text) as { revision: number };
    this.writes.push({ id: PROJECT_ID, value, etag: value.revision > 1 ? value.revision - 1 : undefined });
    this.docs.set(PROJECT_ID, { value, etag: value.revision });
  }
  /** What another administrator's save does to the stored settings. */
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
  /** What the permission check answers: whether the person holds "Edit project-level information". */
  admin: boolean | Error;
  /** The 0.1.0 settings document in extension data, if any. */
  legacy: FakeLegacy;
  /** What reading the client areas' security answers. */
  exposure?: (areas: string[]) => Promise<Record<string, AreaExposure>>;
}

/** The 0.1.0 document in extension data: read for the migration, never written. */
export class FakeLegacy implements DocumentStore<unknown> {
  public value: unknown = undefined;
  public async read() {
    return { value: this.value, etag: this.value === undefined ? undefined : 1 };
  }
  public write(): never {
    return notImplemented("writing the 0.1.0 settings document");
  }
}

export function fakeHub(
  options: {
    process?: Record<string, WorkItemState[]>;
    stored?: unknown;
    etag?: number;
    admin?: boolean | Error;
  } = {},
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
  const legacy = new FakeLegacy();
  documents.admin = () => hub.admin === true;
  const hub: FakeHub = {
    documents,
    confirms: [],
    searches: [],
    calls,
    answer: true,
    admin: options.admin ?? true,
    legacy,
    services: {
      workItems,
      settings: createSettingsStore({
        transport: { send: () => notImplemented("REST outside the settings property") },
        projectId: PROJECT_ID,
        workItemTypes: () => workItems.types(),
        property: documents,
        legacy,
      }),
      areaSecurity: {
        exposure: async (areas) => {
          calls.push(`exposure ${areas.join(", ")}`);
          return hub.exposure ? hub.exposure(areas) : notImplemented("reading area security");
        },
      },
      permissions: {
        async isProjectAdmin() {
          calls.push("isProjectAdmin");
          if (hub.admin instanceof Error) throw hub.admin;
          return hub.admin;
        },
        async maySaveSettings() {
          calls.push("maySaveSettings");
          if (hub.admin instanceof Error) throw hub.admin;
          return hub.admin;
        },
        mayCreateTags: () => notImplemented("the tag permission on the settings page"),
      },
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
