/**
 * The project's settings read over REST without the SDK, for the `sla-report` command: the trusted project
 * property `UserManagementDesk.Settings` (core, `projects/{id}/properties`), which only project
 * administrators can write. Never the 0.1.0 extension data document: any user of the extension can write
 * that one, and the report mails the coordinator it names. Read with the same normalizer as the extension,
 * so the report sees what the hub sees. These calls use the command's own token (a PAT or the pipeline's),
 * so they are not among the extension's OAuth scopes (test/build/scopes.test.ts reads src/ only).
 */
import { createProjectProperty, SETTINGS_PROPERTY } from "../src/ado/projectProperties";
import type { RestTransport } from "../src/ado/restTransport";
// Types only: settingsStore's runtime imports the SDK (through documentStore), which cannot load in Node.
import type { LoadedSettings } from "../src/ado/settingsStore";
import { defaultSettings, normalizeSettings } from "../src/domain/settings";

export { SETTINGS_PROPERTY };

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

export async function readSettingsOverRest(input: {
  core: RestTransport;
  projectId: string;
  workItemTypes(): Promise<string[]>;
}): Promise<LoadedSettings> {
  const stored = await createProjectProperty(input.core, input.projectId, SETTINGS_PROPERTY).read();
  const fallback = defaultSettings({ workItemTypes: await input.workItemTypes() });
  if (typeof stored !== "string")
    return { settings: fallback, revision: undefined, isDefault: true, problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return {
      settings: fallback,
      revision: undefined,
      isDefault: false,
      problems: ["The stored settings were unreadable; defaults are in use."],
    };
  }
  const { settings, problems } = normalizeSettings(raw, fallback);
  return { settings, revision: settings.revision, isDefault: false, problems };
}
