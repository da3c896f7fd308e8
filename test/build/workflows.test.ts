/**
 * CI as extension projects run it: GitHub Actions installs and tests with README's commands, keeps the .vsix and
 * the screenshots, and a version tag publishes with a token that never reaches the log. `.ci/run` (this
 * machine's CI) runs the same test command.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const commands = (w: Workflow) =>
  steps(w).flatMap((s) =>
    (s.run ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean),
  );

/** README's test command: the `npm test` line of its "Two commands on a fresh machine" block. */
function readmeCommands(): { setUp: string; test: string } {
  const section = read("README.md").split("## Two commands on a fresh machine")[1] ?? "";
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  const lines = block
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter(Boolean);
  return { setUp: lines[0] ?? "", test: lines[1] ?? "" };
}

/** Where a secret's value could be printed: interpolated into a script, or with tracing switched on. */
function secretLeaks(w: Workflow): string[] {
  return steps(w).flatMap((s) => {
    const run = s.run ?? "";
    const leaks: string[] = [];
    if (/\$\{\{\s*secrets\./.test(run)) leaks.push(`secret interpolated into a script: ${run}`);
    if (/\bset -x\b|\bset -o xtrace\b/.test(run)) leaks.push(`tracing prints every expanded command: ${run}`);
    for (const name of Object.keys(s.env ?? {}))
      if (new RegExp(`\\b(echo|printf|cat)\\b[^\\n]*\\$\\{?${name}\\b`).test(run))
        leaks.push(`${name} written to the log: ${run}`);
    return leaks;
  });
}

describe("README's two commands", () => {
  it("are npm install && npm start, and npm test", () => {
    expect(readmeCommands()).toEqual({ setUp: "npm install && npm start", test: "npm test" });
  });

  it(".ci/run is npm ci followed by exactly README's test command, with no fallback", () => {
    const script = read(".ci/run")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"));
    const ci = script.findIndex((l) => /^npm ci\b/.test(l));
    expect(ci).toBeGreaterThan(-1);
    expect(script.slice(ci + 1)).toEqual([readmeCommands().test]);
    // No fallback: a lock file npm ci refuses fails the run instead of being rewritten by npm install.
    expect(script[ci]).not.toMatch(/\|\|/);
    expect(script.filter((l) => /^npm install\b(?!.*--prefix \.ci\/node)/.test(l))).toEqual([]);
  });
});

describe("GitHub Actions CI", () => {
  const ci = workflow("ci.yml");

  it("sets up the Node line of .nvmrc with npm's cache, installs with npm ci and runs README's test command", () => {
    const setup = steps(ci).find((s) => s.uses?.startsWith("actions/setup-node@"));
    expect(setup?.with).toEqual(expect.objectContaining({ "node-version-file": ".nvmrc", cache: "npm" }));
    const cmds = commands(ci);
    const install = cmds.findIndex((c) => /^npm ci\b/.test(c));
    expect(install).toBeGreaterThan(-1);
    expect(cmds.indexOf(readmeCommands().test)).toBeGreaterThan(install);
    expect(cmds.join("\n")).toMatch(/apt-get install[^\n]*\bchromium\b/);
  });

  it("keeps the .vsix and the screenshots as artifacts", () => {
    const cmds = commands(ci);
    expect(cmds).toEqual(expect.arrayContaining(["npm run package release", "npm run screenshots"]));
    const uploaded = steps(ci)
      .filter((s) => s.uses?.startsWith("actions/upload-artifact@"))
      .map((s) => String(s.with?.path));
    expect(uploaded).toEqual(expect.arrayContaining(["dist/*.vsix", "static/screenshots/*.png"]));
  });

  it("reads the repository and nothing more", () => {
    expect(ci.permissions).toEqual({ contents: "read" });
  });
});

describe("GitHub Actions release", () => {
  const release = workflow("release.yml");

  it("runs on a version tag and packages with the package script", () => {
    expect(JSON.stringify(release.on)).toContain("v*.*.*");
    const scripts = JSON.parse(read("package.json")).scripts as Record<string, string>;
    expect(scripts.package).toBeDefined();
    expect(commands(release)).toEqual(
      expect.arrayContaining(["npm ci --no-audit --no-fund", "npm run package release"]),
    );
  });

  it("publishes with tfx and the Marketplace token from the secrets, through the environment only", () => {
    const publish = steps(release).find((s) => /tfx extension publish/.test(s.run ?? ""));
    expect(publish?.env?.AZURE_DEVOPS_EXT_PAT).toMatch(/^\$\{\{\s*secrets\.\w+\s*\}\}$/);
    expect(publish?.run).toMatch(/--token "\$AZURE_DEVOPS_EXT_PAT"/);
    expect(commands(release).some((c) => /gh release create[^\n]*dist\/\*\.vsix/.test(c))).toBe(true);
  });

  it("writes no secret to the log", () => {
    expect(secretLeaks(release)).toEqual([]);
    expect(secretLeaks(workflow("ci.yml"))).toEqual([]);
    // The check itself finds a leak.
    const leaky = parse(
      "on: push\njobs:\n  x:\n    steps:\n      - env: { T: '${{ secrets.X }}' }\n        run: echo $T\n      - run: curl -H ${{ secrets.X }}\n",
    ) as Workflow;
    expect(secretLeaks(leaky)).toHaveLength(2);
  });
});

describe("Dependabot", () => {
  it("updates npm packages and the workflows' actions", () => {
    const config = parse(read(".github/dependabot.yml")) as { updates: { "package-ecosystem": string }[] };
    expect(config.updates.map((u) => u["package-ecosystem"]).sort()).toEqual(["github-actions", "npm"]);
  });
});
