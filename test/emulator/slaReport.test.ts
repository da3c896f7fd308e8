/**
 * `npm run sla-report` against the emulator: the open requests at risk or overdue on the desk's calendar,
 * and with --mail one digest to the coordinator through the work item sendmail API.
 */
import { spawn } from "node:child_process";
import * as path from "node:path";

import { runSlaReport } from "../../scripts/sla-report";
import { defaultSettings } from "../../src/domain/settings";
import { defaultSlaSettings } from "../../src/domain/sla/slaSettings";
import { CS, type RunningEmulator, startEmulator } from "./api/testing";

// Monday 2026-11-23 10:30 UTC; the seed's requests were written in the days before.
const NOW = new Date("2026-11-23T10:30:00Z");

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator(0, { fixedNow: NOW });
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

const SETTINGS_DOCS =
  "/fabrikam/_apis/ExtensionManagement/InstalledExtensions/umdesk/user-management-desk/Data/Scopes/Default/Current/Collections/project-settings/Documents";

/** Saves the trusted settings as Holly, a project administrator, does: the project property. */
async function saveProperty(projectId: string, settings: Record<string, unknown>) {
  const saved = await emu.call("PATCH", `/fabrikam/_apis/projects/${projectId}/properties`, {
    accept: "application/json;api-version=7.1-preview.1",
    headers: { "Content-Type": "application/json-patch+json" },
    body: [{ op: "add", path: "/UserManagementDesk.Settings", value: JSON.stringify(settings) }],
  });
  expect(saved.status).toBe(204);
}

async function saveSettings(patch: Record<string, unknown> = {}) {
  const project = (await emu.call("GET", "/fabrikam/_apis/projects/Client Services")).json as { id: string };
  const context = (await emu.call("GET", "/_emulator/context")).json as {
    users: { key: string; id: string; displayName: string; email: string }[];
  };
  const holly = context.users.find((u) => u.key === "holly")!;
  const settings = {
    ...defaultSettings({ workItemTypes: ["User Request", "Task"] }),
    coordinator: { id: holly.id, displayName: holly.displayName, uniqueName: holly.email },
    // UTC, Monday to Friday 09:00-17:00.
    sla: {
      ...defaultSlaSettings(),
      targets: {
        invite: { acknowledgeHours: 4, closeHours: 40 },
        reassign: { acknowledgeHours: 4, closeHours: 40 },
        reset: { acknowledgeHours: 4, closeHours: 16 },
        remove: { acknowledgeHours: 4, closeHours: 32 },
      },
      waiting: { tag: "umd-waiting" },
    },
    ...patch,
  };
  await saveProperty(project.id, settings);
  return holly;
}

async function report(args: string[], token = emu.api.tokenFor("holly")) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSlaReport(
    ["--url", `${emu.baseUrl}/fabrikam`, "--project", "Client Services", ...args],
    { AZURE_DEVOPS_TOKEN: token },
    { out: (l) => out.push(l), err: (l) => err.push(l), now: () => NOW },
  );
  return { code, out, err };
}

const outbox = async () =>
  (await emu.call("GET", "/_emulator/mail")).json as {
    to: string[];
    cc: string[];
    subject: string;
    body: string;
    from: string;
  }[];

const titleOf = async (id: number) =>
  String((await emu.call("GET", `${CS}/_apis/wit/workitems/${id}`)).json.fields["System.Title"]);

describe("sla-report", () => {
  it("lists the open requests at risk or overdue, the least time left first", async () => {
    await saveSettings();
    const { code, out, err } = await report([]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toEqual([
      "Client Services: 3 request(s) at risk or overdue (times in UTC):",
      // #3 reset, created Thursday 08:15: 17 h 30 m of 16 h.
      `  #3 [In progress] ${await titleOf(3)} — Time to close: 1h 30m overdue`,
      // #1 invitation, submitted Friday 14:05: 4 h 25 m of 4 h to acknowledge.
      `  #1 [Submitted] ${await titleOf(1)} — Time to acknowledge: 25m overdue`,
      // #5 removal, created Tuesday 16:20: 26 h 10 m of 32 h, due at 16:20 today.
      `  #5 [Ready to close] ${await titleOf(5)} — Time to close: at risk, 5h 50m left, due 23 Nov, 16:20`,
    ]);
    expect(await outbox()).toEqual([]);
  });

  it("leaves out a request waiting on the client", async () => {
    await saveSettings();
    const current = (await emu.call("GET", `${CS}/_apis/wit/workitems/5`)).json;
    const tagged = await emu.call("PATCH", `${CS}/_apis/wit/workitems/5`, {
      body: [
        { op: "test", path: "/rev", value: current.rev },
        { op: "add", path: "/fields/System.Tags", value: `${current.fields["System.Tags"]}; umd-waiting` },
      ],
    });
    expect(tagged.status).toBe(200);
    const { out } = await report([]);
    expect(out.some((l) => l.includes("#5 "))).toBe(false);
    expect(out[0]).toBe("Client Services: 2 request(s) at risk or overdue (times in UTC):");
  });

  it("with --mail sends the coordinator one digest, values escaped", async () => {
    const holly = await saveSettings();
    const { code, out } = await report(["--mail"]);
    expect(code).toBe(0);
    expect(out.at(-1)).toBe("Digest sent to Holly Brooks.");
    const mail = await outbox();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      to: [holly.id],
      cc: [],
      subject: "Client Services: 3 requests at risk or overdue (2 overdue)",
      from: holly.id,
    });
    expect(mail[0].body).toContain(
      `<a href="${emu.baseUrl}/fabrikam/Client%20Services/_workitems/edit/3">#3</a>`,
    );
    expect(mail[0].body).toContain("<td>1h 30m overdue</td>");
    expect(mail[0].body).not.toMatch(/<script/i);
  });

  it("never mails whoever an extension data document names: any user of the extension can write one", async () => {
    const holly = await saveSettings();
    // Lee, a Contributor with no desk role, writes a 0.1.0-style settings document naming himself coordinator.
    const project = (await emu.call("GET", "/fabrikam/_apis/projects/Client Services")).json as {
      id: string;
    };
    const context = (await emu.call("GET", "/_emulator/context")).json as {
      users: { key: string; id: string; displayName: string; email: string }[];
    };
    const lee = context.users.find((u) => u.key === "lee")!;
    const forged = await emu.call("PUT", SETTINGS_DOCS, {
      as: "lee",
      body: {
        id: project.id,
        value: { coordinator: { id: lee.id, displayName: lee.displayName, uniqueName: lee.email } },
      },
    });
    expect(forged.status).toBe(200);
    const { code } = await report(["--mail"]);
    expect(code).toBe(0);
    expect((await outbox()).map((m) => m.to)).toEqual([[holly.id]]);
  });

  it("says so when nothing is at risk, and sends no mail", async () => {
    await saveSettings({ sla: { ...defaultSlaSettings(), targets: { reset: { closeHours: 1000 } } } });
    const { code, out } = await report(["--mail"]);
    expect(code).toBe(0);
    expect(out).toEqual(["Client Services: no open request is at risk or overdue."]);
    expect(await outbox()).toEqual([]);
  });

  it("refuses without a token, and explains a refused token", async () => {
    const none = await runSlaReport(
      ["--url", `${emu.baseUrl}/fabrikam`, "--project", "Client Services"],
      {},
      {
        out: () => undefined,
        err: () => undefined,
      },
    );
    expect(none).toBe(2);
    const { code, err } = await report([], "not-a-token");
    expect(code).toBe(1);
    expect(err).toEqual([
      "Could not report on the service levels: Azure DevOps refused the token (HTTP 401). Check AZURE_DEVOPS_TOKEN or AZURE_DEVOPS_PAT, and that it has not expired.",
    ]);
  });

  it("tells a project without service levels where to set them", async () => {
    await saveSettings({ sla: undefined });
    const { code, out } = await report([]);
    expect(code).toBe(0);
    expect(out).toEqual([
      "Client Services has no service levels: set them in Project settings > User Management Desk.",
    ]);
  });
});

it("runs as a command with no SDK in reach (npm run sla-report uses tsx, without Jest's SDK mock)", async () => {
  await saveSettings();
  const root = path.resolve(__dirname, "../..");
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    ["scripts/sla-report.ts", "--url", `${emu.baseUrl}/fabrikam`, "--project", "Client Services"],
    { cwd: root, env: { ...process.env, AZURE_DEVOPS_TOKEN: emu.api.tokenFor("remi") } },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(stderr).toBe("");
  expect(code).toBe(0);
  // The command runs on the machine's clock, so only the shape of the answer is fixed here.
  expect(stdout).toMatch(
    /^Client Services: (no open request is at risk or overdue\.|\d+ request\(s\) at risk or overdue)/,
  );
}, 30_000);
