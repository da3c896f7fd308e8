/**
 * The settings page as the trusted store's editor (issue #17): read-only with the reason for anyone Azure
 * DevOps would refuse, Azure DevOps's own refusal shown when it comes anyway, the one-time migration of a
 * 0.1.0 document on an administrator's save, and the Clients section with who can read each client area.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as React from "react";

import { MIGRATION_HINT, READ_ONLY_REASON } from "../../../src/contributions/settings-hub/settingsMessages";
import { SettingsPage } from "../../../src/contributions/settings-hub/SettingsPage";
import { defaultSettings, type Settings } from "../../../src/domain/settings";
import { type FakeHub, fakeHub, HOLLY, INHERITED, REMI } from "./fakes";

const stored = (patch: Partial<Settings> = {}): Settings => ({
  ...defaultSettings({ workItemTypes: Object.keys(INHERITED) }),
  staff: [REMI],
  coordinator: HOLLY,
  ...patch,
});
const AREAS: Partial<Settings> = {
  clientsAreaRoot: "Client Services\\Clients",
  clientAreas: [
    { domain: "contoso-dental.example", areaPath: "Client Services\\Clients\\Contoso Dental" },
    { domain: "northwind.example", areaPath: "Client Services\\Clients\\Northwind Clinic" },
  ],
};

// The whole page renders for each test, azure-devops-ui controls and all: more than Jest's 5 s on a busy machine.
jest.setTimeout(20_000);

const show = (hub: FakeHub) => render(<SettingsPage services={Promise.resolve(hub.services)} />);
const isDisabled = (el: HTMLElement) =>
  el.getAttribute("aria-disabled") === "true" || (el as HTMLButtonElement).disabled;

describe("who may change the settings", () => {
  it("someone without Edit project-level information reads them, cannot change them, and is told why", async () => {
    const hub = fakeHub({ stored: stored(AREAS), admin: false });
    show(hub);
    expect(await screen.findByText(READ_ONLY_REASON)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Reset to defaults" })).toBeNull();
    expect(screen.getByLabelText("Request tag")).toBeDisabled();
    expect(screen.getByLabelText("Clients area root")).toBeDisabled();
    expect(screen.getByRole("combobox", { name: "Coordinator" })).toBeDisabled();
    expect(screen.getByRole("combobox", { name: "Add a staff member" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Default assignee of staff tasks" })).toBeDisabled();
    // The checkbox is no form element: it is locked by the page, not by the fieldset.
    const sla = screen.getByRole("checkbox", { name: /Measure service levels/ });
    expect(sla).toHaveAttribute("aria-disabled", "true");
    fireEvent.click(sla);
    expect(sla).not.toBeChecked();
    expect(screen.queryByRole("button", { name: "Add organization" })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Remove contoso-dental/ })).toBeNull();
    // Area security is for administrators: not read, not shown.
    expect(hub.calls.filter((c) => c.startsWith("exposure"))).toEqual([]);
    expect(hub.documents.writes).toEqual([]);
  });

  it("when Azure DevOps refuses the save anyway, says so in words, and nothing is saved", async () => {
    const hub = fakeHub({ stored: stored() });
    hub.exposure = async () => ({});
    show(hub);
    const tag = await screen.findByLabelText("Request tag");
    // The permission changed since the page opened: Azure DevOps, not the page, decides.
    hub.admin = false;
    fireEvent.change(tag, { target: { value: "client-request" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(
      await screen.findByText(
        /^Azure DevOps refused to save the settings: only project administrators can change them \(they need "Edit project-level information" and "Manage project properties" on this project\)\. Ask a project administrator to make this change\. Azure DevOps said: VS402904/,
      ),
    ).toBeInTheDocument();
    expect(hub.documents.writes).toEqual([]);
  });

  it("when the check itself fails, says so and leaves the page editable; the save decides", async () => {
    const hub = fakeHub({ stored: stored(), admin: new Error("HTTP 401") });
    show(hub);
    expect(
      await screen.findByText(/You can still edit; Azure DevOps checks your permission when you save\./),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Request tag")).not.toBeDisabled();
  });
});

describe("migrating 0.1.0 settings", () => {
  it("offers the old document to an administrator once; Save makes it the trusted settings", async () => {
    const hub = fakeHub();
    // A 0.1.0 document: version 1, no revision, no client areas.
    const {
      revision: _r,
      clientAreas: _a,
      clientAreaExceptions: _e,
      ...old
    } = stored({
      requestTag: "old-tag",
      services: ["Dental portal"],
    });
    hub.legacy.value = { ...old, schemaVersion: 1 };
    show(hub);
    expect(await screen.findByText(MIGRATION_HINT)).toBeInTheDocument();
    expect(screen.getByLabelText("Request tag")).toHaveValue("old-tag");
    await waitFor(() => expect(isDisabled(screen.getByRole("button", { name: "Save" }))).toBe(false));
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText(/Settings saved\./);
    expect(hub.documents.writes).toHaveLength(1);
    expect(hub.documents.writes[0].value).toMatchObject({
      schemaVersion: 2,
      revision: 1,
      requestTag: "old-tag",
      services: ["Dental portal"],
      coordinator: HOLLY,
    });
    expect(screen.queryByText(MIGRATION_HINT)).toBeNull();
  });

  it("never offers it once trusted settings exist, nor to someone who cannot save", async () => {
    const trusted = fakeHub({ stored: stored({ requestTag: "trusted" }) });
    trusted.legacy.value = stored({ requestTag: "old-tag" });
    show(trusted);
    expect(await screen.findByLabelText("Request tag")).toHaveValue("trusted");
    expect(screen.queryByText(MIGRATION_HINT)).toBeNull();
  });
});

describe("the Clients section", () => {
  it("edits the root and the mappings, checked before saving", async () => {
    const hub = fakeHub({ stored: stored() });
    show(hub);
    fireEvent.click(await screen.findByRole("button", { name: "Add organization" }));
    fireEvent.change(screen.getByLabelText("E-mail domain"), { target: { value: "contoso-dental.example" } });
    fireEvent.change(screen.getByLabelText("Area path"), {
      target: { value: "Client Services\\Clients\\Contoso Dental" },
    });
    expect(
      screen.getByText("Enter the area under which each client organization has its own area."),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Clients area root"), {
      target: { value: "Client Services\\Clients" },
    });
    hub.exposure = async () => ({
      "Client Services\\Clients\\Contoso Dental": {
        kind: "closed",
        readers: ["[Client Services]\\Contributors"],
      },
    });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText(/Settings saved\./);
    expect(hub.documents.writes[0].value).toMatchObject({
      clientsAreaRoot: "Client Services\\Clients",
      clientAreas: [
        { domain: "contoso-dental.example", areaPath: "Client Services\\Clients\\Contoso Dental" },
      ],
    });
    expect(
      await screen.findByText(
        "Client Services\\Clients\\Contoso Dental: only the desk and this client can read it ([Client Services]\\Contributors).",
      ),
    ).toBeInTheDocument();
  });

  it("shows, per area, whether other clients can read it, and how to close it", async () => {
    const hub = fakeHub({ stored: stored(AREAS) });
    hub.exposure = async () => ({
      "Client Services\\Clients\\Contoso Dental": {
        kind: "open",
        others: ["[Client Services]\\Clients"],
        readers: ["[Client Services]\\Contributors", "[Client Services]\\Clients"],
      },
      "Client Services\\Clients\\Northwind Clinic": {
        kind: "unknown",
        reason: "Azure DevOps did not let the extension read who can read the client areas (HTTP 403).",
      },
    });
    show(hub);
    const open = await screen.findByText(
      "Client Services\\Clients\\Contoso Dental: other clients can read it, through [Client Services]\\Clients.",
    );
    expect(open.parentElement).toHaveTextContent(
      'For [Client Services]\\Clients: set "View work items in this node" and "Edit work items in this node" to Deny.',
    );
    expect(open.parentElement).toHaveTextContent(
      "Find Client Services\\Clients\\Contoso Dental, open its … menu and choose Security.",
    );
    expect(
      screen.getByText(
        /Northwind Clinic: could not be checked\. Azure DevOps did not let the extension read/,
      ),
    ).toBeInTheDocument();
    expect(hub.calls).toContain(
      "exposure Client Services\\Clients\\Contoso Dental, Client Services\\Clients\\Northwind Clinic",
    );
  });
});
