/** The Marketplace screenshots `npm run screenshots` writes: one file per view and theme, fixed names. */
import { type ThemeName } from "../emulator/host/theme";

export const SHOTS = [
  "request-before",
  "request-after",
  "notify-client",
  "task",
  "client-view",
  "hub",
  "new-request",
  "settings",
] as const;
export type ShotName = (typeof SHOTS)[number];

export const shotFile = (name: ShotName, theme: ThemeName) => `${name}-${theme}.png`;

/**
 * The hub at the widths people's windows have (a small laptop, a common desktop, a full HD screen), for the
 * README: how the columns share the width. Not packaged; the Marketplace takes 1366×768 only.
 */
export const HUB_WIDTHS = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

export const hubWidthFile = (width: number, theme: ThemeName) => `hub-${width}-${theme}.png`;
