/** For tests: the API behind a real HTTP server on a free port, and a small caller. */
import * as http from "http";
import { type AddressInfo } from "net";

import { readAnswer } from "../../../scripts/http/readAnswer";
import { createEmulatorApi, type EmulatorApi } from "./index";
import { collectionPath, type ProfileName, profileNamed } from "./profile";

export const CLIENT_ACCEPT =
  "application/json;api-version=5.0-preview.3;excludeUrls=true;enumsAsNumbers=true;msDateFormat=true;noArrayWrap=true";

export interface CallOptions {
  as?: string;
  body?: unknown;
  accept?: string;
  headers?: Record<string, string>;
  /** Omit the Authorization header. */
  anonymous?: boolean;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export interface RunningEmulator {
  api: EmulatorApi;
  baseUrl: string;
  /** "/fabrikam" or, on Server, "/tfs/DefaultCollection": prefix of every API path. */
  collection: string;
  /** `path` is relative to the server root, e.g. "/fabrikam/Client Services/_apis/wit/workitems/1". */
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  close(): Promise<void>;
}

export async function startEmulator(
  seedSize = 0,
  /** The profile, or options with a stopped clock too. */
  profileOrOptions: ProfileName | { profile?: ProfileName; fixedNow?: Date } = "services",
): Promise<RunningEmulator> {
  const holder: { api?: EmulatorApi } = {};
  const server = http.createServer((req, res) => {
    void holder.api!.handle(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(404, { "Content-Type": "text/plain" });
        res.end("not an API path");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://localhost:${port}`;
  const options = typeof profileOrOptions === "string" ? { profile: profileOrOptions } : profileOrOptions;
  const profile = options.profile ?? "services";
  const running = createEmulatorApi({
    publicUrl: baseUrl,
    seedSize,
    profile,
    fixedNow: options.fixedNow,
  });
  holder.api = running;
  return {
    api: running,
    baseUrl,
    collection: collectionPath(profileNamed(profile)),
    async call(method, path, options = {}) {
      const headers: Record<string, string> = {
        Accept: options.accept ?? "application/json;api-version=7.1",
        ...options.headers,
      };
      if (!options.anonymous) headers.Authorization = `Bearer ${running.tokenFor(options.as ?? "holly")}`;
      let body: string | undefined;
      if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers["Content-Type"] ??= Array.isArray(options.body)
          ? "application/json-patch+json"
          : "application/json";
      }
      const url =
        baseUrl +
        path
          .split("/")
          .map((s) => (s.includes("?") ? s : encodeURI(s)))
          .join("/");
      const res = await fetch(url, { method, headers, body });
      const { text, json } = await readAnswer(res);
      return { status: res.status, headers: res.headers, text, json };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const CS = "/fabrikam/Client Services";
export const BD = "/fabrikam/Basic Desk";

export const field = (name: string, value: unknown) => ({ op: "add", path: `/fields/${name}`, value });
