// npm run package [-- dev|release]: writes dist/<publisher>.<id>-<version>.vsix with tfx-cli from the base
// manifest, every contribution fragment and the variant's override (plus the version from package.json).
// Run `npm run build` first (npm test does). A test checks that the packaged manifest equals what
// scripts/manifest.js builds, which is what the emulator loads.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const { buildManifest, fragmentPaths } = require("./manifest");

const root = path.join(__dirname, "..");
const variant = process.argv[2] || "release";
if (!fs.existsSync(path.join(root, "dist", "web"))) {
  console.error("dist/web is missing: run `npm run build` before packaging.");
  process.exit(1);
}
// dist/vss-extension.json (what the emulator loads) stays as the build wrote it: tfx merges the manifests
// itself, so packaging the dev variant no longer leaves the dev manifest behind for `npm start`.
const manifest = buildManifest(variant);
const overrides = path.join(root, "dist", `overrides.${variant}.json`);
fs.writeFileSync(
  overrides,
  JSON.stringify({
    ...JSON.parse(fs.readFileSync(path.join(root, "configs", `${variant}.json`))),
    version: manifest.version,
  }),
);
const vsix = path.join(root, "dist", `${manifest.publisher}.${manifest.id}-${manifest.version}.vsix`);
execFileSync(
  path.join(root, "node_modules", ".bin", "tfx"),
  [
    "extension",
    "create",
    "--root",
    root,
    "--manifests",
    "vss-extension.json",
    ...fragmentPaths().map((p) => path.relative(root, p)),
    "--overrides-file",
    overrides,
    "--output-path",
    vsix,
    "--no-prompt",
  ],
  { stdio: ["ignore", "inherit", "inherit"], cwd: root },
);
console.log(`Packaged ${path.relative(root, vsix)}`);
