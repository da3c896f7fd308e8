/**
 * Injected failures: the next `count` API requests matching method + path regex fail as told. By default the
 * request is refused before it runs; with `lostAnswer` it runs (the work item changes, the mail goes out) and
 * only its answer is lost: the failure the client sees is then a lie about an effect that happened, as when a
 * connection drops after the server committed.
 */
import { badRequest } from "./http/errors";

export interface FaultSpec {
  method?: string;
  pathPattern: string;
  status: number;
  count: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  lostAnswer?: boolean;
}

interface PendingFault extends FaultSpec {
  regex: RegExp;
  remaining: number;
}

export class Faults {
  private pending: PendingFault[] = [];

  add(body: unknown): FaultSpec {
    const b = (body ?? {}) as Record<string, unknown>;
    if (typeof b.pathPattern !== "string" || !b.pathPattern)
      throw badRequest("ArgumentException", "A fault needs a pathPattern (a regular expression).");
    let regex: RegExp;
    try {
      regex = new RegExp(b.pathPattern, "i");
    } catch (e) {
      throw badRequest(
        "ArgumentException",
        `pathPattern is not a valid regular expression: ${(e as Error).message}`,
      );
    }
    const status = Number(b.status);
    if (!Number.isInteger(status) || !(status === 0 || (status >= 400 && status <= 599)))
      throw badRequest(
        "ArgumentException",
        "status must be 0 (hang then drop) or an HTTP error status 400-599.",
      );
    const count = b.count === undefined ? 1 : Number(b.count);
    if (!Number.isInteger(count) || count < 1)
      throw badRequest("ArgumentException", "count must be a positive integer.");
    const spec: FaultSpec = { pathPattern: b.pathPattern, status, count };
    if (typeof b.method === "string" && b.method) spec.method = b.method.toUpperCase();
    if (b.retryAfterSeconds !== undefined) spec.retryAfterSeconds = Number(b.retryAfterSeconds);
    if (b.delayMs !== undefined) spec.delayMs = Number(b.delayMs);
    if (status === 0 && spec.delayMs === undefined) spec.delayMs = 0;
    if (b.lostAnswer !== undefined && typeof b.lostAnswer !== "boolean")
      throw badRequest("ArgumentException", "lostAnswer must be true or false.");
    if (b.lostAnswer === true) spec.lostAnswer = true;
    this.pending.push({ ...spec, regex, remaining: count });
    return spec;
  }

  /** Consumes one matching fault. `paths` are the raw and the percent-decoded path. */
  take(method: string, paths: string[]): FaultSpec | undefined {
    const fault = this.pending.find(
      (f) => (!f.method || f.method === method) && paths.some((p) => f.regex.test(p)),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.pending = this.pending.filter((f) => f !== fault);
    return fault;
  }

  list(): (FaultSpec & { remaining: number })[] {
    return this.pending.map(({ regex: _regex, ...rest }) => rest);
  }

  clear(): void {
    this.pending = [];
  }
}

export function faultMessage(status: number): { typeKey: string; message: string } {
  if (status === 429)
    return {
      typeKey: "RequestBlockedException",
      message:
        "TF400733: The request has been canceled: Request was blocked due to exceeding usage of resource 'WorkItemTracking' in namespace 'User'. (emulator fault)",
    };
  if (status === 503)
    return {
      typeKey: "ServiceUnavailableException",
      message: "TF400898: The service is temporarily unavailable. (emulator fault)",
    };
  if (status >= 500)
    return {
      typeKey: "InternalServerErrorException",
      message: "TF400898: An Internal Error Occurred. (emulator fault)",
    };
  return {
    typeKey: "EmulatorFaultException",
    message: `Injected failure with status ${status}. (emulator fault)`,
  };
}
