/** Reading the emulator's REST API and inspection endpoints from an e2e test, as a given user. */
import type { E2eSession } from "./harness";

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  body?: unknown;
  apiVersion?: string;
}

export interface PatchOp {
  op: string;
  path: string;
  value?: unknown;
}

export interface RestReader {
  get<T>(path: string): Promise<T>;
  /** The REST log, in arrival order. */
  log(): Promise<LoggedRequest[]>;
  /** Seeded user ids by key (holly, remi, …). */
  userIds(): Promise<Record<string, string>>;
}

export function restAs(e2e: E2eSession, userKey = "holly"): RestReader {
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(e2e.emulator.url + e2e.atHost(path), {
      headers: {
        Accept: `application/json;api-version=${e2e.apiVersion}`,
        Authorization: `Bearer ${e2e.emulator.api.tokenFor(userKey)}`,
      },
    });
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
    return (await res.json()) as T;
  };
  return {
    get,
    log: () => get<LoggedRequest[]>("/_emulator/requests"),
    async userIds() {
      const context = await get<{ users: { key: string; id: string }[] }>("/_emulator/context");
      return Object.fromEntries(context.users.map((u) => [u.key, u.id]));
    },
  };
}
