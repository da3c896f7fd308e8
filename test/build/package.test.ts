// Packages the extension with tfx (npm run package) and inspects the .vsix like the Marketplace would.
import AdmZip from "adm-zip";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

import { overviewImages } from "./overview";
import { readPng } from "./png";

const root = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildManifest } = require("../../scripts/manifest.js");

const KNOWN_TARGETS = new Set([
  "ms.vss-work-web.work-item-form",
  "ms.vss-work-web.work-hub-group",
  "ms.vss-web.project-admin-hub-group",
  // The dashboard widget in the widget catalog, and its configuration (Microsoft's "Add a dashboard widget").
  "ms.vss-dashboards-web.widget-catalog",
  "ms.vss-dashboards-web.widget-configuration",
]);

interface Contribution {
  id: string;
  type: string;
  targets?: string[];
  properties: { uri?: string; icon?: { light: string; dark: string }; catalogIconUrl?: string };
}

describe("npm run package", () => {
  let zip: AdmZip;
  let packaged: { contributions: Contribution[]; scopes: string[] };
  const expected = buildManifest("release");

  beforeAll(() => {
    execFileSync("node", [path.join(root, "scripts", "package.js"), "release"], { cwd: root, stdio: "pipe" });
    const vsix = path.join(root, "dist", `${expected.publisher}.${expected.id}-${expected.version}.vsix`);
    expect(fs.existsSync(vsix)).toBe(true);
    zip = new AdmZip(vsix);
    packaged = JSON.parse(zip.readAsText("extension.vsomanifest"));
  }, 120_000);

  it("packages the manifest the emulator loads: same contributions, scopes and version", () => {
    expect(packaged.contributions.map((c) => c.id).sort()).toEqual(
      expected.contributions.map((c: Contribution) => c.id).sort(),
    );
    expect(packaged.scopes).toEqual([
      "vso.work_write",
      "vso.extension.data_write",
      "vso.project_write",
      "vso.identity",
    ]);
    const version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
    expect(zip.readAsText("extension.vsixmanifest")).toContain(`Version="${version}"`);
  });

  it("installs on Azure DevOps Services and on Azure DevOps Server from 2022 (product version 19)", () => {
    const vsixmanifest = zip.readAsText("extension.vsixmanifest");
    const targets = [...vsixmanifest.matchAll(/<InstallationTarget\b[^>]*>/g)].map((m) => m[0]);
    expect(targets).toEqual([
      expect.stringContaining('Id="Microsoft.VisualStudio.Services.Cloud"'),
      expect.stringMatching(/Id="Microsoft\.TeamFoundation\.Server"[^>]*Version="\[19\.0,\)"/),
    ]);
  });

  it("has the form group, Boards hub, project settings hub and panel contributions", () => {
    const byType = (type: string) => packaged.contributions.filter((c) => c.type === type);
    expect(byType("ms.vss-work-web.work-item-form-group").map((c) => c.targets)).toEqual([
      ["ms.vss-work-web.work-item-form"],
    ]);
    expect(
      byType("ms.vss-web.hub")
        .map((c) => c.targets?.[0])
        .sort(),
    ).toEqual(["ms.vss-web.project-admin-hub-group", "ms.vss-work-web.work-hub-group"]);
    expect(byType("ms.vss-web.external-content").length).toBeGreaterThanOrEqual(2);
  });

  it("points every contribution uri and icon at a file inside the package, and every target is known", () => {
    const entries = new Set(zip.getEntries().map((e) => e.entryName));
    for (const c of packaged.contributions) {
      for (const t of c.targets ?? [])
        // A target starting with "." is another contribution of this extension (a widget's configuration).
        if (t.startsWith(".")) expect(packaged.contributions.map((x) => x.id)).toContain(t.slice(1));
        else expect(KNOWN_TARGETS).toContain(t);
      const files = [
        c.properties.uri,
        c.properties.icon?.light,
        c.properties.icon?.dark,
        c.properties.catalogIconUrl,
      ].filter(Boolean);
      for (const f of files) expect(entries).toContain(f);
    }
  });

  it("ships Marketplace metadata: a 128x128 PNG icon, overview, categories and tags", () => {
    const vsixManifest = zip.readAsText("extension.vsixmanifest");
    expect(vsixManifest).toContain("Azure Boards");
    expect(vsixManifest).toMatch(/<Tags>[^<]*Service Desk/);
    const icon = zip.readFile("static/images/icon-128.png");
    expect(icon).not.toBeNull();
    const { width, height } = readPng(icon!);
    expect([width, height]).toEqual([128, 128]);
    expect(zip.readAsText("overview.md")).toContain("User Management Desk");
  });

  it("packages every image overview.md shows as an addressable asset, so the Marketplace page can load it", () => {
    const images = overviewImages(zip.readAsText("overview.md"));
    expect(images.length).toBeGreaterThanOrEqual(6);
    const entries = new Set(zip.getEntries().map((e) => e.entryName));
    const vsixManifest = zip.readAsText("extension.vsixmanifest");
    for (const image of images) {
      expect(entries).toContain(image);
      expect(vsixManifest).toContain(`Path="${image}" Addressable="true"`);
    }
  });
});
