/**
 * Builds the extension when the bundles are stale (no dist/web, or anything under src/ newer than its
 * oldest file) and always rewrites the merged manifest: what `npm start` and `npm run screenshots` need
 * before they serve the real bundles.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

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

export function ensureBuilt(): void {
  const web = path.join(ROOT, "dist", "web");
  const stale = !fs.existsSync(web) || newest(path.join(ROOT, "src")) > oldest(web);
  if (stale) {
    console.log("Building the extension (npx webpack --mode production)…");
    run("npx", ["webpack", "--mode", "production"]);
  }
  run("node", ["scripts/manifest.js"]);
}
