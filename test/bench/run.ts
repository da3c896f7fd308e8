/**
 * `npm run bench` (after `npm run build`): the production bundles in the emulator in headless Chromium.
 * Prints one table of medians and writes it, with every run's figures, to bench-results.json; exits 1
 * when a budget of issue #10 is missed, listing them. See README "Benchmarks" for what each figure means.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

import { type RunningEmulator, startEmulator } from "../emulator/server";
import { checkBudgets, LARGE_DESK, LARGE_DESK_CLOSED_SHARE, missedBudgets } from "./budgets";
import { countRequests, hubPath, measureHub } from "./hub";
import { parseOptions, SCALE_THRESHOLD } from "./options";
import {
  type LoadResult,
  measureOpened,
  measurePage,
  measurePanel,
  REQUEST_PANEL,
  TASK_PANEL,
  workItemPath,
} from "./panels";
import { formatTable, tableRows } from "./report";
import { routineByHand, routineWithExtension } from "./routine";
import { launch } from "./session";
import { medians, type Sample } from "./stats";

const ROOT = path.resolve(__dirname, "../..");

function gitCommit(): string | undefined {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const started = Date.now();
  const log = (text: string) =>
    console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}`);

  const base = await startEmulator({ port: 0, quiet: true });
  const seeded = await countRequests(base);
  const hubs: { size: number; emulator: RunningEmulator }[] = [];
  const browser = await launch();
  const samples: Sample[] = [];
  const details: Record<string, unknown> = {};
  try {
    for (const size of options.hubSizes) {
      log(`seeding an emulator with ${size} requests`);
      hubs.push({
        size,
        emulator: await startEmulator({
          port: 0,
          quiet: true,
          seedSize: Math.max(0, size - seeded),
          seedClosedShare: size >= LARGE_DESK ? LARGE_DESK_CLOSED_SHARE : undefined,
        }),
      });
    }
    for (let run = 1; run <= options.runs; run++) {
      const sample: Sample = {};
      const take = (
        name: string,
        result: LoadResult | { figures: Sample; details: Record<string, unknown> },
      ) => {
        Object.assign(sample, result.figures);
        details[name] = result.details; // the last run's lists of files and calls
      };
      const step = async (name: string, work: () => Promise<LoadResult>) => {
        log(`run ${run}/${options.runs}: ${name}`);
        take(name, await work());
      };
      await step("request panel", () =>
        measurePanel(browser, base, "requestPanel", "holly", 1, REQUEST_PANEL),
      );
      await step("task panel", () => measurePanel(browser, base, "taskPanel", "remi", 4, TASK_PANEL));
      await step("settings hub", () =>
        measurePage(browser, base, "settingsHub", hubPath("settings-hub"), "settings-hub"),
      );
      await step("notify-client dialog", () =>
        measureOpened(
          browser,
          base,
          "notifyDialog",
          workItemPath(2),
          { contribution: "work-item-panel", button: "Notify client" },
          "notify-client-dialog",
        ),
      );
      await step("new-request panel", () =>
        measureOpened(
          browser,
          base,
          "newRequestPanel",
          hubPath(),
          { contribution: "queue-hub", button: "New request" },
          "new-request-panel",
        ),
      );
      for (const [i, hub] of hubs.entries())
        if (hub.size <= SCALE_THRESHOLD || run <= options.scaleRuns)
          await step(`hub with ${hub.size} requests`, () =>
            measureHub(browser, hub.emulator, hub.size, i === 0),
          );
      await step("routine with the extension", () => routineWithExtension(browser, base));
      await step("routine by hand", () => routineByHand(browser, base));
      samples.push(sample);
    }
  } finally {
    await browser.close();
    await Promise.all([base, ...hubs.map((h) => h.emulator)].map((e) => e.close()));
  }

  const figures = medians(samples);
  const budgets = checkBudgets(figures);
  const rows = tableRows(figures, budgets, {
    runs: options.runs,
    of: (size) => (size > SCALE_THRESHOLD ? Math.min(options.scaleRuns, options.runs) : options.runs),
  });
  const table = formatTable(rows);
  const missed = missedBudgets(budgets);
  const results = {
    generatedAt: new Date().toISOString(),
    commit: gitCommit(),
    runs: options.runs,
    hubSizes: options.hubSizes,
    scaleRuns: options.scaleRuns,
    chromium: browser.version(),
    medians: figures,
    budgets: budgets.map((b) => ({ ...b.budget, value: b.value, ok: b.ok })),
    table: rows,
    samples,
    details,
  };
  const out = path.resolve(ROOT, options.out);
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
  console.log(
    `\nMedians of ${options.runs} run${options.runs === 1 ? "" : "s"} (commit ${results.commit ?? "unknown"}):\n`,
  );
  console.log(table);
  console.log(`\nWrote ${path.relative(ROOT, out) || out}.`);
  if (missed.length) {
    console.log(
      `\n${missed.length} budget${missed.length === 1 ? "" : "s"} missed:\n${missed.map((m) => `  - ${m}`).join("\n")}`,
    );
    return 1;
  }
  console.log("\nEvery budget holds.");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`The benchmark failed: ${e.stack ?? e.message}`);
    process.exit(2);
  },
);
