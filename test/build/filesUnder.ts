import * as fs from "fs";
import * as path from "path";

/** Every file below `dir` (at any depth) whose name matches `name`: what the build tests read. */
export function filesUnder(dir: string, name: RegExp = /./): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full, name);
    return name.test(e.name) ? [full] : [];
  });
}
