// Checks the production build that `npm test` produced before Jest runs (npm run build).
import * as fs from "fs";
import * as path from "path";

const web = path.join(__dirname, "..", "..", "dist", "web");
const jsFiles = (): string[] =>
  fs
    .readdirSync(path.join(web, "js"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => path.join(web, "js", f));

describe("production bundle", () => {
  it("contains exactly one copy of azure-devops-extension-sdk", () => {
    // The SDK guards itself with this global; two copies mean getClient() talks to an uninitialised SDK.
    const copies = jsFiles()
      .map((f) => fs.readFileSync(f, "utf8").split("_AzureDevOpsSDKVersion").length - 1)
      .reduce((a, b) => a + b, 0);
    expect(copies).toBeGreaterThan(0);
    const filesWithSdk = jsFiles().filter((f) =>
      fs.readFileSync(f, "utf8").includes("_AzureDevOpsSDKVersion"),
    );
    expect(filesWithSdk).toHaveLength(1);
  });

  it("generates one HTML page per contribution, each loading its own entry", () => {
    const contributions = fs
      .readdirSync(path.join(__dirname, "..", "..", "src", "contributions"))
      .filter((n) => fs.existsSync(path.join(__dirname, "..", "..", "src", "contributions", n, "index.tsx")));
    expect(contributions.length).toBeGreaterThanOrEqual(5);
    for (const name of contributions) {
      const html = fs.readFileSync(path.join(web, name, "index.html"), "utf8");
      expect(html).toMatch(new RegExp(`src="?\\.\\./js/${name}\\.[0-9a-f]{8}\\.js`));
    }
  });

  it("keeps icon fonts as separate files instead of inlining them into CSS", () => {
    const css = fs
      .readdirSync(path.join(web, "css"))
      .map((f) => fs.readFileSync(path.join(web, "css", f), "utf8"))
      .join("\n");
    expect(css).not.toMatch(/data:font|data:application\/font/);
    expect(fs.readdirSync(path.join(web, "assets")).some((f) => /\.woff2?$/.test(f))).toBe(true);
  });
});
