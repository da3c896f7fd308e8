/**
 * Roles end to end (issue #17), against the emulator's security model (contract17.md, helper A's branch):
 * Holly (coordinator, Project Administrators), Remi and Sam (staff, Contributors), Dana and Chris (clients,
 * Stakeholders, each in their company's area), Lee (a member with none of the desk's roles). Client Services
 * is configured through its project property; Basic Desk has none. Every refusal checked here comes from the
 * emulator's REST API, as Azure DevOps would give it; the panels only turn it into words.
 *
 * Needs helper A's emulator (branch sec-emu): project properties, permission evaluation, area ACLs and the
 * seeded users lee and chris.
 */
import { type Frame, type Page } from "playwright-core";

import { loadManifest } from "../emulator/server";
import { byRole, contributionFrame, unexpectedProblems, useEmulator } from "./support/harness";
import { restAs } from "./support/rest";

const manifest = loadManifest();
const CS = "Client Services";
const BASIC = "Basic Desk";
const SETTINGS = `/fabrikam/Client%20Services/_settings/${manifest.publisher}.${manifest.id}.settings-hub`;
const DESK_BUTTONS = ["Acknowledge", "Create staff task", "Notify client", "Close request"];

describe("who may do what, per role", () => {
  const e2e = useEmulator();

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  async function panelOf(user: string, project: string, id: number): Promise<{ page: Page; panel: Frame }> {
    const page = await e2e.openAs(user, `/fabrikam/${encodeURIComponent(project)}/_workitems/edit/${id}`);
    return { page, panel: await contributionFrame(page, "work-item-panel") };
  }

  /** A REST call as a seeded user, answered as Azure DevOps answers it (status and body). */
  async function call(user: string, method: string, path: string, body?: unknown, contentType?: string) {
    const res = await fetch(e2e.emulator.url + path, {
      method,
      headers: {
        Accept: "application/json",
        Authorization: `Bearer ${e2e.emulator.api.tokenFor(user)}`,
        ...(body === undefined ? {} : { "Content-Type": contentType ?? "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  }

  it("the seed routine by clicks: Holly acknowledges, gives the staff task to Remi, Remi completes it, Holly closes", async () => {
    const holly = await panelOf("holly", CS, 2);
    await byRole(holly.panel, "button", "Acknowledge").click();
    await holly.panel.getByText(/^Acknowledged\. The client was told/).waitFor();

    const again = await panelOf("holly", CS, 2);
    // Client Services has staff: the picker is a dropdown of them (Remi, the default assignee, and Sam).
    // The Staff member dropdown (its code loads on demand) starts on Remi, the default assignee.
    const staffShown = await again.panel
      .locator(".umd-staff-picker")
      .evaluate((e) => `${e.textContent} ${[...e.querySelectorAll("input")].map((i) => i.value).join(" ")}`);
    expect(staffShown).toContain("Remi Laurent");
    await byRole(again.panel, "button", "Create staff task").click();
    await again.panel.getByText(/^Created staff task #\d+ for Remi Laurent\./).waitFor();
    const request = await restAs(e2e).get<{
      relations: { rel: string; url: string }[];
      fields: Record<string, unknown>;
    }>("/fabrikam/_apis/wit/workitems/2?$expand=relations");
    const taskId = Number(
      /(\d+)$/.exec(request.relations.find((r) => r.rel === "System.LinkTypes.Hierarchy-Forward")!.url)![1],
    );
    const task = await restAs(e2e).get<{ fields: Record<string, unknown> }>(
      `/fabrikam/_apis/wit/workitems/${taskId}`,
    );
    // The staff task inherits the client's area, so the same people can read it.
    expect(task.fields["System.AreaPath"]).toBe(request.fields["System.AreaPath"]);

    const remi = await panelOf("remi", CS, taskId);
    await byRole(remi.panel, "button", "Complete task").click();
    await byRole(remi.page, "button", "Complete task").click(); // the host's confirmation of unticked items
    await remi.panel.getByText(/^Completed\. Dana Whitfield was e-mailed the account changes/).waitFor();

    const closing = await panelOf("holly", CS, 2);
    await closing.panel.getByText("Ready to close").first().waitFor();
    await byRole(closing.panel, "button", "Close request").click();
    await closing.panel.getByText(/^Closed\. The client was told/).waitFor();
  });

  it("Dana, a client, sees her request's client view on the form: stage, who did what, what happens next, no desk button", async () => {
    const { panel } = await panelOf("dana", CS, 2);
    await panel.getByText("What happens next").waitFor();
    await panel.getByText(/The coordinator reviews your request/).waitFor();
    for (const name of DESK_BUTTONS) await expect(byRole(panel, "button", name).count()).resolves.toBe(0);
    await expect(panel.getByRole("note").count()).resolves.toBe(0);
  });

  it("Lee, a member with no role, sees the same view with one line on who can act", async () => {
    const { panel } = await panelOf("lee", CS, 2);
    await panel.getByText(/^Only Holly Brooks \(coordinator\), .* \(staff\) act on requests\.$/).waitFor();
    for (const name of DESK_BUTTONS) await expect(byRole(panel, "button", name).count()).resolves.toBe(0);
  });

  it("Sam, staff, gets the desk's actions; on Remi's task he is told whose task it is", async () => {
    const { panel } = await panelOf("sam", CS, 3);
    for (const name of DESK_BUTTONS) await byRole(panel, "button", name).waitFor();
    const task = await panelOf("sam", CS, 4);
    await task.panel.getByText(/^This task is assigned to Remi Laurent\./).waitFor();
  });

  it("a client cannot read another client's request: Azure DevOps answers 404, as for a missing item", async () => {
    const read = await call("chris", "GET", "/fabrikam/_apis/wit/workitems/2?api-version=7.1");
    expect(read.status).toBe(404);
    const own = await call("chris", "GET", "/fabrikam/_apis/wit/workitems/3?api-version=7.1");
    expect(own.status).toBe(200);
  });

  it("settings: read-only with the reason for staff; Azure DevOps itself refuses their write", async () => {
    const page = await e2e.openAs("remi", SETTINGS);
    const hub = await contributionFrame(page, "settings-hub");
    await hub
      .getByText(/^You can read these settings, but only project administrators can change them/)
      .waitFor();
    await expect(byRole(hub, "button", "Save").count()).resolves.toBe(0);
    // Every control is shown for reading, none can be changed.
    await expect(byRole(hub, "textbox", "Request tag").isDisabled()).resolves.toBe(true);
    await expect(byRole(hub, "combobox", "Coordinator").isDisabled()).resolves.toBe(true);
    await expect(byRole(hub, "button", "Acknowledge state").isDisabled()).resolves.toBe(true);
    await expect(
      hub.getByRole("checkbox", { name: /^Measure service levels/ }).getAttribute("aria-disabled"),
    ).resolves.toBe("true");
    const project = (
      await restAs(e2e).get<{ value: { id: string; name: string }[] }>("/fabrikam/_apis/projects")
    ).value.find((p) => p.name === CS)!;
    const write = await call(
      "remi",
      "PATCH",
      `/fabrikam/_apis/projects/${project.id}/properties?api-version=7.1-preview.1`,
      [{ op: "add", path: "/UserManagementDesk.Settings", value: "{}" }],
      "application/json-patch+json",
    );
    expect(write.status).toBe(403);
    expect(String(write.body?.message)).toMatch(/^VS402904: /);
  });

  it("settings: Holly (project administrator) edits them, with who can read each client area", async () => {
    const page = await e2e.openAs("holly", SETTINGS);
    const hub = await contributionFrame(page, "settings-hub");
    await byRole(hub, "button", "Save").waitFor();
    await byRole(hub, "textbox", "Clients area root").waitFor();
    await hub.getByText(/^Client Services\\Clients\\Contoso Dental: /).waitFor();
  });

  it("Basic Desk, unconfigured: Holly (project administrator) acts and is led to the settings; Remi cannot act", async () => {
    const holly = await panelOf("holly", BASIC, 10);
    await byRole(holly.panel, "button", "Acknowledge").waitFor();
    await holly.panel.getByText(/as a project administrator you can act on requests/).waitFor();
    const remi = await panelOf("remi", BASIC, 10);
    await remi.panel.getByText(/^Nobody works requests here yet/).waitFor();
    await expect(byRole(remi.panel, "button", "Acknowledge").count()).resolves.toBe(0);
  });
});
