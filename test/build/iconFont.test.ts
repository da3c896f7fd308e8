// The icon font subsetting of the build (scripts/fonts): parsing azure-devops-ui's icon stylesheet, finding
// the icons that can be named, and cutting the Fluent font to them without changing a glyph.
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const iconDir = path.join(root, "node_modules", "azure-devops-ui", "Components", "Icon");
const fluentRegular = fs.readFileSync(path.join(iconDir, "fonts", "fluent-regular-v1.1.293.woff2"));

// CommonJS build scripts, loaded as webpack loads them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseIconCss, usedIconNames, filesUnder } = require("../../scripts/fonts/iconUsage");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readCmap, readGlyphs, subsetWoff2 } = require("../../scripts/fonts/subset");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readWoff2 } = require("../../scripts/fonts/woff2");

interface Glyph {
  kind: string;
}
const glyphsOf = (font: Buffer): { cmap: Map<number, number>; glyphs: Glyph[] } => {
  const { tables } = readWoff2(font);
  return { cmap: readCmap(tables.get("cmap").data), glyphs: readGlyphs(tables) };
};

describe("icon names", () => {
  it("reads every selector of a rule, whatever the family", () => {
    const icons = parseIconCss(`
      /* a comment { with braces } */
      .fluent-icons-enabled .ms-Icon--Add:before,
      .fluent-icons-enabled .ms-Icon--CalculatorAddition:before { font-family: "FluentRegular"; content: "\\f109"; }
      .ms-Icon--Solid::before { font-family: FluentFilled; content: "\\E001"; }
      .fluent-icons-enabled .ms-Icon--Tag { transform: translateY(1px); }`);
    expect([...icons.entries()]).toEqual([
      ["Add", { font: "FluentRegular", codePoint: 0xf109 }],
      ["CalculatorAddition", { font: "FluentRegular", codePoint: 0xf109 }],
      ["Solid", { font: "FluentFilled", codePoint: 0xe001 }],
    ]);
  });

  it("finds azure-devops-ui's own icons and ours among the string literals", () => {
    const icons = parseIconCss(fs.readFileSync(path.join(iconDir, "FluentIcons.css"), "utf8"));
    expect(icons.size).toBeGreaterThan(400);
    const used: string[] = usedIconNames(icons, [
      ...filesUnder(path.join(root, "node_modules", "azure-devops-ui"), /(?<!\.min)\.js$/),
      ...filesUnder(path.join(root, "src"), /\.(tsx?|css)$/),
    ]);
    // The table's sort arrows and the message card's icons come from azure-devops-ui; Add and Refresh from us.
    expect(used).toEqual(
      expect.arrayContaining(["SortUp", "SortDown", "Info", "Warning", "Error", "Add", "Refresh"]),
    );
    expect(used.length).toBeLessThan(100);
  });
});

describe("subsetting a WOFF2 icon font", () => {
  const original = glyphsOf(fluentRegular);
  const wanted = [0xf109, 0xf1ac, 0xf13f, 0xf10c];

  it("keeps the glyphs of the code points asked for, point for point", () => {
    const { font, kept, glyphs } = subsetWoff2(fluentRegular, [...wanted, 0x41 /* not an icon */]);
    expect(kept).toEqual([...wanted].sort((a, b) => a - b));
    expect(glyphs).toBe(wanted.length + 1); // and .notdef
    expect(font.length).toBeLessThan(2000);
    const subset = glyphsOf(font);
    expect([...subset.cmap.keys()].sort()).toEqual([...kept].sort());
    for (const codePoint of kept)
      expect(subset.glyphs[subset.cmap.get(codePoint)!]).toEqual(
        original.glyphs[original.cmap.get(codePoint)!],
      );
    expect(subset.glyphs[0]).toEqual(original.glyphs[0]);
  });

  it("writes a font its own reader can subset again", () => {
    const once = subsetWoff2(fluentRegular, wanted).font;
    const twice = subsetWoff2(once, [0xf109]);
    expect(twice.kept).toEqual([0xf109]);
    const again = glyphsOf(twice.font);
    expect(again.glyphs[again.cmap.get(0xf109)!]).toEqual(original.glyphs[original.cmap.get(0xf109)!]);
  });

  it("refuses a file that is not WOFF2", () => {
    expect(() =>
      subsetWoff2(Buffer.from("wOFFxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), wanted),
    ).toThrow("Not a WOFF2 file.");
  });
});

describe("the built icon fonts", () => {
  const assets = path.join(root, "dist", "web", "assets");
  const built = (prefix: string) => fs.readdirSync(assets).find((f) => f.startsWith(prefix));

  it("are the subsets, with a glyph for every icon our code names", () => {
    const file = built("fluent-regular-")!;
    const font = fs.readFileSync(path.join(assets, file));
    expect(font.length).toBeLessThan(20_000); // the full font is 705 KB
    const icons = parseIconCss(fs.readFileSync(path.join(iconDir, "FluentIcons.css"), "utf8"));
    const ours: string[] = usedIconNames(icons, filesUnder(path.join(root, "src"), /\.(tsx?|css)$/));
    expect(ours.length).toBeGreaterThan(0);
    const { cmap } = glyphsOf(font);
    for (const name of ours.filter((n) => icons.get(n).font === "FluentRegular"))
      expect([name, cmap.has(icons.get(name).codePoint)]).toEqual([name, true]);
    expect(fs.statSync(path.join(assets, built("fluent-filled-")!)).size).toBeLessThan(20_000);
  });
});
