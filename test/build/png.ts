/** Reads 8-bit RGB and RGBA PNGs (what scripts/make-icons.js and Chromium write), for checks on images. */
import * as zlib from "zlib";

export interface Png {
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export const isPng = (file: Buffer) => file.subarray(0, 8).equals(SIGNATURE);

/** Width and height from the IHDR chunk, without decoding. */
export const pngSize = (file: Buffer) => ({ width: file.readUInt32BE(16), height: file.readUInt32BE(20) });

export function readPng(file: Buffer): Png {
  if (!isPng(file)) throw new Error("Not a PNG file.");
  const { width, height } = pngSize(file);
  const colorType = file[25];
  if (file[24] !== 8 || (colorType !== 2 && colorType !== 6) || file[28] !== 0)
    throw new Error("Only 8-bit RGB or RGBA, non-interlaced PNGs are read here.");
  const bpp = colorType === 6 ? 4 : 3;
  const data: Buffer[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString("ascii", at + 4, at + 8);
    if (type === "IDAT") data.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * bpp;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const at = y * stride;
    const up = at - stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= bpp ? rows[at + x - bpp] : 0;
      const above = y > 0 ? rows[up + x] : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = above;
      else if (filter === 3) predicted = (left + above) >> 1;
      else if (filter === 4) predicted = paeth(left, above, x >= bpp && y > 0 ? rows[up + x - bpp] : 0);
      else if (filter !== 0) throw new Error(`Unknown PNG filter ${filter}.`);
      rows[at + x] = (raw[src + x] + predicted) & 0xff;
    }
  }
  if (bpp === 4) return { width, height, pixels: rows };
  const pixels = Buffer.alloc(width * height * 4, 255);
  for (let i = 0; i < width * height; i++) rows.copy(pixels, i * 4, i * 3, i * 3 + 3);
  return { width, height, pixels };
}

function paeth(left: number, up: number, upLeft: number): number {
  const p = left + up - upLeft;
  const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
  return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
}

/** sRGB channel value (0-255) → linear light, once per value. */
const LINEAR = Array.from({ length: 256 }, (_, c) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
});

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: number[]): number {
  return 0.2126 * LINEAR[r] + 0.7152 * LINEAR[g] + 0.0722 * LINEAR[b];
}

/** Mean relative luminance of an image: how light or dark it looks overall. */
export function meanLuminance({ pixels }: Png): number {
  let sum = 0;
  for (let i = 0; i < pixels.length; i += 4)
    sum += 0.2126 * LINEAR[pixels[i]] + 0.7152 * LINEAR[pixels[i + 1]] + 0.0722 * LINEAR[pixels[i + 2]];
  return sum / (pixels.length / 4);
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
