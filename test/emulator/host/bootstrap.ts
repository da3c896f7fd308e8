/**
 * What the server embeds in every host page (window.__EMULATOR__): the route, the signed-in user's context,
 * the built manifest and the two origins. Types only plus one reader, so the server can import the types.
 */
import type { EmulatorContext } from "../api";

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
  | { kind: "hub" | "settings"; project: string; contributionId: string }
  | { kind: "dashboard"; project: string };

export interface HostBootstrap {
  route: HostRoute;
  userKey: string;
  context: EmulatorContext;
  /** The signed-in user may read work items but not change them: forms open read-only. */
  readOnly: boolean;
  /** http://localhost:<port>, no trailing slash. */
  publicUrl: string;
  /** Base URI of the extension's files, trailing slash. */
  extensionUrl: string;
  theme: "light" | "dark";
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

/** The signed-in user as the seed describes them. */
export function currentUser(b: HostBootstrap): EmulatorContext["users"][number] {
  const user = b.context.users.find((u) => u.key === b.userKey);
  if (!user) throw new Error(`Unknown user ${b.userKey}`);
  return user;
}
