/** ms.vss-tfs-web.tfs-page-data-service (IProjectPageService): the page's project. */
import type { PageEnv } from "../env";

export function projectPageService(env: PageEnv) {
  return {
    async getProject(): Promise<{ id: string; name: string }> {
      return { id: env.project.id, name: env.project.name };
    },
  };
}
