/** Decodes PNGs (what scripts/make-icons.js and Chromium write) with pngjs, and measures their colours. */
import { PNG } from "pngjs";

export interface Png {
  width: number;
  height: number;
  /** RGBA, 8 bits a channel, row by row. */
  pixels: Buffer;
}

/** Any PNG, whatever its colour type or bit depth, as 8-bit RGBA; throws if the file is not a valid PNG. */
export function readPng(file: Buffer): Png {
  const { width, height, data } = PNG.sync.read(file);
  return { width, height, pixels: data };
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
