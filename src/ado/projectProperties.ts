/**
 * One project property, read and written through Core REST 7.1 (core.json "Projects_Get Project Properties",
 * "Projects_Set Project Properties"). Writing needs "Edit project-level information" on the project, which
 * Azure DevOps itself checks (VS402904 when it is missing): the reason the trusted settings live here and not
 * in extension data, which any user of the extension can write.
 */
import { SERVICES_API_VERSIONS } from "./apiVersions";
import type { RestTransport } from "./restTransport";

/** The project property holding the desk's trusted settings (a JSON string). */
export const SETTINGS_PROPERTY = "UserManagementDesk.Settings";

export interface ProjectProperty {
  /** The stored value, or undefined when the property was never written. */
  read(): Promise<unknown>;
  /** Replaces the value (JSON Patch `add`, which also creates the property). */
  write(value: string): Promise<void>;
}

interface PropertiesAnswer {
  count?: number;
  value?: { name?: unknown; value?: unknown }[];
}

export function createProjectProperty(
  transport: RestTransport,
  projectId: string,
  name: string,
  /** A preview in both specifications: 7.1-preview.1 on Services, 7.0-preview.1 on Server 2022. */
  apiVersion = SERVICES_API_VERSIONS.properties,
): ProjectProperty {
  const id = encodeURIComponent(projectId);
  return {
    async read() {
      const answer = await transport.send<PropertiesAnswer>({
        method: "GET",
        path: `_apis/projects/${id}/properties`,
        apiVersion,
        query: { keys: name },
        retryable: true,
      });
      // A property never written is simply absent from the list (count 0), never a 404.
      const found = (answer?.value ?? []).find(
        (p) => typeof p?.name === "string" && p.name.toLowerCase() === name.toLowerCase(),
      );
      return found?.value;
    },
    async write(value) {
      await transport.send<void>({
        method: "PATCH",
        path: `_apis/projects/${id}/properties`,
        apiVersion,
        contentType: "application/json-patch+json",
        body: [{ op: "add", path: `/${name}`, value }],
        // Not repeated: nothing guards the write (no etag on properties), so a repeat after a delay could
        // overwrite a save made meanwhile. The person sees the failure and saves again, re-checked.
        retryable: false,
      });
    },
  };
}
