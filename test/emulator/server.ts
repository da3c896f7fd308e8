/**
 * The emulator's HTTP side: one server for the host pages and the REST API (http://localhost:<port>) and a
 * second listener on another origin (http://127.0.0.1:<port2>) that serves the extension's files in the vsix
 * layout, so the extension's iframes are cross-origin to the host page exactly as in Azure DevOps.
 *
 * The host pages are one HTML shell plus /_emulator/host.js (test/emulator/host, bundled once with esbuild);
 * the shell carries a small JSON bootstrap (route, signed-in user, manifest, URLs) and the browser does the rest.
 */
import * as esbuild from "esbuild";
import * as fs from "fs";
import * as http from "http";
import * as https from "https";
import { type AddressInfo } from "net";
import * as path from "path";
import { generate as selfSignedCertificate } from "selfsigned";

import { createEmulatorApi, type EmulatorApi, type ProfileName } from "./api";
import { withoutVirtualDirectory } from "./api/profile";
import { type HostBootstrap, type HostRoute, type ManifestContribution } from "./host/bootstrap";
import { themeFromParam } from "./host/theme";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_PATH = path.join(ROOT, "dist", "vss-extension.json");
/** The vsix folders the extension server may serve; anything else is 404, like an unpackaged file. */
const EXTENSION_FOLDERS = ["dist/web/", "static/"];

export interface StartOptions {
  /** 0 = ephemeral. */
  port?: number;
  seedSize?: number;
  /** Share of the generated requests that are closed (0-1); by default a third. */
  seedClosedShare?: number;
  quiet?: boolean;
  /** A stopped clock (see EmulatorApiOptions.fixedNow). */
  fixedNow?: Date;
  /** "services" (default) or "server2022" (collection URLs under /tfs, REST up to 7.0). */
  profile?: ProfileName;
}

export interface RunningEmulator {
  /** http://localhost:<port>, no trailing slash. */
  url: string;
  /** Base URI of the extension's files (different origin), with a trailing slash. */
  extensionUrl: string;
  /**
   * https://localhost:<port>, no trailing slash: the staff-channel receivers (`/_emulator/webhooks/...`) over
   * TLS with a certificate made at start, since the extension posts only to https webhooks. Browsers that
   * post to it accept the certificate (the e2e contexts ignore certificate errors).
   */
  webhookUrl: string;
  api: EmulatorApi;
  close(): Promise<void>;
}

export interface ExtensionManifest {
  publisher: string;
  id: string;
  name: string;
  version: string;
  contributions: ManifestContribution[];
}

/**
 * Reads and checks the built, merged manifest. Deliberately strict: an emulator that papers over a broken
 * manifest would let a broken package pass every e2e test.
 */
export function loadManifest(): ExtensionManifest {
  if (!fs.existsSync(MANIFEST_PATH))
    throw new Error(`${MANIFEST_PATH} is missing: run "node scripts/manifest.js" (npm start does).`);
  const manifest = JSON.parse(
    fs.readFileSync(MANIFEST_PATH, "utf8").replace(/^\uFEFF/, ""),
  ) as ExtensionManifest;
  for (const key of ["publisher", "id", "version"] as const)
    if (typeof manifest[key] !== "string" || !manifest[key]) throw new Error(`Manifest has no "${key}".`);
  if (!Array.isArray(manifest.contributions)) throw new Error("Manifest has no contributions array.");
  const seen = new Set<string>();
  for (const c of manifest.contributions) {
    if (!c.id || !c.type) throw new Error(`Manifest contribution without id or type: ${JSON.stringify(c)}`);
    if (seen.has(c.id)) throw new Error(`Manifest contribution id "${c.id}" appears twice.`);
    seen.add(c.id);
    const uri = c.properties?.uri;
    if (typeof uri === "string" && !/^https?:/.test(uri)) {
      const file = path.join(ROOT, uri.split(/[?#]/)[0]);
      if (!fs.existsSync(file))
        throw new Error(`Contribution "${c.id}" points at ${uri}, which was not built.`);
    }
  }
  return manifest;
}

/** Bundles the browser side of the host once per start; kept in memory. */
async function bundleHost(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, "host", "main.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2022",
    sourcemap: "inline",
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

function listen(server: http.Server | https.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".map": "application/json",
};

/** Static files of the vsix root, for the extension origin. */
function serveExtensionFile(req: http.IncomingMessage, res: http.ServerResponse): void {
  const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
  const file = path.resolve(ROOT, pathname);
  const allowed = EXTENSION_FOLDERS.some((folder) => file.startsWith(path.join(ROOT, folder)));
  if (
    !["GET", "HEAD"].includes(req.method ?? "") ||
    !allowed ||
    !fs.existsSync(file) ||
    !fs.statSync(file).isFile()
  ) {
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("Not part of the extension package.");
    return;
  }
  res.writeHead(200, {
    "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
    // Rebuilds must show up on reload without restarting the emulator.
    "Cache-Control": "no-cache",
  });
  if (req.method === "HEAD") res.end();
  else fs.createReadStream(file).pipe(res);
}

/** Maps a host page path to its route; undefined = not a page. */
export function parseRoute(
  pathname: string,
  manifest: ExtensionManifest,
  org: string,
): HostRoute | undefined {
  if (pathname === "/" || pathname === "/index.html") return { kind: "index" };
  const parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts.length < 3 || parts[0].toLowerCase() !== org.toLowerCase()) return undefined;
  const [, project, area, ...rest] = parts;
  if (area === "_dashboards" && rest.length === 0) return { kind: "dashboard", project };
  if (area === "_workitems" && rest[0] === "edit" && /^\d+$/.test(rest[1] ?? "") && rest.length === 2)
    return { kind: "workItem", project, id: Number(rest[1]) };
  if (
    area === "_queries" &&
    rest[0] === "query" &&
    /^[0-9a-f-]{36}$/i.test(rest[1] ?? "") &&
    rest.length === 2
  )
    return { kind: "query", project, queryId: rest[1] };
  const prefix = `${manifest.publisher}.${manifest.id}.`;
  const fullId = area === "_apps" && rest[0] === "hub" ? rest[1] : area === "_settings" ? rest[0] : undefined;
  if (!fullId || !fullId.startsWith(prefix)) return undefined;
  const contribution = manifest.contributions.find((c) => prefix + c.id === fullId);
  if (!contribution) return undefined;
  return { kind: area === "_apps" ? "hub" : "settings", project, contributionId: contribution.id };
}

/** Script-safe JSON: "</script>" and friends cannot end the inline script early. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

function pageHtml(bootstrap: HostBootstrap): string {
  const bg = { light: "#ffffff", dark: "#1e1e1e", "high-contrast": "#000000" }[bootstrap.theme];
  return `<!doctype html>
<html lang="en" data-theme="${bootstrap.theme}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Azure DevOps emulator</title>
    <style>html,body{background:${bg};margin:0}</style>
    <script>window.__EMULATOR__ = ${scriptJson(bootstrap)};</script>
    <script src="/_emulator/host.js" defer></script>
  </head>
  <body></body>
</html>
`;
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}

export async function startEmulator(opts: StartOptions = {}): Promise<RunningEmulator> {
  loadManifest(); // fail fast on a broken manifest
  const hostScript = await bundleHost();

  const extensionServer = http.createServer(serveExtensionFile);
  const extensionPort = await listen(extensionServer, 0, "127.0.0.1");
  const extensionUrl = `http://127.0.0.1:${extensionPort}/`;

  const holder: { api?: EmulatorApi; url?: string } = {};
  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      if (!opts.quiet) console.error(e);
      if (!res.headersSent) sendText(res, 500, `Emulator error: ${e.message}`);
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    // Checked before the API, which owns every other /_emulator/* path.
    if (url.pathname === "/_emulator/host.js") {
      res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" });
      res.end(hostScript);
      return;
    }
    if (await holder.api!.handle(req, res)) return;
    if (req.method !== "GET" && req.method !== "HEAD") return sendText(res, 405, "Method not allowed");
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204);
      res.end();
      return;
    }
    // Re-read per page, so a rebuilt manifest shows up without a restart, and a broken one is seen at once.
    const manifest = loadManifest();
    const api = holder.api!;
    const org = api.context().organization;
    // On Server, pages live under the virtual directory too (/tfs/DefaultCollection/{project}/...).
    const pagePath = url.pathname === "/" ? "/" : withoutVirtualDirectory(api.profile, url.pathname);
    const route = pagePath === undefined ? undefined : parseRoute(pagePath, manifest, org);
    if (!route) return sendText(res, 404, `The emulator has no page at ${url.pathname}.`);
    const as = url.searchParams.get("as") ?? "holly";
    let context;
    try {
      context = api.context(as);
    } catch (e) {
      return sendText(res, 400, (e as Error).message);
    }
    const bootstrap: HostBootstrap = {
      route,
      userKey: as.toLowerCase(),
      context: { ...context, users: context.users.map(({ accessToken: _own, ...user }) => user) },
      readOnly: route.kind === "workItem" ? !api.canEditWorkItem(as, route.id) : api.isReader(as),
      hubUnavailable: (route.kind === "hub" || route.kind === "settings") && api.isStakeholder(as),
      publicUrl: holder.url!,
      extensionUrl,
      theme: themeFromParam(url.searchParams.get("theme")),
      manifest: {
        publisher: manifest.publisher,
        id: manifest.id,
        name: manifest.name,
        version: manifest.version,
        contributions: manifest.contributions,
      },
    };
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.end(pageHtml(bootstrap));
  }

  // Loopback only; Chromium and Node both reach 127.0.0.1 as "localhost".
  const port = await listen(server, opts.port ?? 0, "127.0.0.1");
  holder.url = `http://localhost:${port}`;
  holder.api = createEmulatorApi({
    publicUrl: holder.url,
    extensionOrigin: extensionUrl.replace(/\/$/, ""),
    seedSize: opts.seedSize,
    seedClosedShare: opts.seedClosedShare,
    fixedNow: opts.fixedNow,
    profile: opts.profile,
  });
  if (!opts.quiet) {
    console.log(`Extension files served from ${extensionUrl}`);
    console.log(`Playing ${holder.api.profile.label} at ${holder.api.context().organizationUrl}/`);
  }

  // The receivers over https, answering exactly as on the plain listener; nothing else is served there.
  const pems = await selfSignedCertificate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }] }],
  });
  const webhookServer = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const isReceiver = new URL(req.url ?? "/", "https://localhost").pathname.startsWith(
      "/_emulator/webhooks/",
    );
    if (!isReceiver) return sendText(res, 404, "Only the staff-channel receivers are served over https.");
    handle(req, res).catch((e: Error) => {
      if (!res.headersSent) sendText(res, 500, `Emulator error: ${e.message}`);
      else res.end();
    });
  });
  const webhookPort = await listen(webhookServer, 0, "127.0.0.1");

  const closeServer = (s: http.Server | https.Server) =>
    new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections();
    });
  return {
    url: holder.url,
    extensionUrl,
    webhookUrl: `https://localhost:${webhookPort}`,
    api: holder.api,
    close: async () => {
      await Promise.all([closeServer(server), closeServer(extensionServer), closeServer(webhookServer)]);
    },
  };
}
