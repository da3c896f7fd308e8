/**
 * Which Azure DevOps the emulator plays: Azure DevOps Services (the default) or Azure DevOps Server 2022
 * (`EMULATOR_PROFILE=server2022`). A profile decides the URL layout, the host context the SDK sees, the
 * versions resource-location discovery reports and, on Server, the api-version ceiling every route enforces.
 */
import { ApiError } from "./http/errors";

export type ProfileName = "services" | "server2022";

export interface EmulatorProfile {
  name: ProfileName;
  label: string;
  /**
   * Path segments between the server root and the collection: none on Services
   * (`https://dev.azure.com/{org}`), the IIS virtual directory `tfs` on Server
   * (`https://host/tfs/DefaultCollection`).
   */
  virtualDirectory: string;
  /** The organization (Services) or project collection (Server) name. */
  collection: string;
  /** The highest api-version any resource answers. */
  maxVersion: string;
  /** The version a released resource reports as released. */
  releasedVersion: string;
  /**
   * Whether a request above `maxVersion` is refused. Services accepts every version the emulator was
   * written against, as before the profiles existed; Server 2022 refuses anything above 7.0.
   */
  enforceCeiling: boolean;
  /** `SDK.getHost()` as the extension sees it: `isHosted` tells Services (true) from Server (false). */
  host: { serviceVersion: string; isHosted: boolean };
  /** `connectionData.deploymentType`. */
  deploymentType: "hosted" | "onPremises";
  /** The api-version the host's own pages (the work item form, the services it gives) call REST with. */
  hostApiVersion: string;
  /** The comments resource is preview-only: 7.1-preview.4 on Services, 7.0-preview.3 on Server 2022. */
  commentsApiVersion: string;
}

export const PROFILES: Record<ProfileName, EmulatorProfile> = {
  services: {
    name: "services",
    label: "Azure DevOps Services",
    virtualDirectory: "",
    collection: "fabrikam",
    // Services answers up to 7.2 (preview) and has released 7.1 (Learn's REST API versioning table).
    maxVersion: "7.2",
    releasedVersion: "7.1",
    enforceCeiling: false,
    host: { serviceVersion: "emulator", isHosted: true },
    deploymentType: "hosted",
    hostApiVersion: "7.1",
    commentsApiVersion: "7.1-preview.4",
  },
  server2022: {
    name: "server2022",
    label: "Azure DevOps Server 2022",
    virtualDirectory: "tfs",
    collection: "DefaultCollection",
    // Learn's versioning table and MicrosoftDocs/azure-devops-docs#13083: Server 2022 stops at 7.0.
    maxVersion: "7.0",
    releasedVersion: "7.0",
    enforceCeiling: true,
    // Server 2022 is product version 19 (its client libraries ship as 19.x "for Azure DevOps Server 2022").
    host: { serviceVersion: "Dev19.M225.7 (AzureDevOps2022.2)", isHosted: false },
    deploymentType: "onPremises",
    hostApiVersion: "7.0",
    commentsApiVersion: "7.0-preview.3",
  },
};

export function profileNamed(name: string | undefined): EmulatorProfile {
  const key = (name ?? "services").trim().toLowerCase() || "services";
  const profile = (PROFILES as Record<string, EmulatorProfile | undefined>)[key];
  if (!profile)
    throw new Error(
      `Unknown EMULATOR_PROFILE "${name}" (known: ${Object.keys(PROFILES).join(", ")}; default services).`,
    );
  return profile;
}

/** `/{virtual directory}/{collection}`, e.g. "/fabrikam" or "/tfs/DefaultCollection". */
export function collectionPath(profile: EmulatorProfile): string {
  return `${profile.virtualDirectory ? `/${profile.virtualDirectory}` : ""}/${profile.collection}`;
}

/**
 * The path as the routes see it (`/{collection}/...`): the virtual directory removed. Undefined when a
 * Server profile gets a path outside its virtual directory, which is not the server's.
 */
export function withoutVirtualDirectory(profile: EmulatorProfile, pathname: string): string | undefined {
  if (!profile.virtualDirectory) return pathname;
  const prefix = `/${profile.virtualDirectory}`;
  const lower = pathname.toLowerCase();
  if (lower === prefix || lower.startsWith(`${prefix}/`)) return pathname.slice(prefix.length) || "/";
  return undefined;
}

export interface ParsedVersion {
  /** "7.0" */
  number: string;
  value: number;
  preview: boolean;
  resourceVersion?: number;
}

/** "7.0-preview.3" → { number: "7.0", value: 7, preview: true, resourceVersion: 3 }; undefined when malformed. */
export function parseApiVersion(text: string): ParsedVersion | undefined {
  const m = /^\s*(\d+)\.(\d+)(?:-preview(?:\.(\d+))?)?\s*$/i.exec(text);
  if (!m) return undefined;
  return {
    number: `${m[1]}.${m[2]}`,
    value: Number(m[1]) + Number(m[2]) / 10,
    preview: /-preview/i.test(text),
    resourceVersion: m[3] === undefined ? undefined : Number(m[3]),
  };
}

/**
 * Refuses a version above the server's ceiling as Azure DevOps Server does: 400
 * VssVersionOutOfRangeException with the wording quoted in microsoft/azure-devops-extension-sample#161 and
 * cribeiro84/azure-devops-pull-request-hub#118 ("The requested REST API version of 7.2 is out of range for
 * this server. The latest REST API version this server supports is 6.1.").
 */
export function checkApiVersion(profile: EmulatorProfile, requested: string): void {
  if (!profile.enforceCeiling) return;
  const parsed = parseApiVersion(requested);
  const max = parseApiVersion(profile.maxVersion)!;
  // A malformed version is left to the route, as on the default profile.
  if (!parsed || parsed.value <= max.value) return;
  throw new ApiError(
    400,
    "VssVersionOutOfRangeException",
    `The requested REST API version of ${parsed.number} is out of range for this server. The latest REST API version this server supports is ${profile.maxVersion}.`,
  );
}
