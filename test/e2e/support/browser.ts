/**
 * Debian's Chromium through playwright-core: headless (new mode), a fresh profile per session, and every
 * console error and uncaught exception of every frame (host page and extension iframes) collected.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Chromium flags for headless runs on a shared build machine; the benchmark uses them too. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export interface ConsoleProblem {
  kind: "console" | "pageerror";
  /** URL of the frame (or script) it came from. */
  url: string;
  text: string;
}

export interface BrowserSession {
  context: BrowserContext;
  problems: ConsoleProblem[];
  close(): Promise<void>;
}

function watch(page: Page, problems: ConsoleProblem[]): void {
  page.on("console", (message) => {
    if (message.type() === "error")
      problems.push({ kind: "console", url: message.location().url, text: message.text() });
  });
  page.on("pageerror", (error) =>
    problems.push({ kind: "pageerror", url: page.url(), text: error.stack ?? error.message }),
  );
}

export async function launchBrowser(): Promise<BrowserSession> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "umd-e2e-chromium-"));
  // headless:false because the new headless mode is asked for explicitly in the arguments.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 1000 },
    // The emulator's https staff-channel receiver has a certificate made at its start.
    ignoreHTTPSErrors: true,
  });
  const problems: ConsoleProblem[] = [];
  context.pages().forEach((p) => watch(p, problems));
  context.on("page", (p) => watch(p, problems));
  return {
    context,
    problems,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
