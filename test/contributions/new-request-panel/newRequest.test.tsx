import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";

import type { Identity } from "../../../src/ado/identities";
import type { LoadedSettings } from "../../../src/ado/settingsStore";
import { NewRequestForm } from "../../../src/contributions/new-request-panel/NewRequestForm";
import type { Settings } from "../../../src/domain/settings";
import { DANA, HOLLY, REMI } from "../../support/fakeDesk";
import { fakeHub } from "../queue-hub/hubFakes";

function setup(
  options: {
    user?: Identity;
    members?: Identity[];
    asClient?: boolean;
    answer?: boolean;
    settings?: Partial<Settings>;
  } = {},
) {
  const hub = fakeHub({
    user: options.user,
    members: options.members,
    settings: {
      coordinator: HOLLY,
      staff: [REMI],
      services: ["Customer portal", "Voicemail"],
      ...options.settings,
    },
  });
  const loaded: LoadedSettings = { settings: hub.desk.settings, revision: 1, isDefault: false, problems: [] };
  const submitted: number[] = [];
  const asked: string[] = [];
  render(
    <NewRequestForm
      services={hub.desk.services}
      settings={loaded}
      asClient={options.asClient ?? false}
      confirm={async (_t, message, action) => {
        asked.push(`${action}: ${message}`);
        return options.answer ?? true;
      }}
      onSubmitted={(r) => submitted.push(r.id)}
      onCancel={() => undefined}
    />,
  );
  return { hub, submitted, asked };
}

const type = (label: string, value: string, scope: HTMLElement = document.body) =>
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

describe("New request panel", () => {
  it("validates as you type, with the message next to the field", () => {
    setup();
    type("Client e-mail", "not-an-address");
    const email = screen.getByLabelText("Client e-mail");
    expect(email).toHaveAttribute("aria-invalid", "true");
    const describedBy = email.getAttribute("aria-describedby")!;
    expect(document.getElementById(describedBy)).toHaveTextContent(
      '"not-an-address" is not a valid e-mail address',
    );
    type("Client e-mail", "dana@contoso-dental.example");
    expect(screen.getByLabelText("Client e-mail")).toHaveAttribute("aria-invalid", "false");
  });

  it("Reassign user: per-user fields, what must change, and submit creates once and mails once", async () => {
    const { hub, submitted } = setup({ user: DANA, asClient: true });
    hub.workItems.canRead = () => true;
    // A client files in their own name: shown, not typed.
    expect(screen.getByLabelText("Client")).toHaveTextContent(
      "You are filing this request as Dana Whitfield (dana@contoso-dental.example).",
    );
    expect(screen.queryByLabelText("Client e-mail")).toBeNull();
    expect(screen.queryByLabelText("Client name")).toBeNull();
    fireEvent.change(screen.getByLabelText("Request type"), { target: { value: "reassign" } });
    fireEvent.change(screen.getByLabelText("Service"), { target: { value: "Customer portal" } });
    const user = screen.getByRole("group", { name: "User 1" });
    type("User or extension", "User 102", user);
    type("Departing employee", "Maria Gomez", user);
    type("Current login e-mail", "maria@contoso-dental.example", user);
    type("New employee", "Alex Chen", user);
    type("New login e-mail", "alex@contoso-dental.example", user);
    type("Effective date", "2026-12-01", user);
    expect(within(user).getByLabelText("Change portal login e-mail")).toBeChecked();
    expect(within(user).getByLabelText("Keep subscription and extension")).toBeChecked();
    fireEvent.click(screen.getByRole("button", { name: "Submit request" }));
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(hub.workItems.writes()).toEqual(["create", "sendMail"]);
    const created = hub.workItems.items.get(submitted[0])!;
    expect(created.fields["System.Tags"]).toBe(
      "umd-request; umd-type:reassign; umd-service:Customer portal; umd-client:dana@contoso-dental.example",
    );
    expect(String(created.fields["System.Description"])).toContain(
      "<tr><th>New login e-mail</th><td>alex@contoso-dental.example</td></tr>",
    );
    expect(created.fields["System.AssignedTo"]).toMatchObject({ id: HOLLY.id });
    expect(created.fields["System.AreaPath"]).toBe("Client Services");
    const mail = hub.workItems.outbox[0];
    expect(mail).toMatchObject({ to: [DANA.id], cc: [HOLLY.id], workItemIds: [created.id] });
    expect(mail.subject).toBe(`We received your request #${created.id}: Reassign user`);
  });

  it("refuses to submit with errors and sends nothing", () => {
    const { hub } = setup();
    fireEvent.click(screen.getByRole("button", { name: "Submit request" }));
    expect(screen.getByRole("alert")).toHaveTextContent(/Fix the \d+ fields marked above\./);
    expect(screen.getByLabelText("Client name")).toHaveAttribute("aria-invalid", "true");
    expect(hub.workItems.writes()).toEqual([]);
  });

  it("says before submitting that a non-member client cannot be notified; mail then goes to the coordinator only", async () => {
    const { hub, submitted, asked } = setup({ members: [HOLLY, REMI] });
    type("Client name", "Pat Morgan");
    type("Client e-mail", "pat@example.org");
    fireEvent.change(screen.getByLabelText("Service"), { target: { value: "Voicemail" } });
    const user = screen.getByRole("group", { name: "New user 1" });
    type("Name", "Kim Lee", user);
    type("E-mail", "kim@example.org", user);
    const warning =
      "pat@example.org is not a member of this organization, so Azure DevOps cannot notify them; add them as a Stakeholder, or continue without notifying.";
    expect(await screen.findByText(warning)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Submit request" }));
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(asked).toEqual([`Submit request: ${warning}`]);
    expect(hub.workItems.outbox).toHaveLength(1);
    expect(hub.workItems.outbox[0]).toMatchObject({ to: [HOLLY.id], cc: [] });
  });

  it("Cancel on the non-member question submits nothing", async () => {
    const { hub, asked } = setup({ members: [HOLLY], answer: false });
    type("Client name", "Pat Morgan");
    type("Client e-mail", "pat@example.org");
    fireEvent.change(screen.getByLabelText("Service"), { target: { value: "Voicemail" } });
    const user = screen.getByRole("group", { name: "New user 1" });
    type("Name", "Kim Lee", user);
    type("E-mail", "kim@example.org", user);
    fireEvent.click(screen.getByRole("button", { name: "Submit request" }));
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(hub.workItems.writes()).toEqual([]);
  });
});

describe("New request: whose request, and where it lands", () => {
  const AREAS: Partial<Settings> = {
    clientsAreaRoot: "Client Services\\Clients",
    clientAreas: [
      { domain: "contoso-dental.example", areaPath: "Client Services\\Clients\\Contoso Dental" },
      { domain: "northwind.example", areaPath: "Client Services\\Clients\\Northwind Clinic" },
    ],
    clientAreaExceptions: [
      { email: "pat@example.org", areaPath: "Client Services\\Clients\\Northwind Clinic" },
    ],
  };

  const fillReset = () => {
    fireEvent.change(screen.getByLabelText("Request type"), { target: { value: "reset" } });
    fireEvent.change(screen.getByLabelText("Service"), { target: { value: "Customer portal" } });
    const user = screen.getByRole("group", { name: "User 1" });
    type("Account", "jordan.lee", user);
    type("E-mail", "jordan.lee@contoso-dental.example", user);
    type("Reason", "Locked out", user);
  };

  it("a client's request carries the signed-in identity and lands in their organization's area", async () => {
    const { hub, submitted } = setup({ user: DANA, asClient: true, settings: AREAS });
    hub.workItems.canRead = () => true;
    fillReset();
    fireEvent.click(screen.getByRole("button", { name: "Submit request" }));
    await waitFor(() => expect(submitted).toHaveLength(1));
    const created = hub.workItems.items.get(submitted[0])!;
    expect(created.fields["System.AreaPath"]).toBe("Client Services\\Clients\\Contoso Dental");
    expect(String(created.fields["System.Tags"])).toContain("umd-client:dana@contoso-dental.example");
    expect(String(created.fields["System.Description"])).toContain("Dana Whitfield");
  });

  it("the coordinator files on a client's behalf: the typed client, in that client's area (an exception wins)", async () => {
    const { hub, submitted } = setup({ user: HOLLY, settings: AREAS, members: [HOLLY, REMI] });
    hub.workItems.canRead = () => true;
    type("Client name", "Pat Morgan");
    type("Client e-mail", "pat@example.org");
    fillReset();
    fireEvent.click(screen.getByRole("button", { name: "Submit request" }));
    await waitFor(() => expect(submitted).toHaveLength(1));
    const created = hub.workItems.items.get(submitted[0])!;
    expect(created.fields["System.AreaPath"]).toBe("Client Services\\Clients\\Northwind Clinic");
    expect(String(created.fields["System.Tags"])).toContain("umd-client:pat@example.org");
  });
});
