/**
 * Talking to the host being verified with a personal access token: HTTP Basic with an empty user name, as
 * Azure DevOps documents for PATs. The token is only ever put in that header; nothing here prints it.
 */
import { createRestTransport, type RestTransport } from "../../src/ado/restTransport";
import { readAnswer } from "../http/readAnswer";

export interface RawAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
  text: string;
}

export interface Host {
  /** The organization or collection URL, no trailing slash. */
  base: string;
  /** The extension's own transport (retries, api-version, errors), with the PAT. */
  transport: RestTransport;
  /** One call as it is, for what the extension's transport does not send (OPTIONS, no api-version). */
  raw(method: string, url: string, body?: unknown, accept?: string): Promise<RawAnswer>;
}

export const basicAuthorization = (token: string): string =>
  `Basic ${Buffer.from(`:${token}`).toString("base64")}`;

export function connect(url: string, token: string, fetchImpl: typeof fetch = fetch): Host {
  const base = url.replace(/\/+$/, "");
  const transport = createRestTransport({
    getBaseUrl: async () => `${base}/`,
    getToken: async () => token,
    authorization: basicAuthorization,
    fetchImpl,
    maxAttempts: 2,
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 2000))),
  });
  return {
    base,
    transport,
    async raw(method, target, body, accept = "application/json") {
      const headers: Record<string, string> = { Accept: accept, Authorization: basicAuthorization(token) };
      if (body !== undefined) headers["Content-Type"] = "application/json";
      const res = await fetchImpl(target.startsWith("http") ? target : `${base}/${target}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const { text, json } = await readAnswer(res);
      return { status: res.status, json, text };
    },
  };
}
