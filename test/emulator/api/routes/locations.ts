/**
 * Resource-location discovery, as Azure DevOps answers it: `OPTIONS {collection}/_apis/{area}` lists the
 * area's resources (`ApiResourceLocation`: id, area, resourceName, routeTemplate, resourceVersion and the
 * minimum, maximum and released api-versions). Microsoft's REST clients (azure-devops-node-api's
 * `VsoClient.beginGetAreaLocations`, the .NET `VssHttpClientBase`) read it to build each URL from the route
 * template and to negotiate the api-version down to what the server offers, so they work against the
 * emulator unchanged on both profiles.
 *
 * The ids are the location ids Microsoft's clients ask for (azure-devops-node-api, azure-devops-extension-api);
 * only resources the emulator serves are listed. The work item `$batch` is not a resource location in
 * Azure DevOps either (its clients post to the fixed path `_apis/wit/$batch`).
 */
import type * as http from "http";

import { CORS_HEADERS } from "../http/cors";
import { type EmulatorProfile } from "../profile";
import { ok, type Route } from "./router";

interface LocationDef {
  id: string;
  area: string;
  resourceName: string;
  routeTemplate: string;
  minVersion: string;
  /** The preview revision; per profile where Services moved on (comments are at preview.4, Server 2022 preview.3). */
  resourceVersion: number | Record<EmulatorProfile["name"], number>;
  /** Never released: only `-preview.N` versions are accepted (comments, extension data). */
  previewOnly?: boolean;
}

const LOCATIONS: LocationDef[] = [
  {
    id: "72c7ddf8-2cdc-4f60-90cd-ab71c14a399b",
    area: "wit",
    resourceName: "workItems",
    routeTemplate: "{project}/_apis/{area}/{resource}/{id}",
    minVersion: "1.0",
    resourceVersion: 3,
  },
  {
    id: "62d3d110-0047-428c-ad3c-4fe872c91c74",
    area: "wit",
    resourceName: "workItems",
    routeTemplate: "{project}/_apis/{area}/{resource}/${type}",
    minVersion: "1.0",
    resourceVersion: 3,
  },
  {
    id: "908509b6-4248-4475-a1cd-829139ba419f",
    area: "wit",
    resourceName: "workItemsBatch",
    routeTemplate: "{project}/_apis/{area}/{resource}",
    minVersion: "4.1",
    resourceVersion: 1,
  },
  {
    id: "6570bf97-d02c-4a91-8d93-3abe9895b1a9",
    area: "wit",
    resourceName: "updates",
    routeTemplate: "{project}/_apis/{area}/workItems/{id}/{resource}/{updateNumber}",
    minVersion: "1.0",
    resourceVersion: 3,
  },
  {
    id: "a00c85a5-80fa-4565-99c3-bcd2181434bb",
    area: "wit",
    resourceName: "revisions",
    routeTemplate: "{project}/_apis/{area}/workItems/{id}/{resource}/{revisionNumber}",
    minVersion: "1.0",
    resourceVersion: 3,
  },
  {
    id: "608aac0a-32e1-4493-a863-b9cf4566d257",
    area: "wit",
    resourceName: "comments",
    routeTemplate: "{project}/_apis/{area}/workItems/{workItemId}/{resource}/{commentId}",
    minVersion: "5.0",
    resourceVersion: { services: 4, server2022: 3 },
    previewOnly: true,
  },
  {
    id: "1a9c53f7-f243-4447-b110-35ef023636e4",
    area: "wit",
    resourceName: "wiql",
    routeTemplate: "{project}/{team}/_apis/{area}/{resource}",
    minVersion: "1.0",
    resourceVersion: 2,
  },
  {
    id: "7c8d7a76-4a09-43e8-b5df-bd792f4ac6aa",
    area: "wit",
    resourceName: "workItemTypes",
    routeTemplate: "{project}/_apis/{area}/{resource}/{type}",
    minVersion: "1.0",
    resourceVersion: 2,
  },
  {
    id: "7c9d7a76-4a09-43e8-b5df-bd792f4ac6aa",
    area: "wit",
    resourceName: "workItemTypeStates",
    routeTemplate: "{project}/_apis/{area}/workitemtypes/{type}/states",
    minVersion: "5.0",
    resourceVersion: 1,
  },
  {
    id: "12438500-2f84-4fa7-9f1a-c31871b4959d",
    area: "wit",
    resourceName: "sendMail",
    routeTemplate: "{project}/_apis/{area}/{resource}",
    minVersion: "5.0",
    resourceVersion: 1,
  },
  {
    // Tags - Get Tags: never released (azure-devops-node-api 17 asks 7.1-preview.1).
    id: "bc15bc60-e7a8-43cb-ab01-2106be3983a1",
    area: "wit",
    resourceName: "tags",
    routeTemplate: "{project}/_apis/{area}/{resource}/{tagIdOrName}",
    minVersion: "6.0",
    resourceVersion: 1,
    previewOnly: true,
  },
  {
    id: "603fe2ac-9723-48b9-88ad-09305aa6c6e1",
    area: "core",
    resourceName: "projects",
    routeTemplate: "_apis/{resource}/{*projectId}",
    minVersion: "1.0",
    resourceVersion: 4,
  },
  {
    id: "56c331f1-ce53-4318-adfd-4db5c52a7a2e",
    area: "ExtensionManagement",
    resourceName: "ExtensionDataCollectionQuery",
    routeTemplate: "_apis/{area}/InstalledExtensions/{publisherName}/{extensionName}/{resource}",
    minVersion: "3.0",
    resourceVersion: 1,
    previewOnly: true,
  },
  {
    id: "bbe06c18-1c8b-4fcd-b9c6-1535aaab8749",
    area: "ExtensionManagement",
    resourceName: "Documents",
    routeTemplate:
      "_apis/{area}/InstalledExtensions/{publisherName}/{extensionName}/Data/Scopes/{scopeType}/{scopeValue}/Collections/{collectionName}/{resource}/{documentId}",
    minVersion: "3.0",
    resourceVersion: 1,
    previewOnly: true,
  },
  {
    id: "e81700f7-3be2-46de-8624-2eb35882fcaa",
    area: "Location",
    resourceName: "ResourceAreas",
    routeTemplate: "_apis/{resource}/{areaId}",
    minVersion: "3.2",
    resourceVersion: 1,
    previewOnly: true,
  },
];

export interface ApiResourceLocation {
  id: string;
  area: string;
  resourceName: string;
  routeTemplate: string;
  resourceVersion: number;
  minVersion: string;
  maxVersion: string;
  releasedVersion: string;
}

/** Every location, or an area's (case-insensitive), with the profile's versions. */
export function resourceLocations(profile: EmulatorProfile, area?: string): ApiResourceLocation[] {
  return LOCATIONS.filter((l) => !area || l.area.toLowerCase() === area.toLowerCase()).map((l) => ({
    id: l.id,
    area: l.area,
    resourceName: l.resourceName,
    routeTemplate: l.routeTemplate,
    resourceVersion:
      typeof l.resourceVersion === "number" ? l.resourceVersion : l.resourceVersion[profile.name],
    minVersion: l.minVersion,
    maxVersion: profile.maxVersion,
    releasedVersion: l.previewOnly ? "0.0" : profile.releasedVersion,
  }));
}

/**
 * A discovery request: OPTIONS on `{collection}/_apis` or `{collection}/_apis/{area}` that is not a
 * browser's CORS preflight (a preflight carries Access-Control-Request-Method).
 */
export function isDiscovery(req: http.IncomingMessage, scope: string[], rest: string[]): boolean {
  return (
    (req.method ?? "").toUpperCase() === "OPTIONS" &&
    !req.headers["access-control-request-method"] &&
    scope.length === 0 &&
    rest.length <= 1
  );
}

/** Answers discovery: `{count, value}` of the area's locations (an unknown area lists none). */
export function answerDiscovery(res: http.ServerResponse, profile: EmulatorProfile, area?: string): void {
  const value = resourceLocations(profile, area);
  res.writeHead(200, {
    ...CORS_HEADERS,
    Connection: "close",
    "Content-Type": "application/json; charset=utf-8",
  });
  res.end(JSON.stringify({ count: value.length, value }));
}

const AREA_IDS: Record<string, string> = {
  wit: "5264459e-e5e0-4bd8-b118-0985e68a4ec5",
  core: "79134c72-4a58-4b42-976c-04e7115f32bf",
  ExtensionManagement: "6c2b0933-3600-42ae-bf8b-93d4f7e83594",
};

/**
 * `GET {collection}/_apis/ResourceAreas` (location id e81700f7): where each area lives. Services lists its
 * areas (the emulator serves them all from the organization URL); Server answers an empty list, and
 * clients then use the collection URL for every area (azure-devops-node-api's `_getResourceAreaUrl`).
 */
export const locationRoutes: Route[] = [
  {
    method: "GET",
    pattern: "resourceareas",
    project: "none",
    handler: (ctx) => {
      if (!ctx.profile.host.isHosted) return ok({ count: 0, value: null });
      const value = Object.entries(AREA_IDS).map(([name, id]) => ({
        id,
        name,
        locationUrl: `${ctx.store.orgUrl}/`,
      }));
      return ok({ count: value.length, value });
    },
  },
  {
    // The connection data clients read first (azure-devops-node-api `WebApi.connect`): who the token
    // belongs to and which kind of deployment answers.
    method: "GET",
    pattern: "connectiondata",
    project: "none",
    handler: (ctx) => {
      const user = ctx.store.identityRef(ctx.user);
      const identity = {
        id: ctx.user.id,
        descriptor: `Microsoft.IdentityModel.Claims.ClaimsIdentity;${ctx.user.email}`,
        subjectDescriptor: user.descriptor,
        providerDisplayName: ctx.user.displayName,
        isActive: true,
        properties: { Account: { $type: "System.String", $value: ctx.user.email } },
      };
      return ok({
        authenticatedUser: identity,
        authorizedUser: identity,
        instanceId: "0f4c8101-5a5e-4a5b-9e3a-e0000000cafe",
        deploymentId: "0f4c8101-5a5e-4a5b-9e3a-e0000000beef",
        deploymentType: ctx.profile.deploymentType,
        locationServiceData: {
          serviceOwner: "00025394-6065-48ca-87d9-7f5672854ef7",
          defaultAccessMappingMoniker: "PublicAccessMapping",
        },
      });
    },
  },
];
