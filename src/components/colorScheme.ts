/**
 * The host's theme sets CSS variables, not the page's color scheme, so native controls (the date field's
 * calendar icon, scrollbars) stayed drawn for a light page on a dark theme: dark on dark. The frame follows
 * the theme's background instead, each time the SDK applies a theme.
 */

/** "dark" or "light" for a CSS rgb()/rgba() colour (or "r, g, b"), by its relative luminance. */
export function colorSchemeFor(background: string): "dark" | "light" | undefined {
  const m = /(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)/.exec(background);
  if (!m) return undefined;
  const linear = (c: number) => {
    const s = Math.min(Number(c), 255) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => linear(Number(c)));
  // Luminance 0.18 is mid-grey to the eye (L* 50).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18 ? "dark" : "light";
}

function applyColorScheme(doc: Document): void {
  const background = getComputedStyle(doc.documentElement).getPropertyValue("--background-color");
  const scheme = colorSchemeFor(background);
  if (scheme) doc.documentElement.style.setProperty("color-scheme", scheme);
}

/** Follows the host's theme from now on (the SDK dispatches "themeApplied" on the window). */
export function followThemeColorScheme(win: Window = window): void {
  win.addEventListener("themeApplied", () => applyColorScheme(win.document));
  applyColorScheme(win.document);
}
