/** A failed REST call, with what the UI needs to explain it. No SDK import: tests build these directly. */
export class RestError extends Error {
  /**
   * Set by the transport when an earlier attempt of the same call may have been carried out (its answer was
   * lost or a 5xx came back) before this answer: a 412 is then possibly the call's own change, seen again.
   */
  public earlierAttemptMayHaveLanded = false;

  public constructor(
    public readonly status: number,
    message: string,
    public readonly typeKey?: string,
    public readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "RestError";
  }
}

/**
 * A `$batch` the service saved only in part (the create, not the link): Microsoft describes the work item
 * batch as all or nothing, so this is the answer of a service that does not. Never repeated.
 */
export class PartlySavedError extends RestError {
  public constructor(
    cause: RestError,
    /** What was saved: the answer of each entry that succeeded, in order. */
    public readonly saved: unknown[],
  ) {
    super(cause.status, cause.message, cause.typeKey);
    this.name = "PartlySavedError";
  }
}

/** Thrown when the network failed or an attempt timed out: the server may or may not have acted. */
export class NetworkError extends Error {
  public earlierAttemptMayHaveLanded = false;

  public constructor(message: string) {
    super(message);
    this.name = "NetworkError";
  }
}

/** True when the call failed only after an earlier attempt of it may already have taken effect. */
export const mayHaveLandedEarlier = (e: unknown): boolean =>
  (e instanceof RestError || e instanceof NetworkError) && e.earlierAttemptMayHaveLanded;

/**
 * True when the server may have carried out the call although it failed: the answer was lost (network,
 * timeout), or an earlier attempt was. A 5xx or 4xx answer to the only attempt says it was not done.
 */
export const outcomeUnknown = (e: unknown): boolean => e instanceof NetworkError || mayHaveLandedEarlier(e);

export const isConflict = (e: unknown): boolean =>
  e instanceof RestError && (e.status === 412 || e.status === 409 || /TF26071|VS403351/.test(e.message));

/**
 * Errors from host services (extension data) cross the frame boundary as plain objects: one with an HTTP
 * status is explained like a REST error of ours.
 */
function asRestError(error: unknown): RestError | undefined {
  if (error instanceof RestError || typeof error !== "object" || error === null) return undefined;
  const { status, message } = error as { status?: unknown; message?: unknown };
  const code = Number(status);
  if (!Number.isInteger(code) || code < 400 || code > 599) return undefined;
  return new RestError(code, typeof message === "string" && message ? message : `HTTP ${code}`);
}

const BROWSER_NETWORK_FAILURE =
  /^(Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed|network error)$/i;

/**
 * A sentence for the person at the screen: what went wrong and what to do. Never "[object Object]".
 * `what` names the attempted action, e.g. "acknowledge the request".
 */
export function describeError(error: unknown, what: string): string {
  error = asRestError(error) ?? error;
  if (error instanceof RestError) {
    switch (error.status) {
      case 401:
        return `Could not ${what}: your Azure DevOps sign-in has expired. Reload the page and try again.`;
      case 403:
        // TF401289: a tag the project does not define yet, written by someone who may not create tags.
        if (/TF401289/.test(error.message))
          return `Could not ${what}: it would create a new tag, and Azure DevOps lets only people with "Create tag definition" (never Stakeholders) create tags (TF401289).`;
        return `Could not ${what}: you do not have permission. Ask a project administrator for "Edit work items in this node".`;
      case 404:
        return `Could not ${what}: the work item does not exist or you do not have permission to read it.`;
      case 409:
      case 412:
        return `Could not ${what}: someone else changed this work item at the same moment. Check what changed, then try again if it is still needed.`;
      case 429:
        return `Could not ${what}: Azure DevOps is limiting requests right now. Wait a minute and try again.`;
      default:
        if (error.status >= 500)
          return `Could not ${what}: Azure DevOps did not complete the request (HTTP ${error.status}). Try again in a moment.`;
        return `Could not ${what}: ${error.message}`;
    }
  }
  if (error instanceof NetworkError) return `Could not ${what}: ${error.message}`;
  if (error instanceof Error && error.message) return `Could not ${what}: ${error.message}`;
  const message = (error as { message?: unknown } | null)?.message;
  // A host service's plain error with the browser's words for a failed fetch, which name no cause.
  if (typeof message === "string" && BROWSER_NETWORK_FAILURE.test(message))
    return `Could not ${what}: could not reach Azure DevOps (${message}). Check your connection and try again.`;
  if (typeof message === "string" && message) return `Could not ${what}: ${message}`;
  return `Could not ${what}: an unexpected error occurred. Reload the page and try again.`;
}

/** An extension data document was saved by someone else since it was read (its etag moved on). */
export class DocumentConflictError extends Error {
  public constructor(what: string) {
    super(`${what} were changed by someone else since you opened them. Reload to see their version.`);
    this.name = "DocumentConflictError";
  }
}

/**
 * Azure DevOps refused to save the project's settings: the person lacks "Edit project-level information"
 * (VS402904), which project administrators have. The UI shows this message as it is.
 */
export class SettingsRefusedError extends Error {
  public constructor(public readonly cause: RestError) {
    super(
      `Azure DevOps refused to save the settings: only project administrators can change them (they need "Edit project-level information" and "Manage project properties" on this project). Ask a project administrator to make this change. Azure DevOps said: ${cause.message}`,
    );
    this.name = "SettingsRefusedError";
  }
}
