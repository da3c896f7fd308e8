/** Every REST call in arrival order (reads, failures and faults included; not /_emulator, not preflights). */
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  body: unknown;
  /** The api-version asked for, from the query or the Accept header (as Microsoft's clients send it). */
  apiVersion?: string;
}

export class RequestLog {
  entries: LoggedRequest[] = [];

  /** Called on arrival, before the body is read, so the order is the arrival order. */
  start(method: string, path: string, query: Record<string, string>): LoggedRequest {
    const entry: LoggedRequest = { method, path, query, status: 0, body: null };
    this.entries.push(entry);
    return entry;
  }

  clear(): void {
    this.entries = [];
  }
}
