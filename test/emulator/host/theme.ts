/**
 * Light, dark and high-contrast themes as Azure DevOps sends them: azure-devops-ui CSS variable names, palette entries as
 * "r, g, b" triples (the library writes `rgba(var(--palette-neutral-8), 1)`), the rest as full colors.
 * The host page styles itself with the same variables, so host and extension always match.
 */
export type ThemeName = "light" | "dark" | "high-contrast";

export const THEMES: readonly ThemeName[] = ["light", "dark", "high-contrast"];

/** The theme a page address asks for (`?theme=dark`, `?theme=high-contrast`), light otherwise. */
export const themeFromParam = (value: string | null | undefined): ThemeName =>
  THEMES.includes(value as ThemeName) ? (value as ThemeName) : "light";

/** Whether the theme draws light text on a dark background (the page's color-scheme). */
export const isDarkTheme = (theme: ThemeName) => theme !== "light";

const primary = {
  "palette-primary": "0, 120, 212",
  "palette-primary-shade-30": "0, 69, 120",
  "palette-primary-shade-20": "0, 90, 158",
  "palette-primary-shade-10": "16, 110, 190",
  "palette-primary-darkened-6": "0, 103, 181",
  "palette-primary-darkened-10": "0, 91, 161",
};

const LIGHT: Record<string, string> = {
  ...primary,
  "palette-primary-tint-10": "43, 136, 216",
  "palette-primary-tint-20": "199, 224, 244",
  "palette-primary-tint-30": "222, 236, 249",
  "palette-primary-tint-40": "239, 246, 252",
  "palette-neutral-100": "0, 0, 0",
  "palette-neutral-80": "51, 51, 51",
  "palette-neutral-70": "76, 76, 76",
  "palette-neutral-60": "102, 102, 102",
  "palette-neutral-30": "166, 166, 166",
  "palette-neutral-20": "200, 200, 200",
  "palette-neutral-10": "218, 218, 218",
  "palette-neutral-8": "234, 234, 234",
  "palette-neutral-6": "239, 239, 239",
  "palette-neutral-4": "244, 244, 244",
  "palette-neutral-2": "248, 248, 248",
  "palette-neutral-0": "255, 255, 255",
  "palette-error": "205, 74, 69",
  "palette-accent3": "0, 120, 212",
  "background-color": "rgba(255, 255, 255, 1)",
  "communication-foreground": "rgba(0, 90, 158, 1)",
  "communication-background": "rgba(0, 120, 212, 1)",
  "text-on-communication-background": "rgba(255, 255, 255, 1)",
  "focus-border-color": "rgba(0, 120, 212, 1)",
  "text-primary-color": "rgba(0, 0, 0, .9)",
  "text-secondary-color": "rgba(0, 0, 0, .55)",
  "text-disabled-color": "rgba(0, 0, 0, .38)",
  "callout-background-color": "rgba(255, 255, 255, 1)",
  "callout-shadow-color": "rgba(0, 0, 0, .132)",
  "callout-shadow-secondary-color": "rgba(0, 0, 0, .108)",
  "panel-shadow-color": "rgba(0, 0, 0, .22)",
  "panel-shadow-secondary-color": "rgba(0, 0, 0, .18)",
  "status-info-foreground": "rgba(0, 120, 212, 1)",
  "status-error-foreground": "rgba(205, 74, 69, 1)",
  "status-error-background": "rgba(250, 235, 235, 1)",
  "status-error-text": "rgba(205, 74, 69, 1)",
  "status-success-foreground": "rgba(85, 163, 98, 1)",
  "status-success-background": "rgba(222, 236, 222, 1)",
  "status-warning-foreground": "rgba(214, 127, 60, 1)",
  "status-warning-background": "rgba(251, 242, 236, 1)",
  "status-warning-text": "rgba(177, 133, 37, 1)",
};

const DARK: Record<string, string> = {
  ...primary,
  "palette-primary-tint-10": "47, 103, 149",
  "palette-primary-tint-20": "26, 58, 87",
  "palette-primary-tint-30": "22, 44, 64",
  "palette-primary-tint-40": "20, 34, 48",
  "palette-neutral-100": "255, 255, 255",
  "palette-neutral-80": "220, 220, 220",
  "palette-neutral-70": "190, 190, 190",
  "palette-neutral-60": "160, 160, 160",
  "palette-neutral-30": "110, 110, 110",
  "palette-neutral-20": "80, 80, 80",
  "palette-neutral-10": "64, 64, 64",
  "palette-neutral-8": "56, 56, 56",
  "palette-neutral-6": "50, 50, 50",
  "palette-neutral-4": "44, 44, 44",
  "palette-neutral-2": "38, 38, 38",
  "palette-neutral-0": "30, 30, 30",
  "palette-error": "241, 112, 123",
  "palette-accent3": "55, 141, 214",
  "background-color": "rgba(30, 30, 30, 1)",
  "communication-foreground": "rgba(85, 163, 226, 1)",
  "communication-background": "rgba(0, 120, 212, 1)",
  "text-on-communication-background": "rgba(255, 255, 255, 1)",
  "focus-border-color": "rgba(85, 163, 226, 1)",
  "text-primary-color": "rgba(255, 255, 255, .9)",
  "text-secondary-color": "rgba(255, 255, 255, .6)",
  "text-disabled-color": "rgba(255, 255, 255, .38)",
  "callout-background-color": "rgba(45, 45, 45, 1)",
  "callout-shadow-color": "rgba(0, 0, 0, .4)",
  "callout-shadow-secondary-color": "rgba(0, 0, 0, .3)",
  "panel-shadow-color": "rgba(0, 0, 0, .5)",
  "panel-shadow-secondary-color": "rgba(0, 0, 0, .4)",
  "status-info-foreground": "rgba(85, 163, 226, 1)",
  "status-error-foreground": "rgba(241, 112, 123, 1)",
  "status-error-background": "rgba(68, 39, 38, 1)",
  "status-error-text": "rgba(241, 112, 123, 1)",
  "status-success-foreground": "rgba(84, 176, 99, 1)",
  "status-success-background": "rgba(57, 61, 27, 1)",
  "status-warning-foreground": "rgba(227, 151, 84, 1)",
  "status-warning-background": "rgba(67, 53, 25, 1)",
  "status-warning-text": "rgba(245, 190, 100, 1)",
};

/**
 * Azure DevOps' "High contrast" theme (ms.vss-web.vsts-theme-hc-dark) follows Windows' High Contrast Black:
 * white text on black, yellow links, cyan focus, and every border drawn at full strength, so the neutral
 * palette is white where the other themes have faint greys.
 */
const HIGH_CONTRAST: Record<string, string> = {
  ...DARK,
  "palette-primary": "26, 235, 255",
  "palette-primary-shade-30": "26, 235, 255",
  "palette-primary-shade-20": "26, 235, 255",
  "palette-primary-shade-10": "26, 235, 255",
  "palette-primary-darkened-6": "26, 235, 255",
  "palette-primary-darkened-10": "26, 235, 255",
  "palette-primary-tint-10": "26, 235, 255",
  "palette-primary-tint-20": "0, 0, 0",
  "palette-primary-tint-30": "0, 0, 0",
  "palette-primary-tint-40": "0, 0, 0",
  "palette-neutral-100": "255, 255, 255",
  "palette-neutral-80": "255, 255, 255",
  "palette-neutral-70": "255, 255, 255",
  "palette-neutral-60": "255, 255, 255",
  "palette-neutral-30": "255, 255, 255",
  "palette-neutral-20": "255, 255, 255",
  "palette-neutral-10": "255, 255, 255",
  "palette-neutral-8": "255, 255, 255",
  "palette-neutral-6": "0, 0, 0",
  "palette-neutral-4": "0, 0, 0",
  "palette-neutral-2": "0, 0, 0",
  "palette-neutral-0": "0, 0, 0",
  "palette-error": "255, 128, 128",
  "palette-accent3": "26, 235, 255",
  "background-color": "rgba(0, 0, 0, 1)",
  "communication-foreground": "rgba(255, 255, 0, 1)",
  "communication-background": "rgba(26, 235, 255, 1)",
  "text-on-communication-background": "rgba(0, 0, 0, 1)",
  "focus-border-color": "rgba(26, 235, 255, 1)",
  "text-primary-color": "rgba(255, 255, 255, 1)",
  "text-secondary-color": "rgba(255, 255, 255, 1)",
  "text-disabled-color": "rgba(63, 242, 63, 1)",
  "callout-background-color": "rgba(0, 0, 0, 1)",
  "status-info-foreground": "rgba(26, 235, 255, 1)",
  "status-error-foreground": "rgba(255, 128, 128, 1)",
  "status-error-background": "rgba(0, 0, 0, 1)",
  "status-error-text": "rgba(255, 128, 128, 1)",
  "status-success-foreground": "rgba(63, 242, 63, 1)",
  "status-success-background": "rgba(0, 0, 0, 1)",
  "status-warning-foreground": "rgba(255, 255, 0, 1)",
  "status-warning-background": "rgba(0, 0, 0, 1)",
  "status-warning-text": "rgba(255, 255, 0, 1)",
};

/**
 * What every Azure DevOps theme also defines in terms of its palette, so each theme gets its own shade:
 * azure-devops-ui draws table row lines, hover and selection, placeholders, tags and menus with these, and
 * falls back to light-theme colours (pale lines, black ink at 60 %) where a host leaves one out. The
 * "black" alphas are the theme's ink (neutral-100): black in light, white in dark.
 */
const FROM_PALETTE: Record<string, string> = {
  ...Object.fromEntries(
    [0, 2, 4, 6, 8, 10, 20, 30, 60, 70, 80, 100].map((a) => [
      `palette-black-alpha-${a}`,
      `rgba(var(--palette-neutral-100), ${a / 100})`,
    ]),
  ),
  "border-subtle-color": "rgba(var(--palette-neutral-100), .08)",
  "callout-filtered-background-color": "rgba(var(--palette-neutral-0), 0.86)",
  "focus-pulse-max-color": "rgba(var(--palette-primary), 0.35)",
  "focus-pulse-min-color": "rgba(var(--palette-primary), 0.15)",
  "component-label-default-color": "rgba(var(--palette-neutral-6), 1)",
  "component-label-default-color-hover": "rgba(var(--palette-neutral-10), 1)",
  "component-grid-row-hover-color": "rgba(var(--palette-neutral-2), 1)",
  "component-grid-selected-row-color": "rgba(var(--palette-primary-tint-30), 1)",
  "component-grid-focus-border-color": "rgba(var(--palette-primary), 1)",
  "component-grid-link-selected-row-color": "rgba(var(--palette-primary-shade-10), 1)",
  "component-grid-link-hover-color": "rgba(var(--palette-primary-shade-20), 1)",
  "component-grid-action-hover-color": "rgba(var(--palette-neutral-8), 1)",
  "component-grid-action-selected-cell-hover-color": "rgba(var(--palette-primary-tint-30), 1)",
  "component-grid-cell-bottom-border-color": "rgba(var(--palette-neutral-8), 1)",
  "component-grid-drag-source-color": "rgba(var(--palette-neutral-0), 0.40)",
};

const DATA: Record<ThemeName, Record<string, string>> = {
  light: { ...FROM_PALETTE, ...LIGHT },
  dark: { ...FROM_PALETTE, ...DARK },
  "high-contrast": { ...FROM_PALETTE, ...HIGH_CONTRAST },
};

export function themeData(theme: ThemeName): Record<string, string> {
  return { ...DATA[theme] };
}

/** The theme id Azure DevOps puts in pageContext.globalization.theme. */
export const themeId = (theme: ThemeName) =>
  ({
    light: "ms.vss-web.vsts-theme",
    dark: "ms.vss-web.vsts-theme-dark",
    "high-contrast": "ms.vss-web.vsts-theme-hc-dark",
  })[theme];

/** Applies the variables to the host page itself. */
export function applyHostTheme(theme: ThemeName): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  for (const [name, value] of Object.entries(themeData(theme))) root.style.setProperty(`--${name}`, value);
  document.body.style.background = "";
  document.documentElement.style.background = "var(--background-color)";
}
