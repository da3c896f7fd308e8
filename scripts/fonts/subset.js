// Subsets a WOFF2 icon font to the code points an extension can display: the glyphs they map to (and the
// glyphs those are built from), renumbered from 1 after .notdef, with a new cmap, hmtx, glyf and loca. Layout
// tables (GSUB, GPOS, …) refer to glyph ids that no longer exist and are dropped; an icon font draws each
// icon from its own code point and needs none of them.
const {
  Reader,
  componentGlyphIds,
  decodeGlyf,
  decodeTransformedGlyf,
  encodeGlyph,
  readWoff2,
  remapComponents,
  writeWoff2,
} = require("./woff2");

/** Tables copied as they are (after the small edits below). Everything else is dropped. */
const KEPT = ["OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"];

/** Code point → glyph id from the best Unicode subtable (format 12, else format 4) of a cmap table. */
function readCmap(data) {
  const r = new Reader(data);
  r.u16(); // version
  const count = r.u16();
  const subtables = [];
  for (let i = 0; i < count; i++) subtables.push({ platform: r.u16(), encoding: r.u16(), offset: r.u32() });
  const format = (s) => data.readUInt16BE(s.offset);
  const unicode = (s) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const chosen =
    subtables.find((s) => unicode(s) && format(s) === 12) ??
    subtables.find((s) => unicode(s) && format(s) === 4);
  if (!chosen) throw new Error("The font has no Unicode cmap subtable of format 4 or 12.");
  const map = new Map();
  const t = new Reader(data, chosen.offset);
  if (format(chosen) === 12) {
    t.p += 12; // format, reserved, length, language
    const groups = t.u32();
    for (let g = 0; g < groups; g++) {
      const start = t.u32();
      const end = t.u32();
      const glyph = t.u32();
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  t.p += 6; // format, length, language
  const segCount = t.u16() / 2;
  t.p += 6; // searchRange, entrySelector, rangeShift
  const ends = Array.from({ length: segCount }, () => t.u16());
  t.p += 2; // reservedPad
  const starts = Array.from({ length: segCount }, () => t.u16());
  const deltas = Array.from({ length: segCount }, () => t.i16());
  const rangeOffsetsAt = t.p;
  const rangeOffsets = Array.from({ length: segCount }, () => t.u16());
  for (let s = 0; s < segCount; s++) {
    for (let c = starts[s]; c <= ends[s] && c !== 0xffff; c++) {
      let glyph;
      if (rangeOffsets[s] === 0) glyph = (c + deltas[s]) & 0xffff;
      else {
        const at = rangeOffsetsAt + 2 * s + rangeOffsets[s] + 2 * (c - starts[s]);
        glyph = data.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + deltas[s]) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

/** A cmap with one format 4 subtable (BMP) and, when needed, one format 12 subtable (all code points). */
function writeCmap(entries) {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const bmp = sorted.filter(([c]) => c <= 0xfffe);
  // Format 4: one segment per code point keeps it simple; an icon font subset has a few hundred at most.
  const segments = [
    ...bmp.map(([c, g]) => ({ start: c, end: c, delta: (g - c) & 0xffff })),
    { start: 0xffff, end: 0xffff, delta: 1 },
  ];
  const segCount = segments.length;
  const f4 = Buffer.alloc(16 + 8 * segCount);
  const entrySelector = Math.floor(Math.log2(segCount));
  const searchRange = 2 * 2 ** entrySelector;
  f4.writeUInt16BE(4, 0);
  f4.writeUInt16BE(f4.length, 2);
  f4.writeUInt16BE(segCount * 2, 6);
  f4.writeUInt16BE(searchRange, 8);
  f4.writeUInt16BE(entrySelector, 10);
  f4.writeUInt16BE(segCount * 2 - searchRange, 12);
  segments.forEach((s, i) => {
    f4.writeUInt16BE(s.end, 14 + 2 * i);
    f4.writeUInt16BE(s.start, 16 + 2 * segCount + 2 * i);
    f4.writeUInt16BE(s.delta, 16 + 4 * segCount + 2 * i);
    // idRangeOffset stays 0
  });
  const needs12 = sorted.length !== bmp.length;
  const f12 = Buffer.alloc(needs12 ? 16 + 12 * sorted.length : 0);
  if (needs12) {
    f12.writeUInt16BE(12, 0);
    f12.writeUInt32BE(f12.length, 4);
    f12.writeUInt32BE(sorted.length, 12);
    sorted.forEach(([c, g], i) => {
      f12.writeUInt32BE(c, 16 + 12 * i);
      f12.writeUInt32BE(c, 20 + 12 * i);
      f12.writeUInt32BE(g, 24 + 12 * i);
    });
  }
  const records = needs12 ? 2 : 1;
  const header = Buffer.alloc(4 + 8 * records);
  header.writeUInt16BE(records, 2);
  header.writeUInt16BE(3, 4);
  header.writeUInt16BE(1, 6);
  header.writeUInt32BE(header.length, 8);
  if (needs12) {
    header.writeUInt16BE(3, 12);
    header.writeUInt16BE(10, 14);
    header.writeUInt32BE(header.length + f4.length, 16);
  }
  return Buffer.concat([header, f4, f12]);
}

/** (advance width, left side bearing) of every glyph from hmtx. */
function readHmtx(hmtx, numberOfHMetrics, numGlyphs) {
  const r = new Reader(hmtx);
  const metrics = [];
  for (let i = 0; i < numberOfHMetrics; i++) metrics.push([r.u16(), r.i16()]);
  const lastAdvance = metrics[metrics.length - 1][0];
  for (let i = numberOfHMetrics; i < numGlyphs; i++) metrics.push([lastAdvance, r.i16()]);
  return metrics;
}

/** Every glyph of the font, whether its glyf table is stored transformed or not. */
function readGlyphs(tables) {
  const glyf = tables.get("glyf");
  if (glyf.transformed) return decodeTransformedGlyf(glyf.data);
  const longOffsets = tables.get("head").data.readInt16BE(50) === 1;
  return decodeGlyf(glyf.data, tables.get("loca").data, longOffsets, tables.get("maxp").data.readUInt16BE(4));
}

const checksum = (data) => {
  let sum = 0;
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
};

/**
 * Subsets `woff2` (a Buffer) to `codePoints`. Code points the font does not map are ignored; the result
 * says which were kept. Returns { font: Buffer (WOFF2), kept: number[], glyphs: number }.
 */
function subsetWoff2(woff2, codePoints) {
  const { flavor, tables } = readWoff2(woff2);
  for (const tag of ["cmap", "glyf", "head", "hhea", "hmtx", "maxp"])
    if (!tables.has(tag)) throw new Error(`The font has no "${tag}" table.`);
  const glyphs = readGlyphs(tables);
  const numGlyphs = glyphs.length;
  const cmap = readCmap(tables.get("cmap").data);
  const hhea = Buffer.from(tables.get("hhea").data);
  const metrics = readHmtx(tables.get("hmtx").data, hhea.readUInt16BE(34), numGlyphs);

  // Old glyph ids to keep: .notdef, every mapped code point's glyph, and their components.
  const wanted = new Set([0]);
  const kept = [];
  const addGlyph = (id) => {
    if (wanted.has(id) || id >= numGlyphs) return;
    wanted.add(id);
    if (glyphs[id].kind === "composite") componentGlyphIds(glyphs[id].components).forEach(addGlyph);
  };
  for (const c of [...new Set(codePoints)].sort((a, b) => a - b)) {
    if (!cmap.has(c)) continue;
    kept.push(c);
    addGlyph(cmap.get(c));
  }
  const oldIds = [...wanted].sort((a, b) => a - b);
  const newId = new Map(oldIds.map((old, i) => [old, i]));

  const glyphData = oldIds.map((old) => {
    const g = glyphs[old];
    const encoded = encodeGlyph(
      g.kind === "composite" ? { ...g, components: remapComponents(g.components, (id) => newId.get(id)) } : g,
    );
    return Buffer.concat([encoded, Buffer.alloc((4 - (encoded.length % 4)) % 4)]);
  });
  const loca = Buffer.alloc(4 * (oldIds.length + 1));
  let offset = 0;
  glyphData.forEach((data, i) => {
    loca.writeUInt32BE(offset, 4 * i);
    offset += data.length;
  });
  loca.writeUInt32BE(offset, 4 * oldIds.length);
  const hmtx = Buffer.alloc(4 * oldIds.length);
  oldIds.forEach((old, i) => {
    hmtx.writeUInt16BE(metrics[old][0], 4 * i);
    hmtx.writeInt16BE(metrics[old][1], 4 * i + 2);
  });
  hhea.writeUInt16BE(oldIds.length, 34);
  const maxp = Buffer.from(tables.get("maxp").data);
  maxp.writeUInt16BE(oldIds.length, 4);
  const head = Buffer.from(tables.get("head").data);
  head.writeUInt32BE(0, 8); // checkSumAdjustment, set below
  head.writeInt16BE(1, 50); // indexToLocFormat: long offsets
  // post version 3: no glyph names (they would refer to the old glyph ids).
  const post = Buffer.from(tables.get("post").data.subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0);

  const out = new Map();
  out.set("glyf", Buffer.concat(glyphData));
  out.set("loca", loca);
  out.set("hmtx", hmtx);
  out.set("hhea", hhea);
  out.set("maxp", maxp);
  out.set("head", head);
  out.set("post", post);
  out.set("cmap", writeCmap(kept.map((c) => [c, newId.get(cmap.get(c))])));
  for (const tag of KEPT)
    if (!out.has(tag) && tables.has(tag)) out.set(tag, Buffer.from(tables.get(tag).data));
  // head.checkSumAdjustment over the whole sfnt the browser rebuilds: 0xB1B0AFBA minus its checksum.
  const tags = [...out.keys()].sort();
  const directory = Buffer.alloc(12 + 16 * tags.length);
  directory.writeUInt32BE(flavor, 0);
  directory.writeUInt16BE(tags.length, 4);
  let sum = 0;
  let tableOffset = directory.length;
  tags.forEach((tag, i) => {
    const data = out.get(tag);
    const at = 12 + 16 * i;
    directory.write(tag, at, "latin1");
    directory.writeUInt32BE(checksum(data), at + 4);
    directory.writeUInt32BE(tableOffset, at + 8);
    directory.writeUInt32BE(data.length, at + 12);
    tableOffset += (data.length + 3) & ~3;
    sum = (sum + checksum(data)) >>> 0;
  });
  sum = (sum + checksum(directory)) >>> 0;
  head.writeUInt32BE((0xb1b0afba - sum) >>> 0, 8);
  return { font: writeWoff2(flavor, out), kept, glyphs: oldIds.length };
}

module.exports = { readCmap, readGlyphs, subsetWoff2 };
