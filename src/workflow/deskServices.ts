/**
 * What the workflow needs from Azure DevOps, as interfaces: the panels and the hub pass real adapters
 * (src/ado), tests pass fakes. The workflow itself never imports the SDK.
 */
import type { IdentityResolver } from "../ado/identities";
import type { PermissionChecker } from "../ado/permissions";
import type { CurrentUser } from "../ado/sdkHost";
import type { SettingsStore } from "../ado/settingsStore";
import type { TaskDraftStore } from "../ado/taskDraftStore";
import type { StaffChannel } from "../ado/webhook";
import type { WorkItemsApi } from "../ado/workItemsApi";

export interface DeskServices {
  workItems: WorkItemsApi;
  identities: IdentityResolver;
  /** The trusted settings (a project property only project administrators can write). */
  settings: SettingsStore;
  /** What Azure DevOps says the signed-in person may do (project administrator or not). */
  permissions: PermissionChecker;
  /** Task drafts (extension data), read and written by staff only. */
  drafts: TaskDraftStore;
  staffChannel: StaffChannel;
  user: CurrentUser;
  /** The work item's page, for links in mails and channel posts. */
  workItemUrl(id: number): string;
  /** The REST url of a work item, for relations. */
  workItemApiUrl(id: number): string;
  now(): Date;
}
