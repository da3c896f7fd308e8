/**
 * `npm run screenshots`: the Marketplace screenshots, taken from the real built extension running in the
 * emulator. Builds when the bundles are stale, starts an emulator on a free port, walks the seed routine in
 * headless Chromium (as Holly, then Remi) in the light and the dark theme, and writes one PNG per view and
 * theme into static/screenshots/, which the manifest packages and overview.md shows.
 *
 * The PNGs are outputs of this command: never edit them by hand, re-run it after a UI change. Every step
 * waits for what a user would wait for (an enabled button, a result message), never for a fixed delay.
 */
import * as fs from "fs";
import * as path from "path";
import { type FrameLocator, type Locator, type Page } from "playwright-core";

import { type BrowserSession, launchBrowser } from "../e2e/support/browser";
import { contributionFrame, unexpectedProblems } from "../e2e/support/harness";
import { ensureBuilt } from "../emulator/build";
import { type ThemeName } from "../emulator/host/theme";
import { loadManifest, type RunningEmulator, startEmulator } from "../emulator/server";
import { HUB_WIDTHS, hubWidthFile, shotFile, type ShotName, SHOTS } from "./shots";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "static", "screenshots");
/** The README's pictures that are not Marketplace screenshots (the hub at other widths). */
const DOCS_OUT = path.join(ROOT, "docs", "screenshots");
const STEP_TIMEOUT = 30_000;

const manifest = loadManifest();
const PROJECT = "/fabrikam/Client%20Services";
const hubPath = (id: string) => `${PROJECT}/_apps/hub/${manifest.publisher}.${manifest.id}.${id}`;
const settingsPath = (id: string) => `${PROJECT}/_settings/${manifest.publisher}.${manifest.id}.${id}`;
const workItemPath = (id: number) => `${PROJECT}/_workitems/edit/${id}`;

interface Walk {
  emulator: RunningEmulator;
  browser: BrowserSession;
  theme: ThemeName;
}

/** The Marketplace's screenshot size: every picture is one whole 1366×768 window. */
export const SHOT_SIZE = { width: 1366, height: 768 };
const WINDOW = { workItem: SHOT_SIZE, hub: SHOT_SIZE, settings: SHOT_SIZE };

function address(walk: Walk, user: string, pathname: string): string {
  const url = new URL(pathname, walk.emulator.url);
  url.searchParams.set("as", user);
  if (walk.theme !== "light") url.searchParams.set("theme", walk.theme);
  return url.href;
}

async function open(
  walk: Walk,
  user: string,
  pathname: string,
  size: { width: number; height: number },
): Promise<Page> {
  const page = await walk.browser.context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  await page.setViewportSize(size);
  await page.goto(address(walk, user, pathname));
  await page.locator("header.topbar").waitFor();
  return page;
}

/**
 * A contribution's content, once its iframe has loaded and shaken hands with the host. A frame locator, not
 * a frame: it finds the iframe again on every step, so a panel the host reloads after an action still works.
 */
async function contribution(page: Page, id: string): Promise<FrameLocator> {
  await contributionFrame(page, id, STEP_TIMEOUT);
  return page.locator(`iframe[data-contribution-id="${id}"]`).last().contentFrame();
}

/** A control by ARIA role and exact accessible name (the names the product spec fixes). */
const byRole = (scope: FrameLocator | Locator, role: Parameters<Page["getByRole"]>[0], name: string) =>
  scope.getByRole(role, { name, exact: true });

/** Resolves once the button is shown and can act (azure-devops-ui disables through aria-disabled). */
async function enabled(button: Locator): Promise<Locator> {
  await button.waitFor();
  await button.locator(':scope:not([aria-disabled="true"]):not([disabled])').waitFor();
  return button;
}

/** Waits for the contribution's web fonts, so the picture never catches a fallback font. */
async function fontsLoaded(frame: FrameLocator): Promise<void> {
  await frame.locator("body").evaluate(async () => {
    await document.fonts.ready;
  });
}

/**
 * Saves the window (1366×768, the Marketplace's size) as `<name>-<theme>.png`, scrolled so that `region`
 * (the hub, the panel) is in view, or from the page's top: a whole window is the picture, nothing is cropped.
 */
async function shoot(walk: Walk, page: Page, name: ShotName, region?: Locator): Promise<void> {
  await shootTo(path.join(OUT, shotFile(name, walk.theme)), page, region);
}

async function shootTo(file: string, page: Page, region?: Locator): Promise<void> {
  // Without a region the page is shown from its top (a work item: its header, the form and the panel).
  if (region) await region.scrollIntoViewIfNeeded();
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
  console.log(`  ${path.relative(ROOT, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
}
/**
 * Project settings as the seed's administrator left them (coordinator, staff, client areas): the page is
 * shown as a project administrator opens it. Choosing people is in the e2e tests (settings.test.ts); here
 * nothing is changed, so the routine below runs on the seed story's settings.
 */
const SERVICE_LEVELS = "Measure service levels (time to acknowledge, time to close) in business hours";

async function settingsPage(walk: Walk): Promise<void> {
  const page = await open(walk, "holly", settingsPath("settings-hub"), WINDOW.settings);
  const settings = await contribution(page, "settings-hub");
  // The state dropdowns show their default once the process's states are read.
  await settings.getByText("(default by category: In Planning)").first().waitFor({ state: "attached" });
  await byRole(settings, "combobox", "Coordinator").waitFor();
  await enabled(byRole(settings, "button", "Reset to defaults"));
  // Holly turns service levels on (the defaults: business hours Monday to Friday), so the hub and the
  // panels show their clocks.
  await byRole(settings, "checkbox", SERVICE_LEVELS).click();
  await (await enabled(byRole(settings, "button", "Save"))).click();
  await settings.getByText(/^Settings saved\./).waitFor();
  await settings.locator("body").evaluate(() => window.scrollTo(0, 0));
  await fontsLoaded(settings);
  await shoot(walk, page, "settings", page.locator(".contribution-host"));
  await page.close();
}

/** The queue as the coordinator sees it, then New request filled in for an employee turnover. */
async function hubAndNewRequest(walk: Walk): Promise<void> {
  const page = await open(walk, "holly", hubPath("queue-hub"), WINDOW.hub);
  const hub = await contribution(page, "queue-hub");
  const submitted = byRole(hub, "grid", "Submitted requests");
  await submitted.getByRole("row").filter({ hasText: "User 102" }).waitFor();
  await enabled(byRole(hub, "button", "New request"));
  await fontsLoaded(hub);
  await shoot(walk, page, "hub", page.locator(".contribution-host"));

  await byRole(hub, "button", "New request").click();
  const form = await contribution(page, "new-request-panel");
  const field = (scope: FrameLocator | Locator, label: string) => scope.getByLabel(label, { exact: true });
  await enabled(byRole(form, "button", "Submit request"));
  // The form's dropdowns: opened, and the option clicked.
  await byRole(form, "button", "Request type").click();
  await form.getByRole("option", { name: "Reassign user" }).first().click();
  await byRole(form, "button", "Service").click();
  await form.getByRole("option").first().click();
  await field(form, "Client name").fill("Dana Whitfield");
  await field(form, "Client e-mail").fill("dana@contoso-dental.example");
  const user = form.getByRole("group", { name: "User 1", exact: true });
  await field(user, "User or extension").fill("User 105 (ext. 105)");
  await field(user, "Departing employee").fill("Jordan Lee");
  await field(user, "Current login e-mail").fill("jordan.lee@contoso-dental.example");
  await field(user, "New employee").fill("Priya Shah");
  await field(user, "New login e-mail").fill("priya.shah@contoso-dental.example");
  await field(user, "Effective date").fill("2026-12-01");
  // No focus ring or selected date part in the picture, and the form from its top (the request type).
  await form.locator("body").evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await fontsLoaded(form);
  await shoot(walk, page, "new-request", page.locator("section.overlay-panel"));
  await page.close();
}

/** Holly acknowledges the User 102 reassignment; Remi creates the staff task and opens it. */
async function routine(walk: Walk): Promise<void> {
  const holly = await open(walk, "holly", workItemPath(2), WINDOW.workItem);
  let panel = await contribution(holly, "work-item-panel");
  await enabled(byRole(panel, "button", "Acknowledge"));
  await fontsLoaded(panel);
  await shoot(walk, holly, "request-before");
  await byRole(panel, "button", "Acknowledge").click();
  // Settled: the outcome is shown, the refreshed panel shows Acknowledge done and the next step open.
  await panel.getByText(/^Acknowledged\. The client was told/).waitFor();
  await panel.locator('[aria-label="Acknowledge"][aria-disabled="true"]').waitFor();
  await enabled(byRole(panel, "button", "Create staff task"));
  await fontsLoaded(panel);
  await shoot(walk, holly, "request-after");
  await holly.close();

  const remi = await open(walk, "remi", workItemPath(2), WINDOW.workItem);
  panel = await contribution(remi, "work-item-panel");
  await (await enabled(byRole(panel, "button", "Create staff task"))).click();
  const created = panel.getByText(/^Created staff task #\d+ for /);
  await created.waitFor();
  const taskId = Number(/#(\d+)/.exec(await created.innerText())?.[1]);
  await remi.goto(address(walk, "remi", workItemPath(taskId)));
  await remi.locator("header.topbar").waitFor();
  panel = await contribution(remi, "work-item-panel");
  // The account changes start filled in from the request.
  await panel.getByRole("group", { name: "Account change 1", exact: true }).waitFor();
  await enabled(byRole(panel, "button", "Complete task"));
  await fontsLoaded(panel);
  await shoot(walk, remi, "task");
  await remi.close();
}

/** Holly opens Notify client on the acknowledged request: the mail as the client will read it. */
async function notifyDialog(walk: Walk): Promise<void> {
  const page = await open(walk, "holly", workItemPath(2), WINDOW.workItem);
  const panel = await contribution(page, "work-item-panel");
  await (await enabled(byRole(panel, "button", "Notify client"))).click();
  const dialog = await contribution(page, "notify-client-dialog");
  await enabled(byRole(dialog, "button", "Notify client"));
  await byRole(dialog, "textbox", "Message").fill(
    "Hello Dana,\n\nUser 102 moves to Alex Kim on Monday; we will confirm once it is done.",
  );
  await dialog.locator("body").evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await fontsLoaded(dialog);
  await shoot(walk, page, "notify-client", page.locator(".overlay-dialog").first());
  await page.close();
}

/** Dana, the client, opens her request once the staff task exists: the client view on the form. */
async function clientView(walk: Walk): Promise<void> {
  const page = await open(walk, "dana", workItemPath(2), WINDOW.workItem);
  const panel = await contribution(page, "work-item-panel");
  await panel.getByText("What happens next").waitFor();
  await fontsLoaded(panel);
  await shoot(walk, page, "client-view");
  await page.close();
}

/** The hub at 1024, 1440 and 1920 px wide, for the README. */
async function hubAtWidths(walk: Walk): Promise<void> {
  for (const size of HUB_WIDTHS) {
    const page = await open(walk, "holly", hubPath("queue-hub"), size);
    const hub = await contribution(page, "queue-hub");
    await byRole(hub, "grid", "Submitted requests").getByRole("row").filter({ hasText: "#9" }).waitFor();
    await fontsLoaded(hub);
    await shootTo(
      path.join(DOCS_OUT, hubWidthFile(size.width, walk.theme)),
      page,
      page.locator(".contribution-host"),
    );
    await page.close();
  }
}

async function walkTheme(walk: Walk): Promise<void> {
  walk.emulator.api.reset();
  await settingsPage(walk);
  await hubAndNewRequest(walk);
  await hubAtWidths(walk);
  await routine(walk);
  await notifyDialog(walk);
  await clientView(walk);
}

/**
 * The moment every run takes place at, in the emulator and in the browser alike, so dates and ages ("2 days
 * ago") are the same on each run and a re-run after no UI change writes the same pictures.
 */
const STOPPED_CLOCK = new Date("2026-11-23T10:30:00Z");

async function main(): Promise<void> {
  ensureBuilt();
  fs.mkdirSync(OUT, { recursive: true });
  fs.mkdirSync(DOCS_OUT, { recursive: true });
  const emulator = await startEmulator({ port: 0, quiet: true, fixedNow: STOPPED_CLOCK });
  let browser: BrowserSession | undefined;
  try {
    browser = await launchBrowser();
    // Date.now() and new Date() answer the stopped clock; timers still run.
    await browser.context.clock.setFixedTime(STOPPED_CLOCK);
    for (const theme of ["light", "dark"] as const) {
      console.log(`${theme} theme:`);
      await walkTheme({ emulator, browser, theme });
    }
    // A picture of a page that logged errors may show a broken state: better no screenshots than those.
    const problems = unexpectedProblems(browser.problems);
    if (problems.length)
      throw new Error(`The pages logged errors:\n${problems.map((p) => p.text).join("\n")}`);
  } finally {
    await browser?.close();
    await emulator.close();
  }
  console.log(`${SHOTS.length * 2} screenshots in ${path.relative(ROOT, OUT)}/`);
  console.log(`${HUB_WIDTHS.length * 2} pictures of the hub in ${path.relative(ROOT, DOCS_OUT)}/`);
}

main().catch((e: Error) => {
  console.error(e.stack ?? e.message);
  process.exit(1);
});
