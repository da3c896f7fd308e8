/** The project's settings document: one per project in the extension data service, written with its etag. */
import { defaultSettings, normalizeSettings, type Settings } from "../domain/settings";
import { createDocumentStore, type DocumentStore } from "./documentStore";

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

export function createSettingsStore(
  projectId: string,
  workItemTypes: () => Promise<string[]>,
  documents: DocumentStore<unknown> = createDocumentStore<unknown>(SETTINGS_COLLECTION, "These settings"),
): SettingsStore {
  return {
    async load() {
      const stored = await documents.read(projectId);
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
    async save(settings, etag) {
      const saved = await documents.write(projectId, settings, etag);
      return { settings, etag: saved.etag, isDefault: false, problems: [] };
    },
  };
}
