/**
 * First loads of the contributions one at a time, each in a fresh browser context: weight, and for the
 * work item panel its time to interactive (iframe created → its actions enabled) and the REST calls it
 * made before and after that moment.
 */
import type { Browser, Frame } from "playwright-core";

import type { RunningEmulator } from "../emulator/server";
import type { ReadyExpectation } from "./probes";
import {
  describeCall,
  frameOf,
  type Measured,
  openAs,
  openContext,
  probeOf,
  restBy,
  waitForProbe,
  waitQuiet,
} from "./session";
import type { Sample } from "./stats";
import { undisplayedFonts, type Weight, weightOf } from "./weight";

export const CLIENT_SERVICES = "/fabrikam/Client%20Services";
export const workItemPath = (id: number) => `${CLIENT_SERVICES}/_workitems/edit/${id}`;

/** Request 1 (Dana's invitation, Submitted): every request action shown, Acknowledge enabled. */
export const REQUEST_PANEL: ReadyExpectation = {
  present: ["Acknowledge", "Create staff task", "Notify client", "Close request"],
  enabled: ["Acknowledge"],
};
/** Task 4 (In progress): Complete task waits for an account change; Add account change is enabled. */
export const TASK_PANEL: ReadyExpectation = {
  present: ["Add account change", "Complete task"],
  enabled: ["Add account change"],
};

export interface LoadResult {
  figures: Sample;
  details: Record<string, unknown>;
}

export function weightFigures(key: string, weight: Weight, undisplayed: string[]): Sample {
  return {
    [`weight.${key}.raw`]: weight.raw,
    [`weight.${key}.gzip`]: weight.gzip,
    [`weight.${key}.js`]: weight.byKind.js,
    [`weight.${key}.css`]: weight.byKind.css,
    [`weight.${key}.font`]: weight.byKind.font,
    [`weight.${key}.undisplayedFonts`]: undisplayed.length,
  };
}

async function weigh(
  m: Measured,
  emulator: RunningEmulator,
  key: string,
  owner: string,
  frame: Frame,
): Promise<LoadResult> {
  await waitQuiet(m, owner);
  const weight = weightOf(m.requests, owner, emulator.extensionUrl);
  const undisplayed = await undisplayedFonts(frame, weight);
  return {
    figures: weightFigures(key, weight, undisplayed),
    details: { files: weight.files, undisplayedFonts: undisplayed },
  };
}

/** The work item panel on one work item: weight, time to interactive and its load's REST calls. */
export async function measurePanel(
  browser: Browser,
  emulator: RunningEmulator,
  key: "requestPanel" | "taskPanel",
  user: string,
  id: number,
  expect: ReadyExpectation,
): Promise<LoadResult> {
  emulator.api.reset();
  const m = await openContext(browser, emulator, expect);
  try {
    await openAs(m, emulator, user, workItemPath(id));
    const frame = await frameOf(m.page, "work-item-panel");
    const probe = await waitForProbe(
      frame,
      (p) => p.readyAt !== undefined,
      `the ${key} to enable its actions`,
    );
    const created = (await probeOf(m.page)).iframes.find((f) => f.id === "work-item-panel")!.at;
    const result = await weigh(m, emulator, key, "work-item-panel", frame);
    const calls = restBy(m, emulator, "work-item-panel");
    const before = calls.filter((r) => r.startedAt < probe.readyAt!);
    result.figures[`load.${key}.tti`] = probe.readyAt! - created;
    result.figures[`load.${key}.callsBeforeReady`] = before.length;
    result.figures[`load.${key}.calls`] = calls.length;
    result.details.callsBeforeReady = before.map(describeCall);
    result.details.callsAfterReady = calls.slice(before.length).map(describeCall);
    return result;
  } finally {
    await m.close();
  }
}

/** Weight of a contribution page (hub or settings) on its first load. */
export async function measurePage(
  browser: Browser,
  emulator: RunningEmulator,
  key: string,
  path: string,
  contribution: string,
): Promise<LoadResult> {
  const m = await openContext(browser, emulator);
  try {
    await openAs(m, emulator, "holly", path);
    const frame = await frameOf(m.page, contribution);
    return await weigh(m, emulator, key, contribution, frame);
  } finally {
    await m.close();
  }
}

/**
 * Weight of a contribution another one opens (a dialog or panel): the opener loads first, then a click
 * opens it; only what the opened frame transferred counts.
 */
export async function measureOpened(
  browser: Browser,
  emulator: RunningEmulator,
  key: string,
  path: string,
  opener: { contribution: string; button: string },
  contribution: string,
): Promise<LoadResult> {
  emulator.api.reset();
  const m = await openContext(browser, emulator);
  try {
    await openAs(m, emulator, "holly", path);
    const openerFrame = await frameOf(m.page, opener.contribution);
    await openerFrame.getByRole("button", { name: opener.button, exact: true }).first().click();
    const frame = await frameOf(m.page, contribution);
    return await weigh(m, emulator, key, contribution, frame);
  } finally {
    await m.close();
  }
}
