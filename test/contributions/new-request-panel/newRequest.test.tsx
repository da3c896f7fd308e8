import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";

import type { Identity } from "../../../src/ado/identities";
import type { LoadedSettings } from "../../../src/ado/settingsStore";
import { NewRequestForm } from "../../../src/contributions/new-request-panel/NewRequestForm";
import type { Settings } from "../../../src/domain/settings";
import { choose } from "../../support/choose";
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

/** Picks `option` in the form's dropdown named `label`, as a person does: opens it and clicks the option. */
const pick = (label: string, option: string) => choose(screen.getByRole("button", { name: label }), option);

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
    await pick("Request type", "Reassign user");
    await pick("Service", "Customer portal");
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

  it("refuses to submit with errors and sends nothing; focus goes to the first field to fix", () => {
    const { hub } = setup();
    fireEvent.click(screen.getByRole("button", { name: "Submit request" }));
    expect(screen.getByText(/^Fix the \d+ fields marked above\.$/)).toHaveAttribute("role", "alert");
    expect(screen.getByLabelText("Client name")).toHaveAttribute("aria-invalid", "true");
    // Each message shows under its own field, which it describes.
    const name = screen.getByLabelText("Client name");
    expect(document.getElementById(name.getAttribute("aria-describedby")!)).toHaveTextContent(
      "Enter the client's name.",
    );
    const service = screen.getByRole("button", { name: "Service" });
    expect(document.getElementById(service.getAttribute("aria-describedby")!)).toHaveTextContent(
      "Choose the service this request is about.",
    );
    expect(document.activeElement).toBe(service);
    expect(hub.workItems.writes()).toEqual([]);
  });

  it("shows no message for a field not touched yet, and one once the person leaves it empty", async () => {
    setup();
    const name = screen.getByLabelText("Client name");
    expect(name).toHaveAttribute("aria-invalid", "false");
    expect(name).not.toHaveAttribute("aria-describedby");
    fireEvent.focus(name);
    fireEvent.blur(name);
    // azure-devops-ui reports the blur once focus has settled (it may only be moving inside the field).
    await waitFor(() => expect(name).toHaveAttribute("aria-invalid", "true"));
    expect(document.getElementById(name.getAttribute("aria-describedby")!)).toHaveTextContent(
      "Enter the client's name.",
    );
  });

  it("counts the characters of the notes and of every field against the request's limits", () => {
    setup();
    const notes = screen.getByLabelText("Notes (optional)");
    expect(notes.tagName).toBe("TEXTAREA");
    // The browser stops typing at the limit; the counter says how far the person is.
    expect(notes).toHaveAttribute("maxlength", "4000");
    const notesItem = notes.closest("[data-field]") as HTMLElement;
    expect(within(notesItem).getByText("0/4000")).toBeInTheDocument();
    type("Notes (optional)", "Call before noon.");
    expect(within(notesItem).getByText("17/4000")).toBeInTheDocument();

    const user = screen.getByRole("group", { name: "New user 1" });
    for (const label of ["Name", "E-mail", "Role"]) {
      const field = within(user).getByLabelText(label);
      expect(field).toHaveAttribute("maxlength", "256");
      expect(within(field.closest("[data-field]") as HTMLElement).getByText("0/256")).toBeInTheDocument();
    }
    expect(screen.getByLabelText("Client name")).toHaveAttribute("maxlength", "256");
  });

  it("says under the last day when it is not written yyyy-mm-dd", async () => {
    setup();
    await pick("Request type", "Remove user");
    const user = screen.getByRole("group", { name: "User 1" });
    const lastDay = within(user).getByLabelText("Last day");
    expect(lastDay).toHaveAttribute("placeholder", "yyyy-mm-dd");
    type("Last day", "31.12.2026", user);
    expect(lastDay).toHaveAttribute("aria-invalid", "true");
    expect(document.getElementById(lastDay.getAttribute("aria-describedby")!)).toHaveTextContent(
      "Enter the last day as a date (yyyy-mm-dd).",
    );
    type("Last day", "2026-12-31", user);
    expect(lastDay).toHaveAttribute("aria-invalid", "false");
  });

  it("a service typed, not chosen, when the project lists none", () => {
    setup({ settings: { services: [] } });
    expect(screen.queryByRole("button", { name: "Service" })).toBeNull();
    const service = screen.getByLabelText("Service");
    expect(service).toHaveAttribute("maxlength", "256");
    type("Service", "Dental portal");
    expect(service).toHaveValue("Dental portal");
    expect(service).toHaveAttribute("aria-invalid", "false");
  });

  it("the enrollment key is a checkbox that Space ticks and unticks", () => {
    setup();
    const user = screen.getByRole("group", { name: "New user 1" });
    const key = within(user).getByRole("checkbox", { name: "Enrollment key" });
    expect(key).toBeChecked();
    key.focus();
    expect(document.activeElement).toBe(key);
    fireEvent.keyDown(key, { key: " ", code: "Space", keyCode: 32, which: 32 });
    expect(key).not.toBeChecked();
    fireEvent.keyDown(key, { key: " ", code: "Space", keyCode: 32, which: 32 });
    expect(key).toBeChecked();
  });

  it("says before submitting that a non-member client cannot be notified; mail then goes to the coordinator only", async () => {
    const { hub, submitted, asked } = setup({ members: [HOLLY, REMI] });
    type("Client name", "Pat Morgan");
    type("Client e-mail", "pat@example.org");
    await pick("Service", "Voicemail");
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
    await pick("Service", "Voicemail");
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

  const fillReset = async () => {
    await pick("Request type", "Account reset");
    await pick("Service", "Customer portal");
    const user = screen.getByRole("group", { name: "User 1" });
    type("Account", "jordan.lee", user);
    type("E-mail", "jordan.lee@contoso-dental.example", user);
    type("Reason", "Locked out", user);
  };

  it("a client's request carries the signed-in identity and lands in their organization's area", async () => {
    const { hub, submitted } = setup({ user: DANA, asClient: true, settings: AREAS });
    hub.workItems.canRead = () => true;
    await fillReset();
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
    await fillReset();
    fireEvent.click(screen.getByRole("button", { name: "Submit request" }));
    await waitFor(() => expect(submitted).toHaveLength(1));
    const created = hub.workItems.items.get(submitted[0])!;
    expect(created.fields["System.AreaPath"]).toBe("Client Services\\Clients\\Northwind Clinic");
    expect(String(created.fields["System.Tags"])).toContain("umd-client:pat@example.org");
  });
});
