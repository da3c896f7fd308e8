/**
 * DevOps.ServiceManager.getService(id): one object per (service, contribution), its methods logged in
 * window.__emulatorLog as "<service id>.<method>". Unknown ids reject, as they would in Azure DevOps.
 */
import type { HostedContribution } from "../contributionHost";
import type { PageEnv } from "../env";
import { hostLog } from "../log";
import { createRest } from "../rest";
import { extensionDataService } from "./extensionData";
import { formNavigationService } from "./formNavigation";
import { identityService } from "./identity";
import { layoutService } from "./layout";
import { locationService } from "./location";
import { globalMessagesService } from "./messages";
import { navigationService } from "./navigation";
import { projectPageService } from "./projectPage";
import { workItemFormService } from "./workItemForm";

type Factory = (env: PageEnv, hosted: HostedContribution) => object;

const SERVICES: Record<string, Factory> = {
  "ms.vss-features.location-service": locationService,
  "ms.vss-work-web.work-item-form": workItemFormService,
  "ms.vss-work-web.work-item-form-navigation-service": formNavigationService,
  "ms.vss-features.extension-data-service": extensionDataService,
  "ms.vss-features.host-page-layout-service": layoutService,
  "ms.vss-tfs-web.tfs-global-messages-service": globalMessagesService,
  "ms.vss-features.host-navigation-service": navigationService,
  "ms.vss-features.identity-service": identityService,
  "ms.vss-tfs-web.tfs-page-data-service": projectPageService,
};

/** Wraps each method so the call (name and arguments) lands in the host log. */
export function logged<T extends object>(name: string, source: string, service: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(service)) {
    wrapped[key] =
      typeof value === "function"
        ? (...args: unknown[]) => {
            hostLog(source, `${name}.${key}`, args);
            return (value as (...a: unknown[]) => unknown).apply(service, args);
          }
        : value;
  }
  return wrapped as T;
}

export function createService(id: string, env: PageEnv, hosted: HostedContribution): object {
  const factory = SERVICES[id];
  if (!factory) throw new Error(`The emulator does not provide the service "${id}".`);
  // The service's REST calls say which contribution they serve; everything else reads through to the page.
  const { context } = env.bootstrap;
  const rest = createRest(context, context.accessToken, hosted.contribution.id);
  const serviceEnv: PageEnv = Object.create(env, { rest: { value: rest } });
  return logged(id, hosted.contribution.id, factory(serviceEnv, hosted));
}
