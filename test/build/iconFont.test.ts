// The icon font subsetting of the build (scripts/fonts): parsing azure-devops-ui's icon stylesheet, finding
// the icons that can be named, and cutting the Fluent font to them without changing a glyph. Fonts are read
// back with fontkit, a reader independent of the HarfBuzz subsetter that wrote them.
import * as fontkit from "fontkit";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const iconDir = path.join(root, "node_modules", "azure-devops-ui", "Components", "Icon");
const fluentRegular = fs.readFileSync(path.join(iconDir, "fonts", "fluent-regular-v1.1.293.woff2"));

// CommonJS build scripts, loaded as webpack loads them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseIconCss, usedIconNames, filesUnder } = require("../../scripts/fonts/iconUsage");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { codePointsOf, subsetWoff2 } = require("../../scripts/fonts/subset");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const iconFontLoader = require("../../scripts/fonts/iconFontLoader");

/** What a code point draws: the outline as an SVG path, and the advance width. */
const drawing = (font: fontkit.Font, codePoint: number) => {
  const glyph = font.glyphForCodePoint(codePoint);
  return { path: glyph.path.toSVG(), advance: glyph.advanceWidth };
};
const open = (font: Buffer) => fontkit.create(font) as fontkit.Font;
const byValue = (a: number, b: number) => a - b;

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
  const original = open(fluentRegular);
  const wanted = [0xf109, 0xf1ac, 0xf13f, 0xf10c];

  it("keeps the glyphs of the code points asked for, point for point", async () => {
    const { font, kept } = await subsetWoff2(fluentRegular, [...wanted, 0x41 /* not an icon */]);
    expect(kept).toEqual([...wanted].sort(byValue));
    expect(font.toString("latin1", 0, 4)).toBe("wOF2");
    expect(font.length).toBeLessThan(2000);
    const subset = open(font);
    expect(subset.numGlyphs).toBe(wanted.length + 1); // and .notdef
    expect(codePointsOf(font).sort(byValue)).toEqual(kept);
    for (const codePoint of kept) {
      expect(drawing(subset, codePoint).path).not.toBe("");
      expect(drawing(subset, codePoint)).toEqual(drawing(original, codePoint));
    }
    expect(subset.unitsPerEm).toBe(original.unitsPerEm);
    expect([subset.ascent, subset.descent]).toEqual([original.ascent, original.descent]);
  });

  it("writes a font that can be subset again", async () => {
    const once = (await subsetWoff2(fluentRegular, wanted)).font;
    const twice = await subsetWoff2(once, [0xf109]);
    expect(twice.kept).toEqual([0xf109]);
    expect(drawing(open(twice.font), 0xf109)).toEqual(drawing(original, 0xf109));
  });

  it("refuses a file that is not WOFF2", async () => {
    await expect(
      subsetWoff2(Buffer.from("wOFFxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), wanted),
    ).rejects.toThrow("Not a WOFF2 file.");
  });
});

describe("the webpack loader", () => {
  /** Runs the loader on a copy of the regular font in a package laid out like azure-devops-ui. */
  const load = (css: string, usage: string) => {
    const ui = fs.mkdtempSync(path.join(os.tmpdir(), "umd-icon-loader-"));
    const fonts = path.join(ui, "Components", "Icon", "fonts");
    fs.mkdirSync(fonts, { recursive: true });
    fs.writeFileSync(path.join(ui, "Components", "Icon", "FluentIcons.css"), css);
    fs.writeFileSync(path.join(ui, "Components", "usage.js"), usage);
    const resourcePath = path.join(fonts, "fluent-regular-v1.1.293.woff2");
    return new Promise<Buffer>((resolve, reject) =>
      iconFontLoader.call(
        {
          resourcePath,
          addDependency: () => {},
          addContextDependency: () => {},
          async: () => (error: Error | null, font: Buffer) => (error ? reject(error) : resolve(font)),
        },
        fluentRegular,
      ),
    ).finally(() => fs.rmSync(ui, { recursive: true, force: true }));
  };
  const rule = (name: string, codePoint: string) =>
    `.ms-Icon--${name}:before { font-family: "FluentRegular"; content: "\\${codePoint}"; }\n`;

  it("emits the font cut to the icons named in the package and in our sources", async () => {
    const font = await load(rule("Ghost", "f109") + rule("Unused", "f1ac"), `iconName: "Ghost"`);
    const kept = codePointsOf(font);
    expect(kept).toContain(0xf109);
    expect(kept).not.toContain(0xf1ac);
  });

  it("fails the build, naming the icon, when a named icon has no glyph in the font", async () => {
    await expect(load(rule("Ghost", "0041"), `iconName: "Ghost"`)).rejects.toThrow(
      "fluent-regular-v1.1.293.woff2 has no glyph for Ghost.",
    );
  });
});

describe("the built icon fonts", () => {
  const assets = path.join(root, "dist", "web", "assets");
  const built = (prefix: string) =>
    path.join(
      assets,
      fs.readdirSync(assets).find((f) => f.startsWith(prefix))!,
    );
  const icons = parseIconCss(fs.readFileSync(path.join(iconDir, "FluentIcons.css"), "utf8"));

  it("are the subsets, within 4 KB, with a glyph for every icon our code names", () => {
    const font = fs.readFileSync(built("fluent-regular-"));
    expect(font.length).toBeLessThan(4 * 1024); // the full font is 705 KB
    const ours: string[] = usedIconNames(icons, filesUnder(path.join(root, "src"), /\.(tsx?|css)$/));
    expect(ours.length).toBeGreaterThan(0);
    const has = new Set(codePointsOf(font));
    for (const name of ours.filter((n) => icons.get(n).font === "FluentRegular"))
      expect([name, has.has(icons.get(name).codePoint)]).toEqual([name, true]);
    expect(fs.statSync(built("fluent-filled-")).size).toBeLessThan(1024); // the full font is 634 KB
  });

  it("hold every icon azure-devops-ui or our code can name, each drawn as in the full font", () => {
    const used: string[] = usedIconNames(icons, [
      ...filesUnder(path.join(root, "node_modules", "azure-devops-ui"), /(?<!\.min)\.js$/),
      ...filesUnder(path.join(root, "src"), /\.(tsx?|css)$/),
    ]);
    for (const [prefix, family] of [
      ["fluent-regular-", "FluentRegular"],
      ["fluent-filled-", "FluentFilled"],
    ]) {
      const full = open(fs.readFileSync(path.join(iconDir, "fonts", `${prefix}v1.1.293.woff2`)));
      const cut = open(fs.readFileSync(built(prefix)));
      // Several names may share a code point (Add and CalculatorAddition): one glyph each.
      const wanted = [
        ...new Set(used.filter((n) => icons.get(n).font === family).map((n) => icons.get(n).codePoint)),
      ];
      expect(codePointsOf(fs.readFileSync(built(prefix))).sort(byValue)).toEqual([...wanted].sort(byValue));
      for (const codePoint of wanted) expect(drawing(cut, codePoint)).toEqual(drawing(full, codePoint));
    }
  });
});
