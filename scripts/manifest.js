// Builds dist/vss-extension.json: the base manifest, every contribution's fragment
// (src/contributions/<name>/<name>.json) and an optional override (configs/dev.json or configs/release.json).
// The version comes from package.json, so it is set in one place. The emulator and the packager both read
// the merged file, so a broken manifest breaks the emulator too.
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

/** Each contribution's manifest fragment, src/contributions/<name>/<name>.json, in name order. */
function fragmentPaths() {
  const contributionsDir = path.join(root, "src", "contributions");
  return fs
    .readdirSync(contributionsDir)
    .sort()
    .map((name) => path.join(contributionsDir, name, `${name}.json`))
    .filter((fragment) => fs.existsSync(fragment));
}

function buildManifest(variant = "release") {
  const manifest = readJson(path.join(root, "vss-extension.json"));
  for (const fragment of fragmentPaths()) manifest.contributions.push(...readJson(fragment).contributions);
  const override = path.join(root, "configs", `${variant}.json`);
  if (!fs.existsSync(override)) throw new Error(`Unknown manifest variant "${variant}" (no ${override}).`);
  Object.assign(manifest, readJson(override));
  manifest.version = readJson(path.join(root, "package.json")).version;
  return manifest;
}

function writeManifest(variant = "release") {
  const manifest = buildManifest(variant);
  const out = path.join(root, "dist", "vss-extension.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(manifest, null, 2) + "\n");
  return { manifest, path: out };
}

module.exports = { buildManifest, fragmentPaths, writeManifest };

if (require.main === module) {
  const { path: out, manifest } = writeManifest(process.argv[2] || "release");
  console.log(`Wrote ${path.relative(root, out)} (${manifest.publisher}.${manifest.id} ${manifest.version})`);
}
