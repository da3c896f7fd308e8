/** ms.vss-features.location-service: one REST root for every resource area, ending with "/" (templates have no leading slash). */
import type { PageEnv } from "../env";

export function locationService(env: PageEnv) {
  const root = env.rest.orgUrl;
  return {
    async getResourceAreaLocation(_resourceAreaId: string): Promise<string> {
      return root;
    },
    async getServiceLocation(_serviceInstanceType?: string, _hostType?: number): Promise<string> {
      return root;
    },
    /** Only the work item form route is known; anything else gets the organization root. */
    async routeUrl(routeId: string, routeValues: Record<string, string> = {}): Promise<string> {
      const project = routeValues.project ?? env.project.name;
      if (/work-items-form-route/.test(routeId) && routeValues.id)
        return `${env.rest.orgUrl}${encodeURIComponent(project)}/_workitems/edit/${routeValues.id}`;
      return root;
    },
  };
}
