/**
 * The in-process Azure DevOps REST API of the emulator (organization "fabrikam"): real paths, real
 * semantics, an in-memory store returned to its seed on reset, and the /_emulator inspection routes.
 */
import type * as http from "http";

import { answerPreflight } from "./http/cors";
import { decodePath } from "./http/request";
import { tokenFor } from "./model/identities";
import { handleApiRequest } from "./pipeline";
import { handleEmulatorRoute } from "./routes/emulator";
import { locate } from "./routes/router";
import { type EmulatorContext, EmulatorState } from "./state";

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
  /** True when the user may read work items but not change them (POST /_emulator/permissions). */
  isReader(userKey: string): boolean;
}

export function createEmulatorApi(options: EmulatorApiOptions): EmulatorApi {
  const state = new EmulatorState(
    options.publicUrl.replace(/\/+$/, ""),
    options.seedSize ?? 0,
    options.fixedNow,
    options.seedClosedShare,
  );
  return {
    async handle(req, res) {
      const url = new URL(req.url ?? "/", "http://emulator.invalid");
      const isEmulator = url.pathname === "/_emulator" || url.pathname.startsWith("/_emulator/");
      const located = isEmulator ? undefined : locate(decodePath(url.pathname));
      if (!isEmulator && !located) return false;
      if ((req.method ?? "").toUpperCase() === "OPTIONS") {
        req.resume();
        answerPreflight(res);
        return true;
      }
      if (isEmulator) await handleEmulatorRoute(state, req, res, url);
      else await handleApiRequest(state, req, res, url, located!);
      return true;
    },
    reset: () => state.reset(),
    context: (asUserKey) => state.context(asUserKey),
    tokenFor,
    isReader: (userKey) => state.store.readers.has(userKey.toLowerCase()),
  };
}
