/**
 * The hub and the settings page on Azure DevOps Server 2022 (the emulator's server2022 profile): they load
 * and act at the collection URL, and nothing they or the host call asks for an api-version above 7.0,
 * which Server refuses. The panels' routine runs on this profile in workflow.test.ts.
 */
import { type Frame } from "playwright-core";

import { loadManifest } from "../emulator/server";
import { byRole, contributionFrame, unexpectedProblems, useEmulator } from "./support/harness";
import { chooseFirstService, chooseRequestType } from "./support/newRequestForm";
import { restAs } from "./support/rest";

const manifest = loadManifest();
const HUB = `/fabrikam/Client%20Services/_apps/hub/${manifest.publisher}.${manifest.id}.queue-hub`;
const SETTINGS = `/fabrikam/Client%20Services/_settings/${manifest.publisher}.${manifest.id}.settings-hub`;

const rowOf = (hub: Frame, grid: string, text: string) =>
  byRole(hub, "grid", grid).getByRole("row").filter({ hasText: text }).first();

describe("the hub and settings on Azure DevOps Server 2022", () => {
  const e2e = useEmulator({ profile: "server2022" });

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  it("staff act from the hub, a client sees her requests and files one from the form, settings load: all at 7.0 or below", async () => {
    const holly = await e2e.openAs("holly", HUB);
    expect(holly.url()).toContain("/tfs/DefaultCollection/Client%20Services/_apps/hub/");
    const hub = await contributionFrame(holly, "queue-hub");
    await byRole(rowOf(hub, "Submitted requests", "User 102"), "button", "Acknowledge").click();
    await hub.getByText(/Acknowledged\. The client was told/).waitFor();

    // Dana is a Stakeholder: hubs do not load for her; her requests and New request are on the form. Her
    // request reads the project's tags (Tags - Get Tags, a preview: 7.0-preview.1 on Server) first.
    const dana = await e2e.openAs("dana", "/fabrikam/Client%20Services/_workitems/edit/2");
    const mine = byRole(await contributionFrame(dana, "work-item-panel"), "region", "My requests");
    await mine.getByText(/^#2 /).waitFor();
    await byRole(mine, "button", "New request").click();
    const panel = await contributionFrame(dana, "new-request-panel");
    await byRole(panel, "button", "Submit request").waitFor();
    await chooseRequestType(panel, "Remove user");
    await chooseFirstService(panel);
    const user = panel.getByRole("group", { name: "User 1", exact: true });
    await user.getByLabel("Account", { exact: true }).fill("User 108");
    await user.getByLabel("E-mail", { exact: true }).fill("user108@contoso-dental.example");
    await user.getByLabel("Last day", { exact: true }).fill("2030-01-07");
    await byRole(panel, "button", "Submit request").click();
    await mine.getByText(/^Request #\d+ submitted\./).waitFor();

    const settingsPage = await e2e.openAs("holly", SETTINGS);
    const settings = await contributionFrame(settingsPage, "settings-hub");
    await byRole(settings, "button", "Save").waitFor();

    const log = await restAs(e2e).log();
    expect(log.length).toBeGreaterThan(5);
    expect(log.filter((r) => !r.path.startsWith("/tfs/DefaultCollection/"))).toEqual([]);
    // 404s are settings documents not written yet, which the pages expect; nothing else was refused.
    expect(log.filter((r) => r.status >= 400 && r.status !== 404)).toEqual([]);
    expect(
      log.filter((r) => r.method === "GET" && r.path.endsWith("/_apis/wit/tags")).map((r) => r.apiVersion),
    ).toEqual(["7.0-preview.1"]);
    const above = log.filter((r) => !/^(7\.0|5\.0)(-preview\.\d+)?$/.test(r.apiVersion ?? ""));
    expect(above.map((r) => `${r.method} ${r.path} ${r.apiVersion}`)).toEqual([]);
  }, 60_000);
});
