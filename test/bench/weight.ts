/**
 * Weight of a contribution's first load: the bytes Chromium transferred for its document, scripts,
 * stylesheets, fonts and images (what its frame requested from the extension's origin), and what a
 * gzip-compressing server would send. The emulator serves files uncompressed, so the gzip figure is
 * computed from the same files (zlib, default level); fonts and images count at their size, as servers
 * do not compress WOFF2 or PNG again.
 */
import * as fs from "fs";
import * as path from "path";
import type { Frame } from "playwright-core";
import * as zlib from "zlib";

import type { RecordedRequest } from "./session";

const ROOT = path.resolve(__dirname, "../..");
const KINDS: Record<string, string> = {
  document: "html",
  script: "js",
  stylesheet: "css",
  font: "font",
  image: "image",
};

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number | undefined {
  if (!gzipCache.has(file)) {
    if (!fs.existsSync(file)) return undefined;
    gzipCache.set(file, zlib.gzipSync(fs.readFileSync(file)).length);
  }
  return gzipCache.get(file);
}

export interface Weight {
  raw: number;
  gzip: number;
  /** Raw bytes by kind: html, js, css, font, image. */
  byKind: Record<string, number>;
  /** Font files downloaded (paths below the extension root). */
  fonts: string[];
  files: { path: string; bytes: number; gzip: number }[];
}

export function weightOf(requests: RecordedRequest[], owner: string, extensionUrl: string): Weight {
  const weight: Weight = {
    raw: 0,
    gzip: 0,
    byKind: { html: 0, js: 0, css: 0, font: 0, image: 0 },
    fonts: [],
    files: [],
  };
  for (const r of requests) {
    const kind = KINDS[r.resourceType];
    if (r.by !== owner || !kind || !r.url.startsWith(extensionUrl) || r.failed) continue;
    const rel = decodeURIComponent(new URL(r.url).pathname).replace(/^\/+/, "");
    const compressible = kind === "html" || kind === "js" || kind === "css";
    const gzip = compressible ? (gzipSize(path.join(ROOT, rel)) ?? r.bodyBytes) : r.bodyBytes;
    weight.raw += r.bodyBytes;
    weight.gzip += gzip;
    weight.byKind[kind] += r.bodyBytes;
    if (kind === "font") weight.fonts.push(rel);
    weight.files.push({ path: rel, bytes: r.bodyBytes, gzip });
  }
  return weight;
}

/** Font file (path below the extension root) → the family its @font-face gives it, from the built CSS. */
export function fontFamilies(): Map<string, string> {
  const cssDir = path.join(ROOT, "dist", "web", "css");
  const families = new Map<string, string>();
  for (const file of fs.readdirSync(cssDir).filter((f) => f.endsWith(".css"))) {
    const css = fs.readFileSync(path.join(cssDir, file), "utf8");
    for (const face of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const family = /font-family:\s*["']?([^;"']+)["']?/.exec(face[1])?.[1].trim();
      for (const url of face[1].matchAll(/url\(["']?([^)"']+)["']?\)/g)) {
        const resolved = path.posix.join("dist/web/css", url[1]);
        if (family) families.set(resolved, family);
      }
    }
  }
  return families;
}

/**
 * Font families the frame shows text or an icon in right now: elements with text of their own and
 * ::before/::after content. A string for evaluate, so the compiled bench adds nothing to it.
 */
const SHOWN_FAMILIES = `(() => {
  const shown = new Set();
  for (const el of document.querySelectorAll("*")) {
    for (const pseudo of [null, "::before", "::after"]) {
      const style = getComputedStyle(el, pseudo);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const hasText = pseudo
        ? !["none", "normal", '""', "''"].includes(style.content)
        : Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim() !== "");
      if (!hasText) continue;
      for (const family of style.fontFamily.split(",")) shown.add(family.trim().replace(/^["']|["']$/g, ""));
    }
  }
  return Array.from(shown);
})()`;

/** Downloaded fonts whose family the frame does not display. */
export async function undisplayedFonts(frame: Frame, weight: Weight): Promise<string[]> {
  if (!weight.fonts.length) return [];
  const families = fontFamilies();
  const shown = new Set((await frame.evaluate(SHOWN_FAMILIES)) as string[]);
  return weight.fonts.filter((font) => !shown.has(families.get(font) ?? ""));
}
