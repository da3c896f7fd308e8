/**
 * The project's trusted settings: one project property, `UserManagementDesk.Settings`, holding the settings
 * as JSON. Everyone in the project can read it; Azure DevOps saves it only for people with "Edit
 * project-level information" (project administrators), so coordinator, staff, client areas, webhook and
 * templates can only come from them. Project properties have no etag, so the settings carry a revision: a
 * save re-reads it first and refuses when it moved.
 *
 * The 0.1.0 settings document in extension data (which any user of the extension can write) is read only to
 * offer a project administrator a one-time migration (`loadLegacy`); nothing acts on it.
 */
import { defaultSettings, normalizeSettings, type Settings } from "../domain/settings";
import { createDocumentStore, type DocumentStore } from "./documentStore";
import { createProjectProperty, type ProjectProperty, SETTINGS_PROPERTY } from "./projectProperties";
import { DocumentConflictError, RestError, SettingsRefusedError } from "./restErrors";
import type { RestTransport } from "./restTransport";

export { SETTINGS_PROPERTY };
/** Where 0.1.0 kept the settings: extension data, collection `project-settings`, document id = project id. */
export const SETTINGS_COLLECTION = "project-settings";

export interface LoadedSettings {
  settings: Settings;
  /** The stored revision; undefined until the project's settings were first saved. */
  revision: number | undefined;
  /** True when nothing is stored yet and the defaults derived from the process are in use. */
  isDefault: boolean;
  /** What was repaired when the stored settings were old or damaged. */
  problems: string[];
}

export interface SettingsStore {
  load(): Promise<LoadedSettings>;
  /**
   * Saves when nobody saved since `revision` (undefined: nothing may be stored yet); otherwise throws
   * DocumentConflictError. A refusal by Azure DevOps (not a project administrator) is a SettingsRefusedError.
   */
  save(settings: Settings, revision: number | undefined): Promise<LoadedSettings>;
  /** The 0.1.0 document in extension data, if there is one: only to offer its migration on save. */
  loadLegacy(): Promise<LoadedSettings | undefined>;
}

const hasTypeNames = (v: unknown): boolean =>
  !!v &&
  typeof v === "object" &&
  ["intakeType", "taskType"].every((k) => {
    const name = (v as Record<string, unknown>)[k];
    return typeof name === "string" && name.trim() !== "";
  });

/** The property's value as an object: it is stored as a JSON string. */
function parsed(value: unknown): { raw: unknown; unreadable: boolean } {
  if (value === undefined || value === null) return { raw: undefined, unreadable: false };
  if (typeof value !== "string") return { raw: value, unreadable: false };
  try {
    return { raw: JSON.parse(value) as unknown, unreadable: false };
  } catch {
    return { raw: undefined, unreadable: true };
  }
}

/** The settings a stored value gives, repaired where old or damaged; the process's defaults when none. */
async function loadedFrom(raw: unknown, workItemTypes: () => Promise<string[]>): Promise<LoadedSettings> {
  // The defaults depend on the process (its work item types): read them only when they may be needed.
  const fallback = defaultSettings({ workItemTypes: hasTypeNames(raw) ? [] : await workItemTypes() });
  if (raw === undefined) return { settings: fallback, revision: undefined, isDefault: true, problems: [] };
  const { settings, problems } = normalizeSettings(raw, fallback);
  return { settings, revision: settings.revision, isDefault: false, problems };
}

export function createSettingsStore(options: {
  transport: RestTransport;
  projectId: string;
  workItemTypes: () => Promise<string[]>;
  property?: ProjectProperty;
  legacy?: DocumentStore<unknown>;
  /** The host's project-properties api-version (7.1-preview.1 on Services, 7.0-preview.1 on Server). */
  propertiesApiVersion?: string;
}): SettingsStore {
  const { projectId, workItemTypes } = options;
  const property =
    options.property ??
    createProjectProperty(options.transport, projectId, SETTINGS_PROPERTY, options.propertiesApiVersion);
  const legacy = () =>
    options.legacy ?? createDocumentStore<unknown>(SETTINGS_COLLECTION, "The 0.1.0 settings");
  const readStored = async (): Promise<LoadedSettings> => {
    const { raw, unreadable } = parsed(await property.read());
    if (unreadable) {
      const fallback = defaultSettings({ workItemTypes: await workItemTypes() });
      // Something is stored, so a save must not treat the project as never configured.
      return {
        settings: fallback,
        revision: 0,
        isDefault: false,
        problems: ["The stored settings were unreadable; defaults are in use."],
      };
    }
    return loadedFrom(raw, workItemTypes);
  };
  return {
    load: readStored,
    async save(settings, revision) {
      const current = await readStored();
      if (current.revision !== revision) throw new DocumentConflictError("These settings");
      const next: Settings = { ...settings, schemaVersion: 2, revision: (revision ?? 0) + 1 };
      try {
        await property.write(JSON.stringify(next));
      } catch (e) {
        if (e instanceof RestError && (e.status === 403 || e.status === 401))
          throw new SettingsRefusedError(e);
        throw e;
      }
      return { settings: next, revision: next.revision, isDefault: false, problems: [] };
    },
    async loadLegacy() {
      const stored = await legacy().read(projectId);
      if (stored.value === undefined) return undefined;
      const loaded = await loadedFrom(stored.value, workItemTypes);
      return { ...loaded, revision: undefined };
    },
  };
}
