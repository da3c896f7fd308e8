// Webpack loader for azure-devops-ui's Fluent icon fonts (fluent-regular / fluent-filled, 700 KB and 630 KB
// of some 8,600 glyphs each): emits them subset to the icons our code and azure-devops-ui can name, a few
// kilobytes. The browser still downloads a font only when a page shows one of its icons. An icon missing
// from the subset would show as a blank square, so the loader fails the build if a name it found has no
// glyph, rather than shipping one.
const fs = require("fs");
const path = require("path");

const { filesUnder, parseIconCss, usedIconNames } = require("./iconUsage");
const { subsetWoff2 } = require("./subset");

const ROOT = path.join(__dirname, "..", "..");
const FAMILIES = { "fluent-regular": "FluentRegular", "fluent-filled": "FluentFilled" };

async function subsetIconFont(loader, source) {
  const file = path.basename(loader.resourcePath);
  const key = Object.keys(FAMILIES).find((prefix) => file.startsWith(prefix));
  if (!key) throw new Error(`iconFontLoader: ${file} is not one of the Fluent icon fonts.`);
  const family = FAMILIES[key];
  const iconsDir = path.dirname(path.dirname(loader.resourcePath)); // …/Components/Icon
  const uiRoot = path.dirname(path.dirname(iconsDir)); // …/azure-devops-ui
  const cssFile = path.join(iconsDir, "FluentIcons.css");
  const srcDir = path.join(ROOT, "src");
  loader.addDependency(cssFile);
  loader.addContextDependency(srcDir);

  const icons = parseIconCss(fs.readFileSync(cssFile, "utf8"));
  const files = [...filesUnder(uiRoot, /(?<!\.min)\.js$/), ...filesUnder(srcDir, /\.(tsx?|css)$/)];
  const names = usedIconNames(icons, files).filter((name) => icons.get(name).font === family);
  const codePoints = names.map((name) => icons.get(name).codePoint);
  const { font, kept } = await subsetWoff2(source, codePoints);
  const missing = names.filter((name) => !kept.includes(icons.get(name).codePoint));
  if (missing.length) throw new Error(`iconFontLoader: ${file} has no glyph for ${missing.join(", ")}.`);
  return font;
}

module.exports = function iconFontLoader(source) {
  const callback = this.async();
  subsetIconFont(this, source).then((font) => callback(null, font), callback);
};
module.exports.raw = true;
