/**
 * `npm run verify` against the emulator on both profiles: every assumption holds (the two only a person
 * can confirm, a mention's e-mail and the client checks' area, say so), it tidies what it made, and the
 * token never shows. Breaking one assumption in the emulator turns exactly that row into a failure.
 */
import { spawn } from "child_process";
import * as path from "path";

import { type Row, verify } from "../../scripts/verify/checks";
import { formatReport } from "../../scripts/verify/report";
import { type ProfileName } from "../emulator/api/profile";
import { type RunningEmulator, startEmulator } from "../emulator/api/testing";

const extension = { publisher: "umdesk", id: "user-management-desk" };
const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const VERIFY = path.join(ROOT, "scripts/verify/verify.ts");
const V70 = { accept: "application/json;api-version=7.0" };
const byName = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.assumption, r.status]));

describe.each<ProfileName>(["services", "server2022"])("npm run verify on the %s profile", (profile) => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator(0, profile);
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.api.reset());

  const run = (client?: { token: string; areaPath?: string }) =>
    verify({
      url: emu.api.context().organizationUrl,
      project: "Client Services",
      token: emu.api.tokenFor("holly"),
      client,
      extension,
    });

  it("holds every assumption, touches no existing work item, and never shows the token", async () => {
    const before = (
      await emu.call(
        "GET",
        `${emu.collection}/Client Services/_apis/wit/workitems?ids=1,2,3,4,5,6,7,8,9`,
        V70,
      )
    ).json.value.map((w: { id: number; rev: number }) => `${w.id}:${w.rev}`);
    const result = await run({
      token: emu.api.tokenFor("dana"),
      areaPath: "Client Services\\Clients\\Contoso Dental",
    });
    expect(byName(result.rows)).toEqual({
      "The token signs in (connectionData)": "held",
      "The host takes the api-versions the extension sends": "held",
      "The intake and task types have a state for each action, by category": "held",
      "Creates a scratch request": "held",
      "Acknowledge: state and a comment with a mention in one PATCH": "held",
      "A mention written over REST notifies the person": "could not be checked",
      "Create staff task: one $batch makes the task and links it": "held",
      "A stale revision refuses the whole $batch (no second task)": "held",
      "The extension data collection query is one POST": "held",
      "sendmail reaches an identity id": "held",
      "Close request: state and comment in one PATCH": "held",
      "A client files a request in their own area": "held",
      "A client reads their own request": "held",
      "A client is refused a request in another area": "held",
      "A client reads the desk's settings their pages read (project property)": "held",
    });
    const versions = result.rows.find((r) => r.assumption.startsWith("The host takes"))!.evidence;
    expect(versions).toContain(
      profile === "server2022"
        ? "the extension sends 7.0 and 7.0-preview.3"
        : "the extension sends 7.1 and 7.1-preview.4",
    );

    // Only its own items changed, and each is closed (the emulator has no delete, so they are listed).
    const after = (
      await emu.call(
        "GET",
        `${emu.collection}/Client Services/_apis/wit/workitems?ids=1,2,3,4,5,6,7,8,9`,
        V70,
      )
    ).json.value.map((w: { id: number; rev: number }) => `${w.id}:${w.rev}`);
    expect(after).toEqual(before);
    expect(result.left).toHaveLength(3);
    for (const line of result.left)
      expect(line).toMatch(/^#\d+ .*: closed \(Closed\), tagged umd-verify; not deleted/);
    const log = (await emu.call("GET", "/_emulator/requests")).json as {
      path: string;
      apiVersion?: string;
    }[];
    if (profile === "server2022")
      expect(log.filter((r) => !/^(7\.0|5\.0)(-preview\.\d+)?$/.test(r.apiVersion ?? "7.0"))).toEqual([]);

    const text = formatReport(result, "the emulator");
    expect(text).toContain("14 held, 0 failed, 1 not checked.");
    for (const token of [emu.api.tokenFor("holly"), emu.api.tokenFor("dana")]) {
      expect(text).not.toContain(token);
      expect(JSON.stringify(result)).not.toContain(token);
    }
  }, 30_000);

  it("says which assumption broke when the emulator breaks one: the data query is refused", async () => {
    await emu.call("POST", "/_emulator/faults", {
      body: { method: "POST", pathPattern: "ExtensionDataCollectionQuery$", status: 400, count: 5 },
    });
    const result = await run();
    const failed = result.rows.filter((r) => r.status === "failed");
    expect(failed.map((r) => r.assumption)).toEqual(["The extension data collection query is one POST"]);
    expect(failed[0].evidence).toMatch(/^HTTP 400: /);
    expect(formatReport(result, "the emulator")).toMatch(
      /The extension data collection query is one POST +\| FAILED/,
    );
  }, 30_000);
});

describe("the npm run verify command", () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator(0, "server2022");
  });
  afterAll(() => emu.close());

  const cli = (args: string[], env: Record<string, string>) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [TSX, VERIFY, ...args], {
        env: { ...process.env, AZURE_DEVOPS_PAT: "", ...env },
      });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      child.on("close", (code) => resolve({ code, out }));
    });

  it("reads the token from AZURE_DEVOPS_PAT, prints the table and exits 0 when nothing failed", async () => {
    const token = emu.api.tokenFor("holly");
    const url = emu.api.context().organizationUrl;
    const { code, out } = await cli(["--url", url, "--project", "Client Services"], {
      AZURE_DEVOPS_PAT: token,
    });
    expect(out).toContain(`verification of ${url}, project Client Services`);
    expect(out).toContain("10 held, 0 failed, 1 not checked.");
    expect(out).not.toContain(token);
    expect(code).toBe(0);
  }, 30_000);

  it("refuses to run without a token, saying where it reads it", async () => {
    const { code, out } = await cli(["--url", "http://127.0.0.1:9", "--project", "P"], {});
    expect(code).toBe(2);
    expect(out).toContain("AZURE_DEVOPS_PAT is not set.");
  }, 30_000);
});
