/**
 * The queue hub at scale: an emulator seeded with extra requests, the hub opened as the coordinator in a
 * fresh context. Time from its iframe's creation to the first rows shown and to the full stage counts
 * (no "Loaded x of y requests…" left), the hub frame's JS heap after a garbage collection, its REST calls,
 * and (at the smallest size) its weight. When the counts take longer than countsLimitMs the figures say
 * so (countsGaveUpMs) and the heap and calls are those of that moment.
 */
import type { Browser, BrowserContext, Frame } from "playwright-core";

import { loadManifest, type RunningEmulator } from "../emulator/server";
import { wiqlIds } from "../emulator/wiqlOverRest";
import { type LoadResult, weightFigures } from "./panels";
import { frameOf, openAs, openContext, probeOf, restBy, waitForProbe, waitQuiet } from "./session";
import { undisplayedFonts, weightOf } from "./weight";

/** Host page of one of our hub contributions in Client Services. */
export function hubPath(contribution = "queue-hub"): string {
  const manifest = loadManifest();
  const area = contribution === "settings-hub" ? "_settings" : "_apps/hub";
  return `/fabrikam/Client%20Services/${area}/${manifest.publisher}.${manifest.id}.${contribution}`;
}

/** Requests of the intake type in Client Services (what the hub lists), read over REST as Holly. */
export async function countRequests(emulator: RunningEmulator): Promise<number> {
  const ids = await wiqlIds(
    emulator,
    "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.WorkItemType] = 'User Request'",
  );
  return ids.length;
}

/** The frame's used JS heap after a GC, through CDP on the frame's own target (it is cross-origin). */
async function heapOf(frame: Frame, context: BrowserContext): Promise<number> {
  try {
    const cdp = await context.newCDPSession(frame);
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    await cdp.detach();
    return usedSize;
  } catch {
    // Same-process frame: performance.memory is coarser but still the frame's heap.
    return (await frame.evaluate("performance.memory ? performance.memory.usedJSHeapSize : NaN")) as number;
  }
}

/** How long the bench waits for the full counts: two minutes, or 30 ms a request at scale (10 min at 20,000). */
export const countsLimitMs = (size: number): number => Math.max(120_000, size * 30);

export async function measureHub(
  browser: Browser,
  emulator: RunningEmulator,
  size: number,
  weigh: boolean,
): Promise<LoadResult> {
  const m = await openContext(browser, emulator);
  try {
    await openAs(m, emulator, "holly", hubPath());
    const frame = await frameOf(m.page, "queue-hub");
    // The first rows must come; the full counts may take minutes at scale, and the bench waits only so long.
    const firstRows = await waitForProbe(frame, (p) => p.firstRowAt !== undefined, `the hub's first rows`);
    const limit = countsLimitMs(size);
    const probe = await waitForProbe(frame, (p) => p.countsAt !== undefined, "the hub's counts", limit).catch(
      () => firstRows,
    );
    const created = (await probeOf(m.page)).iframes.find((f) => f.id === "queue-hub")!.at;
    const closed =
      probe.countsAt !== undefined
        ? await waitForProbe(frame, (p) => p.closedAt !== undefined, "the closed count", limit).catch(
            () => undefined,
          )
        : undefined;
    if (probe.countsAt !== undefined) await waitQuiet(m, "queue-hub");
    const figures: LoadResult["figures"] = {
      [`hub.${size}.firstRows`]: firstRows.firstRowAt! - created,
      [`hub.${size}.heap`]: await heapOf(frame, m.context),
      [`hub.${size}.calls`]: restBy(m, emulator, "queue-hub").length,
    };
    if (probe.countsAt !== undefined) figures[`hub.${size}.fullCounts`] = probe.countsAt - created;
    if (closed?.closedAt !== undefined) figures[`hub.${size}.closedCounted`] = closed.closedAt - created;
    else figures[`hub.${size}.countsGaveUpMs`] = limit;
    const details: LoadResult["details"] = {};
    if (weigh) {
      const weight = weightOf(m.requests, "queue-hub", emulator.extensionUrl);
      const undisplayed = await undisplayedFonts(frame, weight);
      Object.assign(figures, weightFigures("hub", weight, undisplayed));
      details.files = weight.files;
      details.undisplayedFonts = undisplayed;
    }
    return { figures, details };
  } finally {
    await m.close();
  }
}
