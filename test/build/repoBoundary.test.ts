/**
 * Someone who clones the repository has only the repository: no file the build, the tests or the scripts read
 * may name a path outside it. Every relative path written in a tracked source or config file must resolve
 * inside the clone, and no file names a machine's own folders or the reference material kept beside it.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

/** What runs at build, test or run time: sources, tests, scripts, CI and the configs at the top. */
const SCANNED = /^(src|test|scripts|configs|\.ci|\.github)\/|^[^/]+\.(js|mjs|cjs|ts|json)$/;
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|ya?ml|html|css|sh)$|^\.ci\/run$/;
/** Vendored data, not code: Microsoft's specifications carry their own relative links. */
const SKIPPED = /^test\/conformance\/specs\/|^package-lock\.json$/;

function trackedFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return out
    .split("\0")
    .filter((f) => f && SCANNED.test(f) && TEXT.test(f) && !SKIPPED.test(f))
    .filter((f) => fs.existsSync(path.join(ROOT, f)));
}

/**
 * Relative paths that climb to something (`../x`, `../../y`): each must still land inside the repository. A
 * bare `../` names no file (webpack's publicPath is a URL relative to the page).
 */
export function escapingRelativePaths(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![\w.])((?:\.\.\/)+)([\w@.$-][\w@.$/-]*)/g)) {
    const target = path.resolve(ROOT, path.dirname(file), m[1] + m[2]);
    if (path.relative(ROOT, target).startsWith("..")) found.push(m[0]);
  }
  return found;
}

/** Absolute folders of a machine, and the reference material that sits beside the repository there. */
export function machinePaths(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![\w.:/])\/(?:work|home|root|opt|mnt|srv|Users)\/[\w.-]+/g))
    found.push(m[0]);
  for (const m of text.matchAll(/shared\/(?:ado-rest-specs|platform-notes|product-spec)/g)) found.push(m[0]);
  return found;
}

describe("the repository needs nothing outside it", () => {
  const files = trackedFiles();

  it("scans the sources, tests, scripts and configs", () => {
    expect(files).toEqual(expect.arrayContaining(["package.json", "src/ado/restTransport.ts", ".ci/run"]));
    expect(files.length).toBeGreaterThan(100);
  });

  it("no relative path climbs out of the repository", () => {
    const escaping = files.flatMap((f) =>
      escapingRelativePaths(f, fs.readFileSync(path.join(ROOT, f), "utf8")).map((p) => `${f}: ${p}`),
    );
    expect(escaping).toEqual([]);
  });

  it("no file names a machine's folders or the reference material beside the clone", () => {
    const named = files.flatMap((f) =>
      machinePaths(fs.readFileSync(path.join(ROOT, f), "utf8")).map((p) => `${f}: ${p}`),
    );
    expect(named).toEqual([]);
  });

  it("catches what a clone would miss", () => {
    // Built from pieces, so this file does not itself name what it looks for.
    const up = "../";
    const specs = ["shared", "ado-rest-specs"].join("/");
    expect(
      escapingRelativePaths("test/conformance/specs.ts", `path.join(__dirname, "${up.repeat(3)}x")`),
    ).toEqual([`${up.repeat(3)}x`]);
    expect(escapingRelativePaths("test/emulator/api/seed/seed.ts", `from "${up.repeat(4)}src/x"`)).toEqual(
      [],
    );
    expect(escapingRelativePaths("webpack.config.js", `publicPath: "${up}"`)).toEqual([]);
    expect(machinePaths(`const root = "/${"work"}/${specs}";`)).toEqual([`/${"work"}/shared`, specs]);
    expect(machinePaths('executablePath: "/usr/bin/chromium"')).toEqual([]);
  });
});
