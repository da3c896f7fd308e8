/**
 * What the server embeds in every host page (window.__EMULATOR__): the route, the signed-in user's context,
 * the built manifest and the two origins. Types only plus one reader, so the server can import the types.
 */
import type { EmulatorContext } from "../api";
import type { ThemeName } from "./theme";

export interface ManifestContribution {
  id: string;
  type: string;
  description?: string;
  targets?: string[];
  properties?: { name?: string; uri?: string; height?: number; [key: string]: unknown };
}

export type HostRoute =
  | { kind: "index" }
  | { kind: "workItem"; project: string; id: number }
  | { kind: "query"; project: string; queryId: string }
  | { kind: "hub" | "settings"; project: string; contributionId: string }
  | { kind: "dashboard"; project: string };

/** The context as a host page gets it: the signed-in user's token only, never the other users'. */
export type HostContext = Omit<EmulatorContext, "users"> & {
  users: Omit<EmulatorContext["users"][number], "accessToken">[];
};

export interface HostBootstrap {
  route: HostRoute;
  userKey: string;
  context: HostContext;
  /** The signed-in user may read work items but not change them: forms open read-only. */
  readOnly: boolean;
  /**
   * An extension hub opened by a Stakeholder: it does not load (microsoft/vsts-extension-retrospectives#1219,
   * the hub never loads for Stakeholder access and loads once the user has Basic).
   */
  hubUnavailable: boolean;
  /** http://localhost:<port>, no trailing slash. */
  publicUrl: string;
  /** Base URI of the extension's files, trailing slash. */
  extensionUrl: string;
  theme: ThemeName;
  manifest: {
    publisher: string;
    id: string;
    name: string;
    version: string;
    contributions: ManifestContribution[];
  };
}

export function readBootstrap(): HostBootstrap {
  const data = (window as unknown as { __EMULATOR__?: HostBootstrap }).__EMULATOR__;
  if (!data) throw new Error("The page has no emulator bootstrap data.");
  return data;
}

/**
 * The organization's path below the server root without slashes: "fabrikam" on Services,
 * "tfs/DefaultCollection" on Server, so host links are `/${collectionPathOf(b)}/{project}/...`.
 */
export const collectionPathOf = (b: HostBootstrap): string =>
  new URL(b.context.organizationUrl).pathname.replace(/^\/+|\/+$/g, "");

/** The signed-in user as the seed describes them. */
export function currentUser(b: HostBootstrap): HostContext["users"][number] {
  const user = b.context.users.find((u) => u.key === b.userKey);
  if (!user) throw new Error(`Unknown user ${b.userKey}`);
  return user;
}
