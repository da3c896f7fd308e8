/**
 * Least privilege: the manifest asks for exactly the OAuth scopes that the REST calls and host services in
 * src/ need. The calls are collected from the code (every `method`/`path` pair sent through the transport,
 * every host service named in sdkHost.ts), each is looked up in the table of what it requires, and the
 * narrowest covering set must equal the manifest's. A new call, a new service or a new scope fails here
 * until the table and the manifest agree.
 */
import * as fs from "fs";
import * as path from "path";

import { filesUnder } from "./filesUnder";

const root = path.join(__dirname, "..", "..");
const src = path.join(root, "src");

interface Call {
  file: string;
  method: string;
  path: string;
}

/** Every REST call the code sends: the `method` and `path` of each request object. */
function restCalls(): Call[] {
  return filesUnder(src, /\.tsx?$/).flatMap((file) => {
    const text = fs.readFileSync(file, "utf8");
    return [
      ...text.matchAll(/method:\s*"(GET|POST|PATCH|PUT|DELETE)",\s*path:\s*(?:`([^`]+)`|"([^"]+)")/g),
    ].map((m) => ({
      file: path.relative(root, file),
      method: m[1],
      path: m[2] ?? m[3],
    }));
  });
}

/** What each REST call needs (Azure DevOps REST 7.1 reference; vso.work_write includes vso.work). */
const REST_SCOPES: { method: string; path: RegExp; scope: string | undefined }[] = [
  { method: "GET", path: /\/_apis\/wit\/workitems\/\$\{id\}$/, scope: "vso.work" },
  { method: "PATCH", path: /\/_apis\/wit\/workitems\/\$\{id\}$/, scope: "vso.work_write" },
  {
    method: "POST",
    path: /\/_apis\/wit\/workitems\/\$\$\{encodeURIComponent\(type\)\}$/,
    scope: "vso.work_write",
  },
  { method: "POST", path: /\/_apis\/wit\/workitemsbatch$/, scope: "vso.work" },
  // The work item $batch (create + update in one bulk save) is a write, like the calls it carries.
  { method: "PATCH", path: /^_apis\/wit\/\$batch$/, scope: "vso.work_write" },
  { method: "GET", path: /\/_apis\/wit\/workItems\/\$\{id\}\/updates$/, scope: "vso.work" },
  { method: "GET", path: /\/_apis\/wit\/workitemtypes$/, scope: "vso.work" },
  { method: "GET", path: /\/_apis\/wit\/workitemtypes\/\$\{[^}]+\}\/states$/, scope: "vso.work" },
  { method: "POST", path: /\/_apis\/wit\/wiql$/, scope: "vso.work" },
  { method: "POST", path: /\/_apis\/wit\/sendmail$/, scope: "vso.work" },
  { method: "GET", path: /\/_apis\/wit\/workItems\/\$\{[^}]+\}\/comments$/, scope: "vso.work" },
  // The trusted settings: a project property (core.json: Get Project Properties needs vso.project, Set
  // Project Properties vso.project_write; Azure DevOps also demands "Edit project-level information").
  { method: "GET", path: /^_apis\/projects\/\$\{id\}\/properties$/, scope: "vso.project" },
  { method: "PATCH", path: /^_apis\/projects\/\$\{id\}\/properties$/, scope: "vso.project_write" },
  // The caller's own permission: security.json lists no OAuth scope for Has Permissions (only the security
  // writes need vso.security_manage), so it adds none.
  // Project (administrator, settings) and Tagging ("Create tag definition") namespaces alike.
  {
    method: "GET",
    path: /^_apis\/permissions\/\$\{namespace\}\/\$\{bit\}$/,
    scope: undefined,
  },
  // Tags - Get Tags: wit 7.1 lists vso.work.
  { method: "GET", path: /\/_apis\/wit\/tags$/, scope: "vso.work" },
  // The client areas' security (settings page): the area tree is work item metadata (vso.work); the ACL
  // query, like Has Permissions, has no OAuth scope in security.json (reading needs "View permissions" on
  // the node); descriptors are named by Identities REST (vso.identity, read only).
  { method: "GET", path: /\/_apis\/wit\/classificationnodes\/Areas$/, scope: "vso.work" },
  { method: "GET", path: /^_apis\/accesscontrollists\/\$\{CSS_NAMESPACE\}$/, scope: undefined },
  { method: "GET", path: /^_apis\/identities$/, scope: "vso.identity" },
];

/** What each host service needs; services that only talk to the host page need none. */
const SERVICE_SCOPES: Record<string, string | undefined> = {
  "ms.vss-features.location-service": undefined,
  "ms.vss-work-web.work-item-form": undefined,
  "ms.vss-work-web.work-item-form-navigation-service": undefined,
  // The settings document and the task drafts are created and updated, not only read.
  "ms.vss-features.extension-data-service": "vso.extension.data_write",
  "ms.vss-features.host-page-layout-service": undefined,
  "ms.vss-tfs-web.tfs-global-messages-service": undefined,
  "ms.vss-features.host-navigation-service": undefined,
  // The people picker's service runs in the host with the host's own rights.
  "ms.vss-features.identity-service": undefined,
  "ms.vss-tfs-web.tfs-page-data-service": undefined,
};

/** A scope that grants another's rights too, so only the wider one is asked for. */
const INCLUDES: Record<string, string[]> = {
  "vso.work_write": ["vso.work"],
  "vso.extension.data_write": ["vso.extension.data"],
  "vso.project_write": ["vso.project"],
};

function hostServices(): string[] {
  const text = fs.readFileSync(path.join(src, "ado", "sdkHost.ts"), "utf8");
  const block = /const SERVICE = \{([\s\S]*?)\} as const;/.exec(text)![1];
  return [...block.matchAll(/:\s*"([^"]+)"/g)].map((m) => m[1]);
}

function narrowest(scopes: string[]): string[] {
  const all = new Set(scopes);
  for (const s of scopes) for (const implied of INCLUDES[s] ?? []) all.delete(implied);
  return [...all].sort();
}

describe("OAuth scopes", () => {
  const calls = restCalls();

  it("finds the REST calls in the code (the collector still works)", () => {
    expect(calls.length).toBeGreaterThanOrEqual(10);
    expect(calls.some((c) => c.method === "PATCH")).toBe(true);
    expect(calls.some((c) => /sendmail/.test(c.path))).toBe(true);
  });

  it("knows what every REST call and host service needs", () => {
    const unknownCalls = calls.filter(
      (c) => !REST_SCOPES.some((r) => r.method === c.method && r.path.test(c.path)),
    );
    expect(unknownCalls).toEqual([]);
    expect(hostServices().filter((id) => !(id in SERVICE_SCOPES))).toEqual([]);
  });

  it("the manifest asks for exactly the narrowest scopes that cover them", () => {
    const needed = [
      ...calls
        .map((c) => REST_SCOPES.find((r) => r.method === c.method && r.path.test(c.path))!.scope)
        .filter((s): s is string => s !== undefined),
      ...hostServices()
        .map((id) => SERVICE_SCOPES[id])
        .filter((s): s is string => s !== undefined),
    ];
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "vss-extension.json"), "utf8")) as {
      scopes: string[];
    };
    expect([...manifest.scopes].sort()).toEqual(narrowest(needed));
    // The manifest the build writes (and the emulator and the package use) asks for the same.
    const built = JSON.parse(fs.readFileSync(path.join(root, "dist", "vss-extension.json"), "utf8")) as {
      scopes: string[];
    };
    expect([...built.scopes].sort()).toEqual(narrowest(needed));
  });

  it("sends nothing to Azure DevOps except through the transport and the host's services", () => {
    // Other ways out of the frame would escape the collection above.
    const offenders = filesUnder(src, /\.tsx?$/).filter((file) => {
      const text = fs.readFileSync(file, "utf8");
      return /\bgetClient\(|XMLHttpRequest|sendBeacon|new WebSocket|\$\.ajax/.test(text);
    });
    expect(offenders).toEqual([]);
    const fetchers = filesUnder(src, /\.tsx?$/)
      .filter((file) => /\bfetch\(/.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file))
      .sort();
    // The transport (REST) and the staff-channel webhook (an outside URL from the settings, no token).
    expect(fetchers).toEqual(["src/ado/restTransport.ts", "src/ado/webhook.ts"]);
  });
});
