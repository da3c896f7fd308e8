// Subsets a WOFF2 icon font to the code points an extension can display, with HarfBuzz's subsetter
// (subset-font: harfbuzzjs's WebAssembly build of hb-subset, and Google's WOFF2 encoder for the output).
// hb-subset keeps each kept glyph's outline and metrics as they are and drops what refers only to glyphs
// left out. The result is read back with fontkit, an independent reader, to say which code points it has.
const fontkit = require("fontkit");
const subsetFont = require("subset-font");

/**
 * The code points a font maps to a glyph. A subset with no icons at all has a cmap without subtables, which
 * fontkit refuses to read: it maps nothing. fontkit also lists U+FFFF, the end of a format 4 cmap.
 */
function codePointsOf(buffer) {
  const font = fontkit.create(buffer);
  if (font.cmap.tables.length === 0) return [];
  return font.characterSet.filter((c) => c !== 0xffff);
}

/**
 * Subsets `woff2` (a Buffer) to `codePoints`. Code points the font does not map are left out; the result
 * says which were kept. Resolves to { font: Buffer (WOFF2), kept: number[] (ascending) }.
 */
async function subsetWoff2(woff2, codePoints) {
  if (woff2.toString("latin1", 0, 4) !== "wOF2") throw new Error("Not a WOFF2 file.");
  const font = await subsetFont(woff2, String.fromCodePoint(...new Set(codePoints)), {
    targetFormat: "woff2",
  });
  const mapped = new Set(codePointsOf(font));
  return { font, kept: [...new Set(codePoints)].filter((c) => mapped.has(c)).sort((a, b) => a - b) };
}

module.exports = { codePointsOf, subsetWoff2 };
