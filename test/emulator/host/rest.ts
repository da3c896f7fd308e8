/**
 * The host page's own REST client: the same API the extension calls (same paths, bearer token), so what the
 * form shows and saves is exactly what an extension reading the REST API sees.
 */
import { readAnswer } from "../../../scripts/http/readAnswer";
import type { EmulatorContext } from "../api";

export class RestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly serverError?: { message?: string; typeKey?: string },
  ) {
    super(message);
    this.name = "TFS.WebApi.Exception";
  }
}

export interface Rest {
  /** `path` is below the organization, segments already encoded, e.g. "_apis/projects". */
  call<T>(method: string, path: string, body?: unknown, options?: CallOptions): Promise<T>;
  /** Arrays arrive as `{count, value}` or bare (noArrayWrap); callers get the array either way. */
  list<T>(path: string): Promise<T[]>;
  orgUrl: string;
  /** The preview version of the comments resource on this host. */
  commentsApiVersion: string;
}

export interface CallOptions {
  token?: string;
  contentType?: string;
}

/**
 * Header naming the contribution a host service called REST for (extension data, identity search), so the
 * benchmark can tell the panel's round trips from the host form's own reads; the API ignores it.
 */
export const CALLER_HEADER = "X-Emulator-Caller";

export const seg = (s: string | number) => encodeURIComponent(String(s));

/**
 * Calls under the organization's (or, on Server, the collection's) URL with the version the host's own
 * pages use (7.1 on Services, 7.0 on Server 2022, which refuses anything newer).
 */
export function createRest(
  where: Pick<EmulatorContext, "organizationUrl" | "profile">,
  token: string,
  caller?: string,
): Rest {
  const orgUrl = `${where.organizationUrl.replace(/\/+$/, "")}/`;
  const { apiVersion, commentsApiVersion } = where.profile;
  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    options: CallOptions = {},
  ): Promise<T> {
    const headers: Record<string, string> = {
      Accept: `application/json;api-version=${apiVersion}`,
      Authorization: `Bearer ${options.token ?? token}`,
    };
    if (caller) headers[CALLER_HEADER] = caller;
    if (body !== undefined) headers["Content-Type"] = options.contentType ?? "application/json";
    const res = await fetch(orgUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { json } = await readAnswer(res);
    if (!res.ok) {
      const serverError = json as { message?: string; typeKey?: string } | undefined;
      throw new RestError(
        res.status,
        serverError?.message ?? `${method} ${path} failed (${res.status})`,
        serverError,
      );
    }
    return json as T;
  }
  return {
    orgUrl,
    commentsApiVersion,
    call,
    async list<T>(path: string) {
      const result = await call<T[] | { value: T[] }>("GET", path);
      return Array.isArray(result) ? result : (result?.value ?? []);
    },
  };
}
