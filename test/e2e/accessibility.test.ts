/**
 * axe-core (the real library) over every contribution page, in the light, dark and high-contrast themes:
 * no serious or critical WCAG 2.1 A/AA violation. And each frame paints the host's surface, never a box of
 * its own (the dark theme once showed a near-black box inside the host's grey card).
 */
import type { Frame, Page } from "playwright-core";

import { readPng } from "../build/png";
import type { ThemeName } from "../emulator/host/theme";
import { THEMES } from "../emulator/host/theme";
import { loadManifest } from "../emulator/server";
import { axeViolations, describeViolations, seriousViolations } from "./support/axe";
import { byRole, contributionFrame, useEmulator } from "./support/harness";

const manifest = loadManifest();
const PROJECT = "/fabrikam/Client%20Services";
const HUB = `${PROJECT}/_apps/hub/${manifest.publisher}.${manifest.id}.queue-hub`;
const SETTINGS = `${PROJECT}/_settings/${manifest.publisher}.${manifest.id}.settings-hub`;
const item = (id: number) => `${PROJECT}/_workitems/edit/${id}`;

/** Each page: who opens what, and how to reach the frame scanned (a panel or dialog opens from another). */
const PAGES: { name: string; user: string; path: string; open(page: Page): Promise<Frame> }[] = [
  {
    name: "request panel",
    user: "holly",
    path: item(2),
    open: async (page) => ready(await contributionFrame(page, "work-item-panel"), "Acknowledge"),
  },
  {
    name: "task panel",
    user: "remi",
    path: item(4),
    open: async (page) => ready(await contributionFrame(page, "work-item-panel"), "Add account change"),
  },
  {
    name: "hub",
    user: "holly",
    path: HUB,
    open: async (page) => ready(await contributionFrame(page, "queue-hub"), "New request"),
  },
  {
    // A member with no desk role: their own requests. (Clients are Stakeholders: hubs do not load for them.)
    name: "hub, member view",
    user: "lee",
    path: HUB,
    open: async (page) => ready(await contributionFrame(page, "queue-hub"), "New request"),
  },
  {
    name: "request panel, client view",
    user: "dana",
    path: "/fabrikam/Client%20Services/_workitems/edit/2",
    open: async (page) => ready(await contributionFrame(page, "work-item-panel"), "New request"),
  },
  {
    name: "new request panel",
    user: "holly",
    path: HUB,
    async open(page) {
      const hub = await ready(await contributionFrame(page, "queue-hub"), "New request");
      await byRole(hub, "button", "New request").click();
      return ready(await contributionFrame(page, "new-request-panel"), "Submit request");
    },
  },
  {
    name: "notify client dialog",
    user: "holly",
    path: item(5),
    async open(page) {
      const panel = await ready(await contributionFrame(page, "work-item-panel"), "Notify client");
      await byRole(panel, "button", "Notify client").click();
      return ready(await contributionFrame(page, "notify-client-dialog"), "Cancel");
    },
  },
  {
    name: "settings",
    user: "holly",
    path: SETTINGS,
    async open(page) {
      const settings = await contributionFrame(page, "settings-hub");
      await settings.getByText("(default by category: In Planning)").first().waitFor({ state: "attached" });
      return settings;
    },
  },
];

/** The frame once `button` is shown and enabled: loaded, not a spinner. */
async function ready(frame: Frame, button: string): Promise<Frame> {
  await byRole(frame, "button", button).locator(':scope:not([aria-disabled="true"])').first().waitFor();
  return frame;
}

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  const e2e = useEmulator();

  describe.each(THEMES.map((t) => [t]))("%s theme", (theme: ThemeName) => {
    it.each(PAGES.map((p) => [p.name, p]))("%s has no serious or critical violation", async (_name, p) => {
      const page = await e2e.openAs(p.user, p.path, theme === "light" ? {} : { theme });
      const frame = await p.open(page);
      const serious = seriousViolations(await axeViolations(frame));
      expect(describeViolations(serious)).toBe("");
    });
  });
});

/** The colour of one pixel of a screenshot of the page. */
async function pixel(page: Page, x: number, y: number): Promise<number[]> {
  const png = readPng(await page.screenshot({ clip: { x, y, width: 1, height: 1 } }));
  return [...png.pixels.subarray(0, 3)];
}

describe("frames paint the host theme's surface", () => {
  const e2e = useEmulator();

  it("dark theme: the request panel's background is the host card's", async () => {
    const page = await e2e.openAs("holly", item(2), { theme: "dark" });
    await ready(await contributionFrame(page, "work-item-panel"), "Acknowledge");
    const card = await page
      .locator("section.form-group")
      .filter({ has: page.locator("iframe") })
      .first();
    const frameBox = (await page.locator('iframe[data-contribution-id="work-item-panel"]').boundingBox())!;
    const cardBox = (await card.boundingBox())!;
    // Inside the frame near its bottom-right corner (empty), and on the card just outside the frame.
    const inside = await pixel(page, frameBox.x + frameBox.width - 3, frameBox.y + frameBox.height - 3);
    const outside = await pixel(page, cardBox.x + cardBox.width - 4, cardBox.y + cardBox.height - 4);
    expect(inside).toEqual(outside);
  });

  it("dark theme: the New request panel's background is the host panel's", async () => {
    const page = await e2e.openAs("holly", HUB, { theme: "dark" });
    const hub = await ready(await contributionFrame(page, "queue-hub"), "New request");
    await byRole(hub, "button", "New request").click();
    await ready(await contributionFrame(page, "new-request-panel"), "Submit request");
    const frameBox = (await page.locator('iframe[data-contribution-id="new-request-panel"]').boundingBox())!;
    const header = (await page.locator("section.overlay-panel header.overlay-header").boundingBox())!;
    const inside = await pixel(page, frameBox.x + frameBox.width - 3, frameBox.y + frameBox.height - 3);
    const outside = await pixel(page, header.x + header.width - 60, header.y + 4);
    expect(inside).toEqual(outside);
  });
});
