/** A failed REST call, with what the UI needs to explain it. No SDK import: tests build these directly. */
export class RestError extends Error {
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

/** Thrown when the network failed or an attempt timed out: the server may or may not have acted. */
export class NetworkError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = "NetworkError";
  }
}

export const isConflict = (e: unknown): boolean =>
  e instanceof RestError && (e.status === 412 || e.status === 409 || /TF26071|VS403351/.test(e.message));

/**
 * A sentence for the person at the screen: what went wrong and what to do. Never "[object Object]".
 * `what` names the attempted action, e.g. "acknowledge the request".
 */
export function describeError(error: unknown, what: string): string {
  if (error instanceof RestError) {
    switch (error.status) {
      case 401:
        return `Could not ${what}: your Azure DevOps sign-in has expired. Reload the page and try again.`;
      case 403:
        return `Could not ${what}: you do not have permission. Ask a project administrator for "Edit work items in this node".`;
      case 404:
        return `Could not ${what}: the work item does not exist or you do not have permission to read it.`;
      case 409:
      case 412:
        return `Could not ${what}: someone changed this work item at the same moment. The view is refreshed; check it and try again if still needed.`;
      case 429:
        return `Could not ${what}: Azure DevOps is limiting requests right now. Wait a minute and try again.`;
      default:
        if (error.status >= 500)
          return `Could not ${what}: Azure DevOps did not complete the request (HTTP ${error.status}). Nothing was half-done; try again in a moment.`;
        return `Could not ${what}: ${error.message}`;
    }
  }
  if (error instanceof NetworkError) return `Could not ${what}: ${error.message}`;
  if (error instanceof Error && error.message) return `Could not ${what}: ${error.message}`;
  return `Could not ${what}: an unexpected error occurred. Reload the page and try again.`;
}

/** An extension data document was saved by someone else since it was read (its etag moved on). */
export class DocumentConflictError extends Error {
  public constructor(what: string) {
    super(`${what} were changed by someone else since you opened them. Reload to see their version.`);
    this.name = "DocumentConflictError";
  }
}
