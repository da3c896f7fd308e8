/** ms.vss-work-web.work-item-form-navigation-service: opening a work item navigates the host page (or a new tab). */
import { collectionPathOf } from "../bootstrap";
import type { PageEnv } from "../env";

export function formNavigationService(env: PageEnv) {
  const org = collectionPathOf(env.bootstrap);
  return {
    async openWorkItem(workItemId: number, openInNewTab?: boolean): Promise<unknown> {
      const item = await env.rest.call<{ fields: Record<string, unknown> }>(
        "GET",
        `_apis/wit/workitems/${Number(workItemId)}`,
      );
      const project = String(item.fields["System.TeamProject"]);
      const url = env.link(`/${org}/${encodeURIComponent(project)}/_workitems/edit/${Number(workItemId)}`);
      if (openInNewTab) window.open(url, "_blank", "noopener");
      // After the reply: the navigation tears down the calling iframe.
      else setTimeout(() => window.location.assign(url), 0);
      return item;
    },
    async openNewWorkItem(workItemTypeName: string): Promise<unknown> {
      throw new Error(`The emulator has no new-work-item form (asked for a new "${workItemTypeName}").`);
    },
  };
}
