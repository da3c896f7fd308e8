/**
 * The in-process Azure DevOps REST API of the emulator (organization "fabrikam"): real paths, real
 * semantics, an in-memory store returned to its seed on reset, and the /_emulator inspection routes.
 */
import type * as http from "http";

import { answerPreflight } from "./http/cors";
import { decodePath } from "./http/request";
import { tokenFor, userByKey } from "./model/identities";
import { handleApiRequest } from "./pipeline";
import { type EmulatorProfile, type ProfileName, profileNamed, withoutVirtualDirectory } from "./profile";
import { handleEmulatorRoute } from "./routes/emulator";
import { answerDiscovery, isDiscovery } from "./routes/locations";
import { locate } from "./routes/router";
import { readers } from "./security/testControls";
import { type EmulatorContext, EmulatorState } from "./state";

export type { EmulatorProfile, ProfileName } from "./profile";
export type { EmulatorContext } from "./state";

export interface EmulatorApiOptions {
  /** e.g. "http://localhost:3000", no trailing slash: used in url fields and links. */
  publicUrl: string;
  extensionOrigin?: string;
  /** Extra generated requests for scale, default 0. */
  seedSize?: number;
  /** Share of the generated requests that are closed (0-1); by default a third. */
  seedClosedShare?: number;
  /** Stop the clock at this instant: the seed is written before it and every change is stamped with it. */
  fixedNow?: Date;
  /** Azure DevOps Services (default) or Azure DevOps Server 2022; see profile.ts. */
  profile?: ProfileName | EmulatorProfile;
}

export interface EmulatorApi {
  /** Handles the request if it is an API or /_emulator route; resolves false when the path is not its. */
  handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean>;
  /** Back to seed (same as POST /_emulator/reset). */
  reset(): void;
  /** Same JSON as GET /_emulator/context. */
  context(asUserKey?: string): EmulatorContext;
  /** Bearer token for a seeded user. */
  tokenFor(userKey: string): string;
  /** True when the user was moved into Readers (POST /_emulator/permissions `{user, access: "read"}`). */
  isReader(userKey: string): boolean;
  /** Whether the user may edit the work item ("Edit work items in this node" on its area): forms open read-only otherwise. */
  canEditWorkItem(userKey: string, id: number): boolean;
  /** Whether the user has Stakeholder access (extension hubs do not load for them). */
  isStakeholder(userKey: string): boolean;
  profile: EmulatorProfile;
}

export function createEmulatorApi(options: EmulatorApiOptions): EmulatorApi {
  const profile =
    typeof options.profile === "object" ? options.profile : profileNamed(options.profile ?? "services");
  const state = new EmulatorState(
    options.publicUrl.replace(/\/+$/, ""),
    options.seedSize ?? 0,
    options.fixedNow,
    profile,
    options.seedClosedShare,
  );
  return {
    async handle(req, res) {
      const url = new URL(req.url ?? "/", "http://emulator.invalid");
      const isEmulator = url.pathname === "/_emulator" || url.pathname.startsWith("/_emulator/");
      // On Server, REST lives under the virtual directory (/tfs/{collection}/_apis/...).
      const apiPath = isEmulator ? undefined : withoutVirtualDirectory(profile, url.pathname);
      if (!isEmulator && apiPath === undefined) return false;
      const located = apiPath === undefined ? undefined : locate(decodePath(apiPath));
      if (!isEmulator && !located) return false;
      if (located && isDiscovery(req, located.scope, located.rest)) {
        req.resume();
        answerDiscovery(res, profile, located.rest[0]);
        return true;
      }
      if ((req.method ?? "").toUpperCase() === "OPTIONS") {
        req.resume();
        answerPreflight(res);
        return true;
      }
      if (isEmulator) await handleEmulatorRoute(state, req, res, url);
      else await handleApiRequest(state, req, res, url, located!, apiPath!);
      return true;
    },
    reset: () => state.reset(),
    context: (asUserKey) => state.context(asUserKey),
    tokenFor,
    isReader: (userKey) => readers(state.store).includes(userKey.toLowerCase()),
    canEditWorkItem(userKey, id) {
      const user = userByKey(userKey);
      const item = state.store.items.get(id);
      if (!user || !item) return false;
      return state.store.canWrite(user, String(state.store.current(item).fields["System.AreaPath"] ?? ""));
    },
    isStakeholder(userKey) {
      const user = userByKey(userKey);
      return !!user && state.store.security.isStakeholder(user);
    },
    profile,
  };
}
