// What the Marketplace listing shows: icons drawn by scripts/make-icons.js that read on light and dark pages,
// the screenshots `npm run screenshots` writes, overview.md pointing only at those, and the changelog.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { themeData } from "../emulator/host/theme";
import { HUB_WIDTHS, hubWidthFile, shotFile, SHOTS } from "../screenshots/shots";
import { overviewImages } from "./overview";
import { contrast, meanLuminance, type Png, readPng } from "./png";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fragmentPaths } = require("../../scripts/manifest.js");

const root = path.join(__dirname, "..", "..");
const read = (...parts: string[]) => fs.readFileSync(path.join(root, ...parts));
const rgb = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number);
const PAGE = {
  light: rgb(themeData("light")["background-color"]),
  dark: rgb(themeData("dark")["background-color"]),
};

/** RGBA at (x, y); outside the image counts as transparent. */
const pixel = (png: Png, x: number, y: number) =>
  x < 0 || y < 0 || x >= png.width || y >= png.height
    ? [0, 0, 0, 0]
    : [...png.pixels.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];
function* pixels(png: Png) {
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) yield { x, y, p: pixel(png, x, y) };
}

describe("icons", () => {
  it("are exactly what scripts/make-icons.js draws", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "umd-icons-"));
    try {
      execFileSync("node", [path.join(root, "scripts", "make-icons.js"), out], { stdio: "pipe" });
      for (const name of ["icon-128.png", "hub-light.png", "hub-dark.png"])
        expect(read("static", "images", name).equals(fs.readFileSync(path.join(out, name)))).toBe(true);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it("the extension icon is a 128x128 tile whose edge and white figure show on light and dark pages", () => {
    const icon = readPng(read("static", "images", "icon-128.png"));
    expect([icon.width, icon.height]).toEqual([128, 128]);
    expect(pixel(icon, 0, 0)[3]).toBe(0); // rounded corners
    // Opaque pixels next to the transparent outside: the tile's edge.
    const edge = [...pixels(icon)].filter(
      ({ x, y, p }) =>
        p[3] === 255 && [-2, 2].some((d) => pixel(icon, x + d, y)[3] === 0 || pixel(icon, x, y + d)[3] === 0),
    );
    expect(edge.length).toBeGreaterThan(300);
    for (const { p } of edge) {
      expect(contrast(p, PAGE.light)).toBeGreaterThanOrEqual(3);
      expect(contrast(p, PAGE.dark)).toBeGreaterThanOrEqual(3);
    }
    const white = [...pixels(icon)].filter(
      ({ p }) => p[0] === 255 && p[1] === 255 && p[2] === 255 && p[3] === 255,
    );
    expect(white.length).toBeGreaterThan(128 * 128 * 0.08);
  });

  it.each([
    ["hub-light.png", "light"],
    ["hub-dark.png", "dark"],
  ] as const)("%s is one ink on a transparent ground that contrasts with the %s page", (file, theme) => {
    const icon = readPng(read("static", "images", file));
    expect([icon.width, icon.height]).toEqual([32, 32]);
    const all = [...pixels(icon)];
    expect(all.filter(({ p }) => p[3] === 0).length).toBeGreaterThan(all.length / 3);
    const ink = all.filter(({ p }) => p[3] === 255);
    expect(ink.length).toBeGreaterThan(all.length / 8);
    for (const { p } of ink) expect(contrast(p, PAGE[theme])).toBeGreaterThanOrEqual(7);
  });
});

describe("screenshots", () => {
  const dir = path.join(root, "static", "screenshots");
  const expected = SHOTS.flatMap((name) =>
    (["light", "dark"] as const).map((theme) => shotFile(name, theme)),
  );

  it("static/screenshots holds exactly the PNGs npm run screenshots writes, each modest in size", () => {
    expect(fs.readdirSync(dir).sort()).toEqual([...expected].sort());
    let total = 0;
    for (const file of expected) {
      const png = read("static", "screenshots", file);
      expect(png.length).toBeLessThan(250 * 1024);
      // The Marketplace's screenshot size: each picture is one whole 1366×768 window.
      const { width, height } = readPng(png);
      expect({ width, height }).toEqual({ width: 1366, height: 768 });
      total += png.length;
    }
    // Eight views in two themes: about 3 MB would still be a light download for the listing.
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });

  it.each(expected)("%s is in its theme", (file) => {
    const mean = meanLuminance(readPng(read("static", "screenshots", file)));
    if (file.endsWith("-dark.png")) expect(mean).toBeLessThan(0.25);
    // A whole window: a panel or dialog open over the page's dimming scrim lowers a light picture's mean.
    else expect(mean).toBeGreaterThan(/^(new-request|notify-client)-/.test(file) ? 0.5 : 0.6);
  });
});

describe("the hub at other widths (docs/screenshots)", () => {
  const expected = HUB_WIDTHS.flatMap(({ width, height }) =>
    (["light", "dark"] as const).map((theme) => ({ file: hubWidthFile(width, theme), width, height })),
  );

  it.each(expected)("$file is a whole window of its width, written by npm run screenshots", (shot) => {
    const { width, height } = readPng(read("docs", "screenshots", shot.file));
    expect({ width, height }).toEqual({ width: shot.width, height: shot.height });
  });

  it("README shows each of them", () => {
    const readme = read("README.md").toString("utf8");
    for (const { file } of expected) expect(readme).toContain(`docs/screenshots/${file}`);
  });
});

describe("overview.md", () => {
  const overview = read("overview.md").toString("utf8");

  it("shows the light screenshot of every view, and only files that exist", () => {
    const images = overviewImages(overview);
    for (const name of SHOTS) expect(images).toContain(`static/screenshots/${shotFile(name, "light")}`);
    for (const src of images) expect(fs.existsSync(path.join(root, src))).toBe(true);
  });

  it("links to the source", () => {
    expect(overview).toContain("https://github.com/umdesk/user-management-desk");
  });
});

describe("version", () => {
  const version = JSON.parse(read("package.json").toString("utf8")).version as string;

  it("is set only in package.json: no manifest file carries its own", () => {
    const manifests: string[] = [
      path.join(root, "vss-extension.json"),
      ...fs.readdirSync(path.join(root, "configs")).map((f) => path.join(root, "configs", f)),
      ...fragmentPaths(),
    ];
    expect(manifests.length).toBeGreaterThan(5);
    for (const file of manifests)
      expect(JSON.parse(fs.readFileSync(file, "utf8"))).not.toHaveProperty("version");
  });

  it("has its entry in CHANGELOG.md, under an Unreleased section (Keep a Changelog)", () => {
    const changelog = read("CHANGELOG.md").toString("utf8");
    const headings = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)];
    expect(headings[0]?.[1]).toBe("Unreleased");
    expect(headings.find((h) => h[1] === version)?.[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Every version heading has its compare/tag link at the bottom.
    for (const h of headings)
      expect(changelog).toMatch(new RegExp(`^\\[${h[1].replace(/\./g, "\\.")}\\]: https://`, "m"));
  });
});
