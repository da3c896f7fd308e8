/**
 * The project's settings read over REST without the SDK, for the `sla-report` command: the trusted project
 * property `UserManagementDesk.Settings` (core, `projects/{id}/properties`) where it exists, else the
 * extension data document the extension saves today (collection `project-settings`, id = project id).
 * Read with the same normalizer as the extension, so the report sees what the hub sees. These calls use the
 * command's own token (a PAT or the pipeline's), so they are not among the extension's OAuth scopes
 * (test/build/scopes.test.ts reads src/ only).
 */
import { RestError } from "../src/ado/restErrors";
import type { RestTransport } from "../src/ado/restTransport";
// Types only: settingsStore's runtime imports the SDK (through documentStore), which cannot load in Node.
import type { LoadedSettings } from "../src/ado/settingsStore";
import { defaultSettings, normalizeSettings } from "../src/domain/settings";

/** settingsStore's SETTINGS_COLLECTION, repeated because that module cannot be loaded outside a browser. */
const SETTINGS_COLLECTION = "project-settings";

export const SETTINGS_PROPERTY = "UserManagementDesk.Settings";

export interface ProjectRef {
  id: string;
  name: string;
}

export async function readProject(transport: RestTransport, project: string): Promise<ProjectRef> {
  return transport.send<ProjectRef>({
    method: "GET",
    path: `_apis/projects/${encodeURIComponent(project)}`,
    apiVersion: "7.1",
    retryable: true,
  });
}

const notThere = (e: unknown) => e instanceof RestError && e.status === 404;

/** The stored settings document, or undefined when none was ever saved. */
async function storedDocument(
  core: RestTransport,
  extensionData: RestTransport,
  projectId: string,
  extension: { publisher: string; id: string },
): Promise<unknown> {
  try {
    const props = await core.send<{ value?: { name: string; value: unknown }[] }>({
      method: "GET",
      path: `_apis/projects/${encodeURIComponent(projectId)}/properties`,
      query: { keys: SETTINGS_PROPERTY },
      apiVersion: "7.1-preview.1",
      retryable: true,
    });
    const found = props.value?.find((p) => p.name === SETTINGS_PROPERTY);
    if (found && typeof found.value === "string") return JSON.parse(found.value);
  } catch (e) {
    // A server without project properties for this key (or an older emulator) answers 404: fall through.
    if (!notThere(e)) throw e;
  }
  try {
    const doc = await extensionData.send<Record<string, unknown>>({
      method: "GET",
      path: `_apis/ExtensionManagement/InstalledExtensions/${encodeURIComponent(extension.publisher)}/${encodeURIComponent(
        extension.id,
      )}/Data/Scopes/Default/Current/Collections/${SETTINGS_COLLECTION}/Documents/${encodeURIComponent(projectId)}`,
      apiVersion: "7.1-preview.1",
      retryable: true,
    });
    // The extension stores `{ id, value: settings, __etag }` (src/ado/documentStore.ts).
    return doc.value;
  } catch (e) {
    if (notThere(e)) return undefined;
    throw e;
  }
}

export async function readSettingsOverRest(input: {
  core: RestTransport;
  extensionData: RestTransport;
  projectId: string;
  extension: { publisher: string; id: string };
  workItemTypes(): Promise<string[]>;
}): Promise<LoadedSettings> {
  const value = await storedDocument(input.core, input.extensionData, input.projectId, input.extension);
  const fallback = defaultSettings({ workItemTypes: await input.workItemTypes() });
  if (value === undefined) return { settings: fallback, etag: undefined, isDefault: true, problems: [] };
  const { settings, problems } = normalizeSettings(value, fallback);
  return { settings, etag: undefined, isDefault: false, problems };
}
