/** What the settings page needs from Azure DevOps, as an interface: index.tsx passes the real adapters, tests fakes. */
import type { AreaSecurity } from "../../ado/areaSecurity";
import type { IdentityResolver } from "../../ado/identities";
import type { PermissionChecker } from "../../ado/permissions";
import type { SettingsStore } from "../../ado/settingsStore";
import type { WorkItemsApi } from "../../ado/workItemsApi";

export interface SettingsHubServices {
  workItems: Pick<WorkItemsApi, "types" | "typeStates">;
  settings: SettingsStore;
  /** Whether the person may change the settings: Azure DevOps's own answer ("Edit project-level information"). */
  permissions: PermissionChecker;
  /** Who can read each client area, as far as Azure DevOps lets the extension read its security. */
  areaSecurity: AreaSecurity;
  identities: Pick<IdentityResolver, "search">;
  /** Resolves true when the person confirmed; the confirming button is named after the action. */
  confirm(title: string, message: string, actionName: string): Promise<boolean>;
  /** The time the service-level preview is computed at (tests fix it); the browser's clock otherwise. */
  now?(): Date;
}
