/** The project's settings document: one per project in the extension data service, written with its etag. */
import { defaultSettings, normalizeSettings, type Settings } from "../domain/settings";
import {
  createDocumentStore,
  type DocumentRef,
  type DocumentStore,
  type StoredDocument,
} from "./documentStore";

export interface LoadedSettings {
  settings: Settings;
  /** undefined until the project's settings were first saved. */
  etag: number | undefined;
  /** True when nothing is stored yet and the defaults derived from the process are in use. */
  isDefault: boolean;
  /** What was repaired when the stored document was old or damaged. */
  problems: string[];
}

export interface SettingsStore {
  load(): Promise<LoadedSettings>;
  /** Saves when nobody saved since `etag`; otherwise throws DocumentConflictError. */
  save(settings: Settings, etag: number | undefined): Promise<LoadedSettings>;
}

export const SETTINGS_COLLECTION = "project-settings";

const hasTypeNames = (v: unknown): boolean =>
  !!v &&
  typeof v === "object" &&
  ["intakeType", "taskType"].every((k) => {
    const name = (v as Record<string, unknown>)[k];
    return typeof name === "string" && name.trim() !== "";
  });

/**
 * The project's settings document and how it is read: where it lives, and what a stored version (or none)
 * means. The settings store reads it alone; the task panel reads it with the task's draft (taskDraftStore).
 */
export interface SettingsDocument {
  ref: DocumentRef;
  /** The settings a stored document gives, repaired where old or damaged; defaults when nothing is stored. */
  loaded(stored: StoredDocument<unknown>): Promise<LoadedSettings>;
}

export function settingsDocument(
  projectId: string,
  workItemTypes: () => Promise<string[]>,
): SettingsDocument {
  return {
    ref: { collection: SETTINGS_COLLECTION, id: projectId },
    async loaded(stored) {
      // The defaults depend on the process (its work item types): read them when they may be needed, that
      // is when nothing is stored or the stored document lacks a usable intake or task type.
      const fallback = defaultSettings({
        workItemTypes: hasTypeNames(stored.value) ? [] : await workItemTypes(),
      });
      if (stored.value === undefined)
        return { settings: fallback, etag: undefined, isDefault: true, problems: [] };
      const { settings, problems } = normalizeSettings(stored.value, fallback);
      return { settings, etag: stored.etag, isDefault: false, problems };
    },
  };
}

export function createSettingsStore(
  projectId: string,
  workItemTypes: () => Promise<string[]>,
  documents: DocumentStore<unknown> = createDocumentStore<unknown>(SETTINGS_COLLECTION, "These settings"),
): SettingsStore {
  const document = settingsDocument(projectId, workItemTypes);
  return {
    load: async () => document.loaded(await documents.read(projectId)),
    async save(settings, etag) {
      const saved = await documents.write(projectId, settings, etag);
      return { settings, etag: saved.etag, isDefault: false, problems: [] };
    },
  };
}
