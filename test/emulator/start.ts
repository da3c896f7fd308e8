/**
 * `npm start`: builds the extension when needed (no dist/web, or anything under src/ newer than it),
 * always rewrites the merged manifest, then serves the emulator on PORT (default 3000) until stopped.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

import { startEmulator } from "./server";

const ROOT = path.resolve(__dirname, "../..");

/** Newest modification time of any file below `dir` (0 when it does not exist). */
function newest(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let latest = fs.statSync(dir).mtimeMs;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

/** Oldest file of the build output: the build is stale if any source is newer than this. */
function oldest(dir: string): number {
  let earliest = Infinity;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    earliest = Math.min(earliest, entry.isDirectory() ? oldest(full) : fs.statSync(full).mtimeMs);
  }
  return earliest;
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: ROOT, stdio: "inherit" });
}

async function main(): Promise<void> {
  const web = path.join(ROOT, "dist", "web");
  const stale = !fs.existsSync(web) || newest(path.join(ROOT, "src")) > oldest(web);
  if (stale) {
    console.log("Building the extension (npx webpack --mode production)…");
    run("npx", ["webpack", "--mode", "production"]);
  }
  run("node", ["scripts/manifest.js"]);

  const port = Number(process.env.PORT ?? 3000);
  const emulator = await startEmulator({ port });
  console.log(`User Management Desk emulator: ${emulator.url}/`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
