/** CORS for extension iframes on another origin calling the REST root. */
import type * as http from "http";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "retry-after, x-ms-continuationtoken",
};

const PREFLIGHT_HEADERS: Record<string, string> = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": "GET,POST,PATCH,PUT,DELETE,OPTIONS",
  "Access-Control-Allow-Headers":
    "authorization, content-type, accept, x-tfs-fedauthredirect, x-vss-reauthenticationaction, x-tfs-session",
  "Access-Control-Max-Age": "600",
};

export function answerPreflight(res: http.ServerResponse): void {
  // Not kept alive, like every API answer (see pipeline.ts): the call after it must not reuse its connection.
  res.writeHead(204, { ...PREFLIGHT_HEADERS, Connection: "close" });
  res.end();
}
