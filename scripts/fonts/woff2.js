// WOFF2 reading and writing, just enough to subset an icon font at build time with Node alone (zlib has
// Brotli): the table directory, the transformed `glyf`/`loca` of the WOFF2 specification (section 5) turned
// back into glyphs, and a writer that stores every table untransformed. No hinting is interpreted; glyph
// instructions are carried as bytes.
const zlib = require("zlib");

/** Known-table tags by their 6-bit index in a WOFF2 table directory entry (WOFF2 spec, table 3). */
// prettier-ignore
const KNOWN_TAGS = [
  "cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep",
  "CFF ", "VORG", "EBDT", "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE",
  "GDEF", "GPOS", "GSUB", "EBSC", "JSTF", "MATH", "CBDT", "CBLC", "COLR", "CPAL", "SVG ", "sbix", "acnt",
  "avar", "bdat", "bloc", "bsln", "cvar", "fdsc", "feat", "fmtx", "fvar", "gvar", "hsty", "just", "lcar",
  "mort", "morx", "opbd", "prop", "trak", "Zapf", "Silf", "Glat", "Gloc", "Feat", "Sill",
];

/** Sequential big-endian reader over a Buffer. */
class Reader {
  constructor(buffer, offset = 0) {
    this.b = buffer;
    this.p = offset;
  }
  u8() {
    return this.b[this.p++];
  }
  u16() {
    const v = this.b.readUInt16BE(this.p);
    this.p += 2;
    return v;
  }
  i16() {
    const v = this.b.readInt16BE(this.p);
    this.p += 2;
    return v;
  }
  u32() {
    const v = this.b.readUInt32BE(this.p);
    this.p += 4;
    return v;
  }
  bytes(n) {
    const v = this.b.subarray(this.p, this.p + n);
    this.p += n;
    return v;
  }
  /** UIntBase128 (WOFF2 spec 4.1). */
  base128() {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = this.u8();
      if (i === 0 && byte === 0x80) throw new Error("WOFF2: UIntBase128 with a leading zero.");
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new Error("WOFF2: UIntBase128 longer than 5 bytes.");
  }
  /** 255UInt16 (WOFF2 spec 4.2). */
  u255() {
    const code = this.u8();
    if (code === 253) return this.u16();
    if (code === 255) return this.u8() + 253;
    if (code === 254) return this.u8() + 506;
    return code;
  }
}

/** Reads a WOFF2 file into its decompressed tables: { flavor, tables: Map<tag, {data, transformed}> }. */
function readWoff2(buffer) {
  const r = new Reader(buffer);
  if (r.u32() !== 0x774f4632) throw new Error("Not a WOFF2 file.");
  const flavor = r.u32();
  if (flavor === 0x74746366) throw new Error("WOFF2 font collections are not supported.");
  r.u32(); // length
  const numTables = r.u16();
  r.u16(); // reserved
  r.u32(); // totalSfntSize
  const totalCompressedSize = r.u32();
  r.p = 48;
  const entries = [];
  for (let i = 0; i < numTables; i++) {
    const flags = r.u8();
    const tag = (flags & 63) === 63 ? r.bytes(4).toString("latin1") : KNOWN_TAGS[flags & 63];
    const version = flags >> 6;
    const origLength = r.base128();
    const glyfOrLoca = tag === "glyf" || tag === "loca";
    const transformed = glyfOrLoca ? version === 0 : version !== 0;
    const length = transformed ? r.base128() : origLength;
    if (transformed && !glyfOrLoca)
      throw new Error(`WOFF2: transform ${version} of "${tag}" is not supported.`);
    entries.push({ tag, length, transformed });
  }
  const stream = zlib.brotliDecompressSync(buffer.subarray(r.p, r.p + totalCompressedSize));
  const tables = new Map();
  let offset = 0;
  for (const e of entries) {
    tables.set(e.tag, { data: stream.subarray(offset, offset + e.length), transformed: e.transformed });
    offset += e.length;
  }
  return { flavor, tables };
}

const withSign = (flag, value) => (flag & 1 ? value : -value);

/** One point delta from a WOFF2 triplet flag and its data bytes (WOFF2 spec 5.2, table 4). */
function tripletDelta(flag, r) {
  if (flag < 10) return [0, withSign(flag, ((flag & 14) << 7) + r.u8())];
  if (flag < 20) return [withSign(flag, (((flag - 10) & 14) << 7) + r.u8()), 0];
  if (flag < 84) {
    const b0 = flag - 20;
    const b1 = r.u8();
    return [
      withSign(flag, 1 + (b0 & 0x30) + (b1 >> 4)),
      withSign(flag >> 1, 1 + ((b0 & 0x0c) << 2) + (b1 & 0x0f)),
    ];
  }
  if (flag < 120) {
    const b0 = flag - 84;
    const dx = withSign(flag, 1 + (Math.floor(b0 / 12) << 8) + r.u8());
    const dy = withSign(flag >> 1, 1 + (((b0 % 12) >> 2) << 8) + r.u8());
    return [dx, dy];
  }
  if (flag < 124) {
    const b0 = r.u8();
    const b1 = r.u8();
    const b2 = r.u8();
    return [withSign(flag, (b0 << 4) + (b1 >> 4)), withSign(flag >> 1, ((b1 & 0x0f) << 8) + b2)];
  }
  const b = [r.u8(), r.u8(), r.u8(), r.u8()];
  return [withSign(flag, (b[0] << 8) + b[1]), withSign(flag >> 1, (b[2] << 8) + b[3])];
}

// Composite glyph component flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

/** Size in bytes of one composite component record with these flags. */
const componentSize = (flags) =>
  4 +
  (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2) +
  (flags & WE_HAVE_A_SCALE ? 2 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_TWO_BY_TWO ? 8 : 0);

/**
 * Glyphs of a transformed `glyf` table (WOFF2 spec 5.1), each as
 *   { kind: "empty" }
 *   { kind: "simple", bbox, endPts, points: [{x, y, onCurve}], instructions }
 *   { kind: "composite", bbox, components: Buffer, instructions }
 * with absolute point coordinates.
 */
function decodeTransformedGlyf(data) {
  const h = new Reader(data);
  h.u16(); // reserved
  const optionFlags = h.u16();
  const numGlyphs = h.u16();
  h.u16(); // indexFormat
  const sizes = Array.from({ length: 7 }, () => h.u32());
  let offset = h.p;
  const ends = [];
  const streams = sizes.map((size) => {
    const s = new Reader(data, offset);
    offset += size;
    ends.push(offset);
    return s;
  });
  const [nContours, nPoints, flagStream, glyphStream, compositeStream, bboxStream, instructionStream] =
    streams;
  const bboxBitmap = bboxStream.bytes(4 * Math.floor((numGlyphs + 31) / 32));
  const hasBbox = (i) => (bboxBitmap[i >> 3] & (0x80 >> (i & 7))) !== 0;
  void optionFlags; // bit 0: an overlapSimpleBitmap follows; overlap flags are not needed to draw icons
  const readBbox = () => [bboxStream.i16(), bboxStream.i16(), bboxStream.i16(), bboxStream.i16()];

  const glyphs = [];
  for (let i = 0; i < numGlyphs; i++) {
    const contours = nContours.i16();
    if (contours === 0) {
      if (hasBbox(i)) throw new Error(`WOFF2: empty glyph ${i} has a bounding box.`);
      glyphs.push({ kind: "empty" });
    } else if (contours > 0) {
      const endPts = [];
      let total = 0;
      for (let c = 0; c < contours; c++) {
        total += nPoints.u255();
        endPts.push(total - 1);
      }
      const points = [];
      let x = 0;
      let y = 0;
      for (let p = 0; p < total; p++) {
        const flag = flagStream.u8();
        const [dx, dy] = tripletDelta(flag & 0x7f, glyphStream);
        x += dx;
        y += dy;
        points.push({ x, y, onCurve: (flag & 0x80) === 0 });
      }
      const instructions = instructionStream.bytes(glyphStream.u255());
      let bbox;
      if (hasBbox(i)) bbox = readBbox();
      else {
        const xs = points.map((pt) => pt.x);
        const ys = points.map((pt) => pt.y);
        bbox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      }
      glyphs.push({ kind: "simple", bbox, endPts, points, instructions });
    } else {
      const start = compositeStream.p;
      let flags;
      let anyInstructions = false;
      do {
        flags = compositeStream.u16();
        anyInstructions = anyInstructions || (flags & WE_HAVE_INSTRUCTIONS) !== 0;
        compositeStream.p += componentSize(flags) - 2;
      } while (flags & MORE_COMPONENTS);
      const components = data.subarray(start, compositeStream.p);
      const instructions = anyInstructions ? instructionStream.bytes(glyphStream.u255()) : Buffer.alloc(0);
      if (!hasBbox(i)) throw new Error(`WOFF2: composite glyph ${i} has no bounding box.`);
      glyphs.push({ kind: "composite", bbox: readBbox(), components, instructions });
    }
  }
  // Every stream read to its exact end, or the decoding went wrong somewhere.
  streams.forEach((s, i) => {
    if (s.p !== ends[i]) throw new Error(`WOFF2: glyf stream ${i} ends at ${s.p}, expected ${ends[i]}.`);
  });
  return glyphs;
}

/** Glyphs of a standard `glyf` table (found through `loca`), in the shape decodeTransformedGlyf gives. */
function decodeGlyf(glyf, loca, longOffsets, numGlyphs) {
  const at = (i) => (longOffsets ? loca.readUInt32BE(4 * i) : 2 * loca.readUInt16BE(2 * i));
  const glyphs = [];
  for (let i = 0; i < numGlyphs; i++) {
    const start = at(i);
    const end = at(i + 1);
    if (end === start) {
      glyphs.push({ kind: "empty" });
      continue;
    }
    const r = new Reader(glyf, start);
    const contours = r.i16();
    const bbox = [r.i16(), r.i16(), r.i16(), r.i16()];
    if (contours < 0) {
      const componentsStart = r.p;
      let flags;
      do {
        flags = r.u16();
        r.p += componentSize(flags) - 2;
      } while (flags & MORE_COMPONENTS);
      const components = glyf.subarray(componentsStart, r.p);
      const instructions = flags & WE_HAVE_INSTRUCTIONS ? r.bytes(r.u16()) : Buffer.alloc(0);
      glyphs.push({ kind: "composite", bbox, components, instructions });
      continue;
    }
    const endPts = Array.from({ length: contours }, () => r.u16());
    const instructions = r.bytes(r.u16());
    const total = contours ? endPts[contours - 1] + 1 : 0;
    const flags = [];
    while (flags.length < total) {
      const flag = r.u8();
      flags.push(flag);
      if (flag & 0x08) for (let n = r.u8(); n > 0; n--) flags.push(flag);
    }
    const coordinates = (shortBit, sameBit) => {
      let value = 0;
      return flags.map((flag) => {
        if (flag & shortBit) value += flag & sameBit ? r.u8() : -r.u8();
        else if (!(flag & sameBit)) value += r.i16();
        return value;
      });
    };
    const xs = coordinates(0x02, 0x10);
    const ys = coordinates(0x04, 0x20);
    const points = flags.map((flag, p) => ({ x: xs[p], y: ys[p], onCurve: (flag & 0x01) !== 0 }));
    glyphs.push({ kind: "simple", bbox, endPts, points, instructions });
  }
  return glyphs;
}

/** Glyph ids a composite glyph refers to. */
function componentGlyphIds(components) {
  const ids = [];
  const r = new Reader(components);
  let flags;
  do {
    const at = r.p;
    flags = r.u16();
    ids.push(r.u16());
    r.p = at + componentSize(flags);
  } while (flags & MORE_COMPONENTS);
  return ids;
}

/** A copy of composite component data with glyph ids mapped through `remap`. */
function remapComponents(components, remap) {
  const out = Buffer.from(components);
  let p = 0;
  let flags;
  do {
    flags = out.readUInt16BE(p);
    out.writeUInt16BE(remap(out.readUInt16BE(p + 2)), p + 2);
    p += componentSize(flags);
  } while (flags & MORE_COMPONENTS);
  return out;
}

/** One glyph in the standard `glyf` encoding (OpenType), unpadded. */
function encodeGlyph(glyph) {
  if (glyph.kind === "empty") return Buffer.alloc(0);
  const header = Buffer.alloc(10);
  header.writeInt16BE(glyph.kind === "simple" ? glyph.endPts.length : -1, 0);
  glyph.bbox.forEach((v, i) => header.writeInt16BE(v, 2 + 2 * i));
  if (glyph.kind === "composite") {
    const length = Buffer.alloc(glyph.instructions.length ? 2 : 0);
    if (glyph.instructions.length) length.writeUInt16BE(glyph.instructions.length, 0);
    return Buffer.concat([header, glyph.components, length, glyph.instructions]);
  }
  const endPts = Buffer.alloc(2 * glyph.endPts.length + 2);
  glyph.endPts.forEach((v, i) => endPts.writeUInt16BE(v, 2 * i));
  endPts.writeUInt16BE(glyph.instructions.length, 2 * glyph.endPts.length);
  const flags = [];
  const xs = [];
  const ys = [];
  let px = 0;
  let py = 0;
  // Short (one-byte) deltas where they fit, "same as before" for zero deltas: the usual compact form.
  const coordinate = (delta, shortBit, sameBit, out) => {
    if (delta === 0) return sameBit;
    if (Math.abs(delta) < 256) {
      out.push(Math.abs(delta));
      return shortBit | (delta > 0 ? sameBit : 0);
    }
    out.push((delta >> 8) & 0xff, delta & 0xff);
    return 0;
  };
  for (const pt of glyph.points) {
    let flag = pt.onCurve ? 0x01 : 0;
    flag |= coordinate(pt.x - px, 0x02, 0x10, xs);
    flag |= coordinate(pt.y - py, 0x04, 0x20, ys);
    flags.push(flag);
    px = pt.x;
    py = pt.y;
  }
  return Buffer.concat([
    header,
    endPts,
    glyph.instructions,
    Buffer.from(flags),
    Buffer.from(xs),
    Buffer.from(ys),
  ]);
}

/** Writes sfnt tables as a WOFF2 file, every table untransformed (glyf/loca with the null transform 3). */
function writeWoff2(flavor, tables) {
  const tags = [...tables.keys()].sort();
  const directory = [];
  const base128 = (value) => {
    const bytes = [value & 0x7f];
    for (let v = Math.floor(value / 128); v > 0; v = Math.floor(v / 128)) bytes.unshift((v & 0x7f) | 0x80);
    return bytes;
  };
  for (const tag of tags) {
    const known = KNOWN_TAGS.indexOf(tag);
    const version = tag === "glyf" || tag === "loca" ? 3 : 0;
    directory.push((version << 6) | (known >= 0 ? known : 63));
    if (known < 0) directory.push(...Buffer.from(tag, "latin1"));
    directory.push(...base128(tables.get(tag).length));
  }
  const stream = Buffer.concat(tags.map((tag) => tables.get(tag)));
  const compressed = zlib.brotliCompressSync(stream, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_FONT,
    },
  });
  const sfntSize =
    12 + 16 * tags.length + tags.reduce((sum, tag) => sum + ((tables.get(tag).length + 3) & ~3), 0);
  const headerAndDirectory = 48 + directory.length;
  const padded = (headerAndDirectory + compressed.length + 3) & ~3;
  const out = Buffer.alloc(padded);
  out.writeUInt32BE(0x774f4632, 0);
  out.writeUInt32BE(flavor, 4);
  out.writeUInt32BE(padded, 8);
  out.writeUInt16BE(tags.length, 12);
  out.writeUInt32BE(sfntSize, 16);
  out.writeUInt32BE(compressed.length, 20);
  out.writeUInt16BE(1, 24); // font version (major) of the WOFF2 file itself
  Buffer.from(directory).copy(out, 48);
  compressed.copy(out, headerAndDirectory);
  return out;
}

module.exports = {
  Reader,
  readWoff2,
  decodeTransformedGlyf,
  decodeGlyf,
  componentGlyphIds,
  remapComponents,
  encodeGlyph,
  writeWoff2,
};
