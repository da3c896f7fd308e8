/**
 * window.__emulatorLog: every host-side call an extension made (host control, services, notifications), so
 * e2e tests can assert what the extension asked of the host without hooks in the extension itself.
 */
export interface HostLogEntry {
  at: number;
  /** Relative contribution id, or "host" for the page itself. */
  source: string;
  /** e.g. "HostControl.initialHandshake", "ms.vss-work-web.work-item-form.save", "notify.onSaved". */
  call: string;
  detail?: unknown;
}

type LogWindow = Window & { __emulatorLog?: HostLogEntry[] };

/** An access token (the emulator's, a JWT): handed to host services, but never written to a log. */
const TOKEN = /^(emu_[A-Za-z0-9_-]{16,}|eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

/** JSON-safe copy of arguments: proxies (functions) and cycles must not break the log; tokens are left out. */
function plain(value: unknown): unknown {
  try {
    return JSON.parse(
      JSON.stringify(value ?? null, (_k, v) =>
        typeof v === "function" ? "[function]" : typeof v === "string" && TOKEN.test(v) ? "[token]" : v,
      ),
    );
  } catch {
    return String(value);
  }
}

export function hostLog(source: string, call: string, detail?: unknown): void {
  const w = window as LogWindow;
  w.__emulatorLog ??= [];
  w.__emulatorLog.push({
    at: Date.now(),
    source,
    call,
    ...(detail === undefined ? {} : { detail: plain(detail) }),
  });
}
