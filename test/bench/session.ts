/**
 * The bench's browser side: Debian's Chromium (the e2e tests' flags), one fresh browser context per
 * measurement (an empty cache, so every load is a first load), the probes of probes.ts in every frame, and
 * a recorder that attributes every request to the frame that made it: the host page or a contribution.
 */
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Frame,
  type Page,
  type Request,
} from "playwright-core";

import { CHROMIUM, CHROMIUM_ARGS } from "../e2e/support/browser";
import { CALLER_HEADER } from "../emulator/host/rest";
import { type RunningEmulator } from "../emulator/server";
import { type FrameProbe, probeScript, type ReadyExpectation } from "./probes";

/** How long any one wait may take; generous, since the machine is shared and the 20,000 seed is slow. */
export const STEP_TIMEOUT = 120_000;

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: false, args: CHROMIUM_ARGS });
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /**
   * The contribution it was made for: the folder (dist/web/<name>/) of the frame that made it, or the one a
   * host service made it for; "host" for the host page's own requests.
   */
  by: string;
  /** Date.now() when Chromium started it. */
  startedAt: number;
  status: number;
  /** Body bytes as transferred (Chromium's encodedDataLength for the body). */
  bodyBytes: number;
  failed: boolean;
}

/** The contribution folder of an extension frame's URL, or "host". */
export function frameOwner(frameUrl: string, extensionUrl: string): string {
  if (!frameUrl.startsWith(extensionUrl)) return "host";
  const match = /\/dist\/web\/([^/]+)\//.exec(new URL(frameUrl).pathname);
  return match ? match[1] : "host";
}

export interface Measured {
  context: BrowserContext;
  page: Page;
  requests: RecordedRequest[];
  /** When each request started (Date.now()) and for whom, including those still in flight. */
  started: { by: string; at: number }[];
  /** Waits until every request started so far has finished or failed and been recorded. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A new context (empty cache) with the probes; `requests` fills as requests finish. Requests are
 * attributed by the frame that made them, which for an iframe's own document is the iframe itself.
 */
export async function openContext(
  browser: Browser,
  emulator: RunningEmulator,
  expect: ReadyExpectation = { present: [], enabled: [] },
): Promise<Measured> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  context.setDefaultTimeout(STEP_TIMEOUT);
  await context.addInitScript({ content: probeScript(expect) });
  const requests: RecordedRequest[] = [];
  const started: { by: string; at: number }[] = [];
  const pending = new Set<Promise<void>>();
  const inFlight = new Set<Request>();
  const startedAt = new Map<Request, number>();
  const owner = (request: Request) => {
    // A host service calling REST for a contribution names it (see test/emulator/host/rest.ts).
    const caller = request.headers()[CALLER_HEADER.toLowerCase()];
    if (caller) return caller;
    try {
      return frameOwner(request.frame().url(), emulator.extensionUrl);
    } catch {
      return "host"; // a request of a frame already gone
    }
  };
  const record = (request: Request, failed: boolean) => {
    const by = owner(request);
    const job = (async () => {
      const sizes = failed ? undefined : await request.sizes().catch(() => undefined);
      const response = failed ? null : await request.response().catch(() => null);
      const timing = request.timing();
      requests.push({
        url: request.url(),
        method: request.method(),
        resourceType: request.resourceType(),
        by,
        startedAt: timing.startTime > 0 ? timing.startTime : (startedAt.get(request) ?? Date.now()),
        status: response?.status() ?? 0,
        bodyBytes: sizes?.responseBodySize ?? 0,
        failed,
      });
    })();
    pending.add(job);
    inFlight.delete(request);
    void job.finally(() => pending.delete(job));
  };
  context.on("request", (r) => {
    startedAt.set(r, Date.now());
    inFlight.add(r);
    started.push({ by: owner(r), at: Date.now() });
  });
  context.on("requestfinished", (r) => record(r, false));
  context.on("requestfailed", (r) => record(r, true));
  const page = await context.newPage();
  return {
    context,
    page,
    requests,
    started,
    async settled() {
      const deadline = Date.now() + STEP_TIMEOUT;
      while ((pending.size || inFlight.size) && Date.now() < deadline) {
        if (pending.size) await Promise.all([...pending]);
        else await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      await context.close();
    },
  };
}

/** Opens a host page signed in as `userKey`, waiting for the host's top bar. */
export async function openAs(
  m: Measured,
  emulator: RunningEmulator,
  userKey: string,
  path: string,
): Promise<void> {
  const url = new URL(path, emulator.url);
  url.searchParams.set("as", userKey);
  await m.page.goto(url.href);
  await m.page.locator("header.topbar, .fatal").first().waitFor();
}

/** A REST call of the emulator's API (not its inspection routes, not a preflight). */
export function isRest(r: RecordedRequest, emulator: RunningEmulator): boolean {
  if (!r.url.startsWith(emulator.url + "/") || r.method === "OPTIONS") return false;
  const path = new URL(r.url).pathname;
  return path.includes("/_apis/");
}

/** The probe state of a frame (host page or contribution). */
export async function probeOf(frame: Frame | Page): Promise<FrameProbe> {
  return frame.evaluate(() => (window as unknown as { __bench: FrameProbe }).__bench);
}

/** Polls a frame's probe until `done` holds. */
export async function waitForProbe(
  frame: Frame,
  done: (probe: FrameProbe) => boolean,
  what: string,
  timeout = STEP_TIMEOUT,
): Promise<FrameProbe> {
  const deadline = Date.now() + timeout;
  for (;;) {
    let probe: FrameProbe | undefined;
    try {
      probe = await probeOf(frame);
    } catch (e) {
      // A new iframe is about:blank until it navigates to the contribution's page; a poll caught in that
      // switch loses its context. The page's own probe then answers the next poll.
      if (!/Execution context was destroyed/.test(String(e))) throw e;
    }
    if (probe && done(probe)) return probe;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The frame of the newest iframe of a contribution, once its document has loaded. */
export async function frameOf(page: Page, contributionId: string): Promise<Frame> {
  const iframe = page.locator(`iframe[data-contribution-id="${contributionId}"]`).last();
  await iframe.waitFor({ state: "attached" });
  const handle = await iframe.elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`The iframe of ${contributionId} has no frame.`);
  await frame.waitForLoadState("load");
  return frame;
}

/** REST calls made by or for `owner` (a contribution folder), in start order. */
export function restBy(m: Measured, emulator: RunningEmulator, owner: string): RecordedRequest[] {
  return m.requests
    .filter((r) => r.by === owner && isRest(r, emulator))
    .sort((a, b) => a.startedAt - b.startedAt);
}

/**
 * Waits until `owner` has started no request for `quietMs` (counted from the call at the earliest, so a
 * frame that has not begun yet gets that long to begin), and every request has finished. Late reads, such
 * as a panel's history, land this way. Gives up quietly after `maxMs`.
 */
export async function waitQuiet(m: Measured, owner: string, quietMs = 1000, maxMs = 20_000): Promise<void> {
  const from = Date.now();
  const deadline = from + maxMs;
  for (;;) {
    await m.settled();
    const last = Math.max(from, ...m.started.filter((r) => r.by === owner).map((r) => r.at));
    const idle = Date.now() - last;
    if (idle >= quietMs || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(quietMs - idle + 20, 250)));
  }
}

/** "GET /fabrikam/…/workitems/1 200", for the JSON details. */
export const describeCall = (r: RecordedRequest): string => {
  const url = new URL(r.url);
  return `${r.method} ${decodeURIComponent(url.pathname)}${url.search} ${r.status}`;
};
