/**
 * The one path every REST call takes: bearer token, api-version, JSON, timeouts and the retry policy.
 * Our own fetch rather than the typed client because that client is pinned to 5.0-preview versions, has no
 * add-comment, and hides response headers (Retry-After) behind its errors.
 */
import { NetworkError, PartlySavedError, RestError } from "./restErrors";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface RestRequest {
  method: HttpMethod;
  /** Path under the organization root, already encoded, e.g. `Client%20Services/_apis/wit/workitems/7`. */
  path: string;
  apiVersion: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  /**
   * True when repeating the call cannot duplicate an effect: reads, and updates guarded by `test /rev`
   * (a repeat of one that landed fails with 412 instead of acting twice). Creates and mails are not.
   */
  retryable: boolean;
  /**
   * For answers that report failures inside a 200 (a `$batch`): the error to treat the answer as, or
   * undefined when it succeeded. It is then handled like any failed attempt (repeated or thrown).
   */
  failureIn?(body: unknown): RestError | undefined;
}

export interface RetryInfo {
  /** The attempt that failed, from 1. */
  attempt: number;
  waitMs: number;
  reason: string;
  /** The HTTP status of the failed attempt; 0 when no answer came (network, timeout). */
  status: number;
}

export interface RestTransport {
  send<T>(request: RestRequest): Promise<T>;
}

export interface TransportOptions {
  getBaseUrl(): Promise<string>;
  getToken(): Promise<string>;
  /** The Authorization header for a token: `Bearer` by default; a personal access token goes as Basic. */
  authorization?(token: string): string;
  fetchImpl?: typeof fetch;
  maxAttempts?: number;
  timeoutMs?: number;
  /** Called before waiting to retry, so the UI can show progress. */
  onRetry?(info: RetryInfo): void;
  sleep?(ms: number): Promise<void>;
}

const MAX_RETRY_AFTER_S = 30;

function queryString(query: RestRequest["query"], apiVersion: string): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) params.set(k, String(v));
  params.set("api-version", apiVersion);
  return params.toString();
}

/** An answer read in full: the body is part of the attempt, so a drop or a stall while reading it counts. */
interface Answer {
  status: number;
  ok: boolean;
  statusText: string;
  retryAfter: string | null;
  text: string;
}

function errorFrom(answer: Answer): RestError {
  const retryAfter = Number(answer.retryAfter ?? undefined);
  let message = `HTTP ${answer.status} ${answer.statusText}`.trim();
  let typeKey: string | undefined;
  try {
    const body = JSON.parse(answer.text) as { message?: unknown; typeKey?: unknown };
    if (typeof body.message === "string" && body.message) message = body.message;
    if (typeof body.typeKey === "string") typeKey = body.typeKey;
  } catch {
    // Not JSON (a proxy page, an empty body): the status line is the best message we have.
  }
  return new RestError(answer.status, message, typeKey, Number.isFinite(retryAfter) ? retryAfter : undefined);
}

export function createRestTransport(options: TransportOptions): RestTransport {
  const fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const maxAttempts = options.maxAttempts ?? 4;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  // Azure DevOps throttles a user, not one call: after a 429 every call of this transport waits out the
  // Retry-After before its next attempt, so calls made side by side (the hub's batch reads) do not each run
  // into the limit again.
  let retryAfterPause: Promise<void> = Promise.resolve();

  async function attempt(request: RestRequest): Promise<Answer> {
    const [base, token] = await Promise.all([options.getBaseUrl(), options.getToken()]);
    const url = `${base.replace(/\/?$/, "/")}${request.path}?${queryString(request.query, request.apiVersion)}`;
    const headers: Record<string, string> = { Accept: "application/json" };
    if (token) headers.Authorization = options.authorization?.(token) ?? `Bearer ${token}`;
    if (request.body !== undefined) headers["Content-Type"] = request.contentType ?? "application/json";
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetchImpl(url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      });
      return {
        status: response.status,
        ok: response.ok,
        statusText: response.statusText,
        retryAfter: response.headers.get("Retry-After"),
        text: await response.text(),
      };
    } catch (e) {
      throw new NetworkError(
        controller.signal.aborted
          ? `Azure DevOps did not answer within ${Math.round(timeoutMs / 1000)} seconds.`
          : `could not reach Azure DevOps (${e instanceof Error ? e.message : String(e)}). Check your connection.`,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async send<T>(request: RestRequest): Promise<T> {
      // Whether an attempt so far may have been carried out although it failed (lost answer, 5xx).
      let mayHaveLanded = false;
      for (let n = 1; ; n++) {
        let failure: RestError | NetworkError;
        try {
          await retryAfterPause;
          const answer = await attempt(request);
          if (answer.ok) {
            const body = (answer.text ? JSON.parse(answer.text) : undefined) as T;
            const inner = request.failureIn?.(body);
            if (!inner) return body;
            failure = inner;
          } else failure = errorFrom(answer);
        } catch (e) {
          if (!(e instanceof NetworkError)) throw e;
          failure = e;
        }
        // 429: the request was refused, not run, so waiting and repeating is safe for any call.
        const throttled = failure instanceof RestError && failure.status === 429;
        const transient =
          failure instanceof NetworkError ||
          (failure instanceof RestError && [500, 502, 503, 504].includes(failure.status));
        failure.earlierAttemptMayHaveLanded = mayHaveLanded;
        // Something was saved: repeating would save it again.
        if (failure instanceof PartlySavedError) throw failure;
        if (n >= maxAttempts || !(throttled || (transient && request.retryable))) throw failure;
        if (transient) mayHaveLanded = true;
        const retryAfter = failure instanceof RestError ? failure.retryAfterSeconds : undefined;
        const waitMs =
          retryAfter !== undefined
            ? Math.min(retryAfter, MAX_RETRY_AFTER_S) * 1000
            : Math.min(250 * 2 ** (n - 1), 4000) + Math.floor(Math.random() * 100);
        options.onRetry?.({
          attempt: n,
          waitMs,
          reason: failure.message,
          status: failure instanceof RestError ? failure.status : 0,
        });
        if (throttled) {
          const pause = sleep(waitMs);
          retryAfterPause = Promise.all([retryAfterPause, pause]).then(() => undefined);
          await pause;
        } else await sleep(waitMs);
      }
    },
  };
}
