/**
 * The signed-in person's roles for a loaded project: from the trusted settings, and from Azure DevOps's own
 * permission check when it matters (an unconfigured project, where project administrators act). On a
 * configured project the check is not made, so a panel costs no extra call.
 */
import type { LoadedSettings } from "../ado/settingsStore";
import { deriveViewer, isFirstRun, type Viewer } from "../domain/roles";
import type { DeskServices } from "./deskServices";

export async function viewerOf(
  services: Pick<DeskServices, "user" | "permissions">,
  loaded: LoadedSettings,
  options: { needAdmin?: boolean } = {},
): Promise<Viewer> {
  const s = loaded.settings;
  let admin: boolean | undefined;
  if (options.needAdmin || isFirstRun(s)) {
    try {
      admin = await services.permissions.isProjectAdmin();
    } catch {
      // Unknown is treated as "not an administrator": the person can still do what their other roles allow,
      // and Azure DevOps refuses whatever needs more.
      admin = false;
    }
  }
  return deriveViewer(services.user, s, admin);
}
