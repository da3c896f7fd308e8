/**
 * Code that runs inside the browser, in every frame, before the page's own scripts (context.addInitScript):
 * it timestamps what a user waits for with Date.now(), which the host page, the extension's cross-origin
 * iframes and Node all share. Nothing here changes what the pages do; it only watches the DOM.
 *
 * - Host page: when each contribution iframe is created (the start of "time to interactive").
 * - A work-item-panel frame: the first moment the expected action buttons are all present and the expected
 *   ones are enabled (not disabled, not aria-disabled).
 * - A queue-hub frame: the first data row shown, and the first moment rows are shown while no
 *   "Loaded x of y requests…" progress is (every stage count is then complete).
 */

/** What a frame must show to count as interactive; given per browser context. */
export interface ReadyExpectation {
  /** Action buttons (accessible names) that must be present. */
  present: string[];
  /** Of those, the ones that must be enabled. */
  enabled: string[];
}

export interface FrameProbe {
  /** Host page only: every contribution iframe created, in order. */
  iframes: { id: string; at: number }[];
  /** Extension frame: the contribution folder it was loaded from (dist/web/<name>/). */
  contribution?: string;
  readyAt?: number;
  firstRowAt?: number;
  countsAt?: number;
  /** The Closed tab shows its count (closed requests are counted after the open queue). */
  closedAt?: number;
}

/**
 * Serialised into the page by Playwright: it must not refer to anything outside itself. The extension's
 * files are served from dist/web/<contribution>/, which is how a frame knows it is one.
 */
export function installProbe(expect: ReadyExpectation): void {
  const w = window as unknown as { __bench?: FrameProbe };
  if (w.__bench) return;
  const probe: FrameProbe = { iframes: [] };
  w.__bench = probe;
  const match = /\/dist\/web\/([^/]+)\//.exec(location.pathname);

  const watch = (check: () => boolean) => {
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  };

  if (!match) {
    watch(() => {
      document.querySelectorAll<HTMLIFrameElement>("iframe[data-contribution-id]").forEach((frame) => {
        if (frame.dataset.benchSeen) return;
        frame.dataset.benchSeen = "1";
        probe.iframes.push({ id: frame.dataset.contributionId ?? "", at: Date.now() });
      });
      return false;
    });
    return;
  }

  probe.contribution = match[1];
  if (probe.contribution === "work-item-panel") {
    watch(() => {
      const present = new Map<string, boolean>();
      document.querySelectorAll("button, [role=button]").forEach((el) => {
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim();
        const disabled = el.getAttribute("aria-disabled") === "true" || (el as HTMLButtonElement).disabled;
        present.set(name, present.get(name) === true || !disabled);
      });
      const ready =
        expect.present.length > 0 &&
        expect.present.every((name) => present.has(name)) &&
        expect.enabled.every((name) => present.get(name) === true);
      if (ready && probe.readyAt === undefined) probe.readyAt = Date.now();
      return probe.readyAt !== undefined;
    });
  } else if (probe.contribution === "queue-hub") {
    watch(() => {
      const now = Date.now();
      const rows = document.querySelector("[role=grid] [role=gridcell]") !== null;
      if (rows && probe.firstRowAt === undefined) probe.firstRowAt = now;
      const loading = Array.from(document.querySelectorAll("[role=status]")).some((el) =>
        /^Loaded [\d,]+ of [\d,]+ requests/.test((el.textContent ?? "").trim()),
      );
      if (rows && !loading && probe.countsAt === undefined) probe.countsAt = now;
      const closedTab = Array.from(document.querySelectorAll("[role=tab]")).find((el) =>
        /^Closed/.test((el.textContent ?? "").trim()),
      );
      if (closedTab && /\d/.test(closedTab.textContent ?? "") && probe.closedAt === undefined)
        probe.closedAt = now;
      return probe.countsAt !== undefined && probe.closedAt !== undefined;
    });
  }
}

/**
 * The probe as a script for addInitScript. Run under tsx, esbuild's keepNames wraps inner functions in
 * `__name(fn, "name")`, which does not exist in the page; a local stand-in keeps the source self-contained.
 */
export function probeScript(expect: ReadyExpectation): string {
  return `(() => { const __name = (fn) => fn; (${installProbe.toString()})(${JSON.stringify(expect)}); })();`;
}
