/**
 * Everything that talks to the Azure DevOps host through the SDK, behind small functions so the rest of the
 * code (and its tests) never imports the SDK. Service ids are string literals because the api package
 * declares them as `const enum`s, which isolated-module builds cannot inline.
 */
import * as SDK from "azure-devops-extension-sdk";

import { type ApiVersions, apiVersionsFor } from "./apiVersions";

export const WIT_AREA_ID = "5264459e-e5e0-4bd8-b118-0985e68a4ec5";

const SERVICE = {
  location: "ms.vss-features.location-service",
  form: "ms.vss-work-web.work-item-form",
  formNavigation: "ms.vss-work-web.work-item-form-navigation-service",
  extensionData: "ms.vss-features.extension-data-service",
  layout: "ms.vss-features.host-page-layout-service",
  messages: "ms.vss-tfs-web.tfs-global-messages-service",
  navigation: "ms.vss-features.host-navigation-service",
  identity: "ms.vss-features.identity-service",
  projectPage: "ms.vss-tfs-web.tfs-page-data-service",
} as const;

export type ServiceName = keyof typeof SERVICE;

// Each service is asked for once per frame; every later call reuses the proxy.
const cache = new Map<ServiceName, Promise<unknown>>();
export function hostService<T>(name: ServiceName): Promise<T> {
  if (!cache.has(name)) cache.set(name, SDK.getService<T>(SERVICE[name]));
  return cache.get(name) as Promise<T>;
}

let witRoot: Promise<string> | undefined;
/** The organization's REST root for work item tracking, ending with "/". */
export function witBaseUrl(): Promise<string> {
  witRoot ??= hostService<{ getResourceAreaLocation(id: string): Promise<string> }>("location").then((l) =>
    l.getResourceAreaLocation(WIT_AREA_ID),
  );
  return witRoot;
}

/** The Graph resource area: on Services it lives on the identity host (vssps), with Identities REST. */
export const GRAPH_AREA_ID = "bb1e7ec9-e901-4b68-999a-de7012b920f8";

let identityRoot: Promise<string> | undefined;
/** The organization's identity host root (Identities REST), ending with "/"; the WIT root when not known. */
export function identityBaseUrl(): Promise<string> {
  identityRoot ??= hostService<{ getResourceAreaLocation(id: string): Promise<string> }>("location")
    .then((l) => l.getResourceAreaLocation(GRAPH_AREA_ID))
    .then((url) => url || witBaseUrl())
    .catch(() => witBaseUrl());
  return identityRoot;
}

export const accessToken = (): Promise<string> => SDK.getAccessToken();

/** The api-versions this host takes: Services (7.1) or Server (7.0), from the host context the SDK received. */
export const hostApiVersions = (): ApiVersions => apiVersionsFor(SDK.getHost());

export interface CurrentUser {
  id: string;
  displayName: string;
  uniqueName: string;
}

export function currentUser(): CurrentUser {
  const u = SDK.getUser();
  return { id: u.id, displayName: u.displayName, uniqueName: u.name };
}

export async function currentProject(): Promise<{ id: string; name: string }> {
  const page = await hostService<{ getProject(): Promise<{ id: string; name: string } | undefined> }>(
    "projectPage",
  );
  const project = await page.getProject();
  if (project) return project;
  const web = SDK.getWebContext();
  return { id: web.project.id, name: web.project.name };
}

export const extensionId = (): string => SDK.getExtensionContext().id;
export const contributionId = (): string => SDK.getContributionId();
export const configuration = <T>(): T => SDK.getConfiguration() as T;
export const register = (id: string, instance: object): void => SDK.register(id, instance);
export const resize = (width?: number, height?: number): void => SDK.resize(width, height);
