/**
 * What the workflow needs from Azure DevOps, as interfaces: the panels and the hub pass real adapters
 * (src/ado), tests pass fakes. The workflow itself never imports the SDK.
 */
import type { IdentityResolver } from "../ado/identities";
import type { CurrentUser } from "../ado/sdkHost";
import type { SettingsStore } from "../ado/settingsStore";
import type { TaskDraftStore } from "../ado/taskDraftStore";
import type { StaffChannel } from "../ado/webhook";
import type { WorkItemsApi } from "../ado/workItemsApi";

export interface DeskServices {
  workItems: WorkItemsApi;
  identities: IdentityResolver;
  settings: SettingsStore;
  /** Task drafts; `readWithSettings` reads one with the project's settings in one call. */
  drafts: TaskDraftStore;
  staffChannel: StaffChannel;
  user: CurrentUser;
  /** The work item's page, for links in mails and channel posts. */
  workItemUrl(id: number): string;
  /** The REST url of a work item, for relations. */
  workItemApiUrl(id: number): string;
  now(): Date;
}
