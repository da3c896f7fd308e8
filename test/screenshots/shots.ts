/** The Marketplace screenshots `npm run screenshots` writes: one file per view and theme, fixed names. */
import { type ThemeName } from "../emulator/host/theme";

export const SHOTS = ["request-before", "request-after", "task", "hub", "new-request", "settings"] as const;
export type ShotName = (typeof SHOTS)[number];

export const shotFile = (name: ShotName, theme: ThemeName) => `${name}-${theme}.png`;
