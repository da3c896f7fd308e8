/**
 * The queue hub with 1,500 requests: the stage table keeps only the rows near the viewport in the DOM, and
 * the keyboard (End, Tab into a row, Enter on its action) and scrolling reach every other row.
 */
import { type Frame, type Page } from "playwright-core";

import { loadManifest, type RunningEmulator, startEmulator } from "../emulator/server";
import { wiqlIds } from "../emulator/wiqlOverRest";
import { type BrowserSession, launchBrowser } from "./support/browser";
import { byRole, contributionFrame, DEFAULT_TIMEOUT, unexpectedProblems } from "./support/harness";

const manifest = loadManifest();
const HUB = `/fabrikam/Client%20Services/_apps/hub/${manifest.publisher}.${manifest.id}.queue-hub`;

/** Ids of the Submitted requests (state New), read over REST as Holly, oldest first. */
const submittedIds = (emulator: RunningEmulator): Promise<number[]> =>
  wiqlIds(
    emulator,
    "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.Tags] CONTAINS 'umd-request' AND [System.State] = 'New' ORDER BY [System.Id]",
  );

/** The work item ids of the rows in the DOM, from their "Open work item N" links. */
const idsInDom = (hub: Frame) =>
  hub.evaluate(() =>
    [...document.querySelectorAll("[role=grid] a[aria-label^='Open work item ']")].map((a) =>
      Number(a.getAttribute("aria-label")!.replace("Open work item ", "")),
    ),
  );

describe("the queue hub at scale", () => {
  let emulator: RunningEmulator;
  let browser: BrowserSession;
  jest.setTimeout(90_000);

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, seedSize: 1500, quiet: true });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await emulator?.close();
  }, 30_000);

  async function openHub(): Promise<{ page: Page; hub: Frame }> {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(DEFAULT_TIMEOUT);
    await page.goto(new URL(`${HUB}?as=holly`, emulator.url).href);
    await page.locator("header.topbar, .fatal").first().waitFor();
    const hub = await contributionFrame(page, "queue-hub");
    return { page, hub };
  }

  /** Waits for the full counts: the Submitted tab shows `count` and no "Loaded x of y" is left. */
  async function fullCounts(hub: Frame, count: number): Promise<void> {
    await byRole(hub, "tab", /^Submitted/)
      .filter({ hasText: count.toLocaleString("en-US") })
      .waitFor({ timeout: 60_000 });
    await hub.getByText(/^Loaded [\d,]+ of [\d,]+ requests…$/).waitFor({ state: "detached" });
  }

  it("keeps only the rows near the viewport in the DOM; keyboard and scrolling reach the others", async () => {
    const waiting = await submittedIds(emulator);
    expect(waiting.length).toBeGreaterThan(400);
    const [oldest] = waiting;
    const newest = waiting.at(-1)!;
    const { page, hub } = await openHub();
    const grid = byRole(hub, "grid", "Submitted requests");
    await fullCounts(hub, waiting.length);
    // The grid announces every row; the DOM holds a few pages of them.
    expect(Number(await grid.getAttribute("aria-rowcount"))).toBeGreaterThanOrEqual(waiting.length);
    const shown = await idsInDom(hub);
    expect(shown[0]).toBe(newest);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(100);
    expect(shown).not.toContain(oldest);

    // Keyboard: from the newest row, End reaches the oldest, Tab enters it, Enter acts on it.
    await byRole(hub, "link", `Open work item ${newest}`).focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("End");
    const oldestRow = grid.getByRole("row").filter({ has: byRole(hub, "link", `Open work item ${oldest}`) });
    await oldestRow.waitFor();
    expect(await oldestRow.evaluate((row) => row === document.activeElement)).toBe(true);
    await page.keyboard.press("Tab");
    expect(
      await byRole(hub, "link", `Open work item ${oldest}`).evaluate((a) => a === document.activeElement),
    ).toBe(true);
    await page.keyboard.press("Tab");
    const acknowledge = byRole(oldestRow, "button", "Acknowledge");
    expect(await acknowledge.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await hub.getByText(/Acknowledged\. The client was told/).waitFor();
    await byRole(hub, "tab", /^Submitted/)
      .filter({ hasText: (waiting.length - 1).toLocaleString("en-US") })
      .waitFor();

    // Focus moves to the outcome (at the top of the page), so a keyboard user hears and reads the result.
    expect(await hub.evaluate(() => document.activeElement?.closest(".umd-outcome") != null)).toBe(true);

    // Scrolling: its end leaves the newest rows out of the DOM, the top brings them back, the end again
    // shows the oldest one left.
    await hub.locator(".bolt-page").evaluate((page) => (page.scrollTop = page.scrollHeight));
    await byRole(hub, "link", `Open work item ${newest}`).waitFor({ state: "detached" });
    await hub.locator(".bolt-page").evaluate((page) => (page.scrollTop = 0));
    await byRole(hub, "link", `Open work item ${newest}`).waitFor();
    await hub.locator(".bolt-page").evaluate((page) => (page.scrollTop = page.scrollHeight));
    await byRole(hub, "link", `Open work item ${waiting[1]}`).waitFor();
    expect(await byRole(hub, "link", `Open work item ${waiting[1]}`).isVisible()).toBe(true);
    expect((await idsInDom(hub)).length).toBeLessThan(100);
    expect(unexpectedProblems(browser.problems)).toEqual([]);
  });

  it("completes its counts when batch reads are throttled, reading every request once it may", async () => {
    const waiting = await submittedIds(emulator);
    const logged = async () =>
      (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as {
        method: string;
        path: string;
        status: number;
        body: { ids?: number[] } | null;
      }[];
    const before = (await logged()).length;
    const fault = await fetch(`${emulator.url}/_emulator/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        method: "POST",
        pathPattern: "/_apis/wit/workitemsbatch$",
        status: 429,
        count: 2,
        retryAfterSeconds: 1,
      }),
    });
    expect(fault.ok).toBe(true);
    const { hub } = await openHub();
    await fullCounts(hub, waiting.length);
    const batches = (await logged())
      .slice(before)
      .filter((r) => r.path.endsWith("/_apis/wit/workitemsbatch"));
    expect(batches.filter((r) => r.status === 429)).toHaveLength(2);
    const read = new Set(batches.filter((r) => r.status === 200).flatMap((r) => r.body?.ids ?? []));
    expect(waiting.filter((id) => !read.has(id))).toEqual([]);
    // Chromium logs each 429 as a failed resource load; they were answered by waiting, not shown as errors.
    expect(unexpectedProblems(browser.problems).filter((p) => !/status of 429\b/.test(p.text))).toEqual([]);
  });
});
