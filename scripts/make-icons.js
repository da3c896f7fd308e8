// Draws the extension and hub icons as PNGs from simple shapes (supersampled for smooth edges), so the
// images are reproducible from source: `node scripts/make-icons.js` writes static/images/ (a test checks the
// committed files are exactly what this draws; `node scripts/make-icons.js <dir>` writes elsewhere).
const fs = require("fs");
const path = require("path");
const { PNG } = require("pngjs");

/** A size×size RGBA PNG of `pixel(x, y)` (x, y in 0..1), each pixel the mean of 4×4 samples. */
function png(size, pixel) {
  const ss = 4;
  const image = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const [r, g, b, a] = pixel((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          acc[0] += r * a;
          acc[1] += g * a;
          acc[2] += b * a;
          acc[3] += a;
        }
      // Colour weighted by coverage, so edges do not darken towards the transparent black outside.
      const o = (y * size + x) * 4;
      image.data[o] = acc[3] ? Math.round(acc[0] / acc[3]) : 0;
      image.data[o + 1] = acc[3] ? Math.round(acc[1] / acc[3]) : 0;
      image.data[o + 2] = acc[3] ? Math.round(acc[2] / acc[3]) : 0;
      image.data[o + 3] = Math.round(acc[3] / (ss * ss));
    }
  // No row filters and zlib's default strategy: for these flat shapes the smallest files (pngjs's adaptive
  // filters and run-length strategy made them 15-50% larger).
  return PNG.sync.write(image, { colorType: 6, filterType: 0, deflateLevel: 9, deflateStrategy: 0 });
}

const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const nearSegment = (x, y, ax, ay, bx, by, w) => {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= w * w;
};

// A person (head and shoulders) with a check badge: a user's request handled. The badge is cut out of the
// person with a ring of background, so the two shapes stay apart even at 16 pixels.
const BADGE = { cx: 0.7, cy: 0.7, r: 0.2, ring: 0.06 };
function person(x, y) {
  const head = inCircle(x, y, 0.4, 0.33, 0.155);
  const body = inCircle(x, y, 0.4, 0.88, 0.3) && y < 0.82;
  return head || body;
}
function badge(x, y) {
  return inCircle(x, y, BADGE.cx, BADGE.cy, BADGE.r);
}
function badgeRing(x, y) {
  return inCircle(x, y, BADGE.cx, BADGE.cy, BADGE.r + BADGE.ring);
}
function check(x, y, w) {
  return nearSegment(x, y, 0.615, 0.705, 0.68, 0.77, w) || nearSegment(x, y, 0.68, 0.77, 0.79, 0.635, w);
}

const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t));
// A mid blue, so the tile's edge has at least 3:1 contrast on a white page and on Azure DevOps' dark
// theme (#1e1e1e) alike (relative luminance between 0.14 and 0.3), and white on it stays legible.
const TILE_TOP = [44, 134, 214, 255];
const TILE_BOTTOM = [24, 110, 186, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [16, 124, 16, 255];
const NONE = [0, 0, 0, 0];

const extensionIcon = (x, y) => {
  if (!inRoundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18)) return NONE;
  const tile = mix(TILE_TOP, TILE_BOTTOM, y);
  if (badge(x, y)) return check(x, y, 0.028) ? WHITE : GREEN;
  if (badgeRing(x, y)) return tile;
  if (person(x, y)) return WHITE;
  return tile;
};
// Hub icons are one colour on a transparent ground, like Azure DevOps' own navigation icons: dark ink for
// the light theme, white for the dark theme. The check is cut out of the badge.
const hubIcon = (ink) => (x, y) => {
  if (badge(x, y)) return check(x, y, 0.045) ? NONE : ink;
  if (badgeRing(x, y)) return NONE;
  if (person(x, y)) return ink;
  return NONE;
};

const out = process.argv[2] ? path.resolve(process.argv[2]) : path.join(__dirname, "..", "static", "images");
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, "icon-128.png"), png(128, extensionIcon));
fs.writeFileSync(path.join(out, "hub-light.png"), png(32, hubIcon([50, 49, 48, 255])));
fs.writeFileSync(path.join(out, "hub-dark.png"), png(32, hubIcon([255, 255, 255, 255])));
console.log(`Wrote icon-128.png, hub-light.png, hub-dark.png in ${path.relative(process.cwd(), out) || "."}`);
