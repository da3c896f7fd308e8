/** The real services behind the workflow, for the project the contribution runs in. */
import type { DeskServices } from "../workflow/deskServices";
import { createIdentityResolver } from "./identities";
import { createPermissionChecker } from "./permissions";
import { createRestTransport, type RetryInfo } from "./restTransport";
import { reportRetry } from "./retryProgress";
import { accessToken, currentProject, currentUser, hostApiVersions, witBaseUrl } from "./sdkHost";
import { createSettingsStore } from "./settingsStore";
import { createTaskDraftStore } from "./taskDraftStore";
import { createStaffChannel } from "./webhook";
import { createWorkItemsApi } from "./workItemsApi";

export interface DeskServicesOptions {
  /** Told before each wait to repeat a call; by default the contribution's retry notice shows it. */
  onRetry?(info: RetryInfo): void;
}

export async function createDeskServices(options: DeskServicesOptions = {}): Promise<DeskServices> {
  const [project, base] = await Promise.all([currentProject(), witBaseUrl()]);
  const transport = createRestTransport({
    getBaseUrl: witBaseUrl,
    getToken: accessToken,
    onRetry: options.onRetry ?? reportRetry,
  });
  const versions = hostApiVersions();
  const workItems = createWorkItemsApi(transport, project.name, Date.now, versions);
  const workItemTypes = () => workItems.types();
  const root = base.replace(/\/?$/, "/");
  return {
    workItems,
    identities: createIdentityResolver(),
    settings: createSettingsStore({
      transport,
      projectId: project.id,
      workItemTypes,
      propertiesApiVersion: versions.properties,
    }),
    permissions: createPermissionChecker(transport, project.id, versions.core),
    drafts: createTaskDraftStore(),
    staffChannel: createStaffChannel(),
    user: currentUser(),
    workItemUrl: (id) => `${root}${encodeURIComponent(project.name)}/_workitems/edit/${id}`,
    workItemApiUrl: (id) => `${root}_apis/wit/workItems/${id}`,
    now: () => new Date(),
  };
}
