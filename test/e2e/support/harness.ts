/**
 * One emulator (ephemeral port) and one Chromium per test file, plus helpers that reach into the
 * extension's cross-origin iframes by contribution id and find controls by accessible name.
 *
 *   const e2e = useEmulator();                       // in a describe block: beforeAll/afterAll
 *   const page = await e2e.openAs("holly", "/fabrikam/Client%20Services/_workitems/edit/1");
 *   const panel = await contributionFrame(page, "work-item-panel");
 *   await byRole(panel, "button", "Acknowledge").click();
 *
 * `useEmulator({ profile: "server2022" })` plays Azure DevOps Server 2022: tests keep writing Services
 * paths ("/fabrikam/...", comments at 7.1-preview.4) and `atHost` turns them into the collection's
 * ("/tfs/DefaultCollection/...", 7.0-preview.3), so one test body runs on both profiles.
 */
import { type Frame, type Locator, type Page } from "playwright-core";

import { type ProfileName } from "../../emulator/api/profile";
import { type RunningEmulator, startEmulator } from "../../emulator/server";
import { type BrowserSession, type ConsoleProblem, launchBrowser } from "./browser";

export interface HostLogEntry {
  at: number;
  source: string;
  call: string;
  detail?: unknown;
}

export interface E2eSession {
  emulator: RunningEmulator;
  browser: BrowserSession;
  /** Opens `path` on the host signed in as `userKey` (adds ?as=) and waits for the host page to render. */
  openAs(userKey: string, path: string, query?: Record<string, string>): Promise<Page>;
  /** Console errors and uncaught exceptions from every frame so far. */
  problems(): ConsoleProblem[];
  /** "/fabrikam" on Services, "/tfs/DefaultCollection" on Server: where pages and REST live. */
  collection: string;
  /** The api-version the host takes for work items: 7.1, or 7.0 on Server 2022. */
  apiVersion: string;
  /** A Services path and query as this host serves them (collection prefix, comments version). */
  atHost(path: string): string;
}

export interface SessionOptions {
  /** "services" (default) or "server2022". */
  profile?: ProfileName;
}

export const DEFAULT_TIMEOUT = 15_000;

export async function startSession(options: SessionOptions = {}): Promise<E2eSession> {
  const emulator = await startEmulator({ port: 0, quiet: true, profile: options.profile });
  const { organizationUrl, profile } = emulator.api.context();
  const collection = new URL(organizationUrl).pathname.replace(/\/+$/, "");
  const atHost = (path: string) =>
    path
      .replace(/^\/fabrikam(?=[/?]|$)/i, collection)
      .replace(/api-version=7\.1-preview\.4\b/, `api-version=${profile.commentsApiVersion}`);
  let browser: BrowserSession;
  try {
    browser = await launchBrowser();
  } catch (e) {
    await emulator.close();
    throw e;
  }
  return {
    emulator,
    browser,
    problems: () => [...browser.problems],
    collection,
    apiVersion: profile.apiVersion,
    atHost,
    async openAs(userKey, path, query = {}) {
      const url = new URL(atHost(path), emulator.url);
      url.searchParams.set("as", userKey);
      for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
      const page = await browser.context.newPage();
      page.setDefaultTimeout(DEFAULT_TIMEOUT);
      await page.goto(url.href);
      // The host renders its top bar once the bootstrap, the token and the projects are in.
      await page.locator("header.topbar, .fatal").first().waitFor();
      return page;
    },
  };
}

export async function stopSession(session: E2eSession | undefined): Promise<void> {
  if (!session) return;
  await session.browser.close();
  await session.emulator.close();
}

export interface EmulatorOptions extends SessionOptions {
  /**
   * Console errors the file's tests cause on purpose (an injected fault's status, a deliberate conflict).
   * Anything else a frame logs as an error fails the test.
   */
  tolerate?(problem: ConsoleProblem): boolean;
}

/**
 * Starts a session before the file's tests, resets the seed before each, stops it after all. After each
 * test, any console error or uncaught exception from the host page or an extension frame fails it.
 */
export function useEmulator(options: EmulatorOptions = {}): E2eSession {
  let session: E2eSession | undefined;
  // Browser steps wait up to DEFAULT_TIMEOUT each; Jest's 5 s default would cut them short.
  jest.setTimeout(30_000);
  beforeAll(async () => {
    session = await startSession(options);
  }, 60_000);
  beforeEach(async () => {
    session?.emulator.api.reset();
    for (const page of session?.browser.context.pages() ?? []) await page.close();
    session?.browser.problems.splice(0);
  });
  afterEach(() => {
    const left = unexpectedProblems(session?.browser.problems ?? []).filter((p) => !options.tolerate?.(p));
    if (left.length)
      throw new Error(
        `Console errors during the test:\n${left.map((p) => `${p.url}: ${p.text}`).join("\n")}`,
      );
  });
  afterAll(() => stopSession(session), 30_000);
  return new Proxy({} as E2eSession, {
    get(_target, key) {
      if (!session) throw new Error("The e2e session has not started (use useEmulator() inside describe).");
      return session[key as keyof E2eSession];
    },
  });
}

/**
 * Console problems a test fails on: every console error and uncaught exception. Chromium logs each non-2xx
 * fetch as "Failed to load resource", so the extension avoids asking what it expects to be missing (a
 * project's settings are read by a query of collections, which answers empty, never 404).
 */
export function unexpectedProblems(problems: ConsoleProblem[]): ConsoleProblem[] {
  return [...problems];
}

/** A 409 (an etag conflict) or 412 (a `test /rev` conflict): answers a race test provokes and the code handles. */
export const isConflictAnswer = (p: ConsoleProblem): boolean =>
  p.kind === "console" && /^Failed to load resource: .*status of (409|412)\b/.test(p.text);

/** The relative id of a contribution, whether given full ("publisher.extension.id") or relative. */
const relativeId = (id: string) => id.split(".").pop()!;

/**
 * The frame of a hosted contribution (the last one mounted, e.g. the newest panel), once its document has
 * loaded and it has completed the XDM handshake with the host.
 */
export async function contributionFrame(
  page: Page,
  contributionId: string,
  timeout = DEFAULT_TIMEOUT,
): Promise<Frame> {
  const id = relativeId(contributionId);
  const iframe = page.locator(`iframe[data-contribution-id="${id}"]`).last();
  await iframe.waitFor({ state: "attached", timeout });
  await waitForHostLog(page, (e) => e.source === id && e.call === "HostControl.initialHandshake", timeout);
  const handle = await iframe.elementHandle({ timeout });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`The iframe of ${id} has no frame.`);
  await frame.waitForLoadState("load", { timeout });
  return frame;
}

/** A control by ARIA role and exact accessible name, in the host page or inside a contribution frame. */
export function byRole(
  scope: Page | Frame | Locator,
  role: Parameters<Page["getByRole"]>[0],
  name: string | RegExp,
): Locator {
  return scope.getByRole(role, { name, exact: typeof name === "string" });
}

/** The host's log of calls extensions made (window.__emulatorLog). */
export async function hostLog(page: Page): Promise<HostLogEntry[]> {
  return page.evaluate(() => (window as unknown as { __emulatorLog?: HostLogEntry[] }).__emulatorLog ?? []);
}

/** Waits until an entry matching `predicate` is in the host log and returns it. */
export async function waitForHostLog(
  page: Page,
  predicate: (entry: HostLogEntry) => boolean,
  timeout = DEFAULT_TIMEOUT,
): Promise<HostLogEntry> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = (await hostLog(page)).find(predicate);
    if (found) return found;
    if (Date.now() > deadline) {
      const calls = (await hostLog(page)).map((e) => `${e.source}:${e.call}`).join(", ");
      throw new Error(`No matching host log entry within ${timeout} ms. Log: ${calls || "(empty)"}`);
    }
    // Polling the page's log: the condition lives in a Node predicate, so waitForFunction cannot check it.
    await page.waitForTimeout(50);
  }
}

/**
 * A hub row's action by name: the row's button when it is the next step, else the item of the row's
 * "More actions" menu (opened here). The accessible name is the action's either way.
 */
export async function rowAction(frame: Frame, row: Locator, name: string): Promise<Locator> {
  const button = byRole(row, "button", name);
  if (await button.count()) return button;
  await byRole(row, "button", "More actions").click();
  const item = byRole(frame, "menuitem", name);
  await item.waitFor();
  return item;
}

/**
 * Chooses `option` in an azure-devops-ui Dropdown (`control`): opens it and clicks the option. The selected
 * option's name also carries its check mark, so options are matched by the text they contain.
 */
export async function chooseOption(frame: Frame, control: Locator, option: string): Promise<void> {
  await control.click();
  await frame.getByRole("option", { name: option }).first().click();
}
