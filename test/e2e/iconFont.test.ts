/**
 * The build cuts azure-devops-ui's Fluent icon font to the icons that can be named (scripts/fonts). Here
 * Chromium draws every glyph the cut font has, once with the full font and once with the cut one: the
 * pictures must be identical, pixel for pixel.
 */
import * as fs from "fs";
import * as path from "path";

import { type BrowserSession, launchBrowser } from "./support/browser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { codePointsOf } = require("../../scripts/fonts/subset");

const root = path.join(__dirname, "..", "..");
const full = fs.readFileSync(
  path.join(root, "node_modules/azure-devops-ui/Components/Icon/fonts/fluent-regular-v1.1.293.woff2"),
);
const assets = path.join(root, "dist", "web", "assets");
const cut = fs.readFileSync(
  path.join(
    assets,
    fs.readdirSync(assets).find((f) => f.startsWith("fluent-regular-"))!,
  ),
);

describe("the cut icon font", () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(() => browser?.close());

  it("draws every icon it keeps exactly as the full font does", async () => {
    const codePoints: number[] = codePointsOf(cut);
    expect(codePoints.length).toBeGreaterThan(10);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 800, height: 800 });
    const draw = async (font: Buffer) => {
      await page.setContent(
        `<style>@font-face{font-family:Icons;src:url(data:font/woff2;base64,${font.toString("base64")}) format("woff2")}` +
          `body{margin:0}span{font:48px Icons;display:inline-block;width:60px;height:60px}</style>` +
          codePoints.map((c) => `<span>&#x${c.toString(16)};</span>`).join(""),
      );
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.fonts.check("48px Icons"))).toBe(true);
      return page.screenshot();
    };
    const withFull = await draw(full);
    const withCut = await draw(cut);
    expect(withCut.equals(withFull)).toBe(true);
  }, 60_000);
});
