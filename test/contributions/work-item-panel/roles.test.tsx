/**
 * The work item form's panel per role (issue #17): the desk's buttons only for the coordinator and staff,
 * the client view for clients (and for members with no role, with one line on who can act), the task's
 * editors for staff only, and the first run where project administrators act and are led to the settings.
 */
import { render, screen, waitFor } from "@testing-library/react";
import * as React from "react";

import type { Identity } from "../../../src/ado/identities";
import { createFormEvents } from "../../../src/contributions/work-item-panel/formEvents";
import type { PanelUi } from "../../../src/contributions/work-item-panel/panelUi";
import { WorkItemPanel } from "../../../src/contributions/work-item-panel/WorkItemPanel";
import { defaultSettings } from "../../../src/domain/settings";
import {
  actAs,
  DANA,
  type FakeDesk,
  fakeDesk,
  HOLLY,
  notImplemented,
  REMI,
  requestWithStaffTask,
  SAM,
  USER_102,
} from "../../support/fakeDesk";

const LEE: Identity = {
  id: "11111111-0000-0000-0000-000000000006",
  displayName: "Lee Morgan",
  uniqueName: "lee@fabrikam.example",
};

const ui: PanelUi = {
  confirm: () => notImplemented("confirm"),
  notifyDialog: () => notImplemented("notifyDialog"),
  isFormDirty: async () => false,
  afterAction: async () => undefined,
  openWorkItem: () => undefined,
};

function open(desk: FakeDesk, id: number) {
  const item = desk.workItems.items.get(id)!;
  const events = createFormEvents();
  render(
    <WorkItemPanel
      services={Promise.resolve(desk.services)}
      events={events}
      ui={ui}
      readForm={async () => ({
        fields: { "System.Tags": item.fields["System.Tags"] },
        relations: item.relations ?? [],
      })}
    />,
  );
  events.listener.onLoaded({ id, isNew: false });
}

const configured = () =>
  fakeDesk({
    settings: {
      coordinator: { ...HOLLY },
      staff: [{ ...REMI }, { ...SAM }],
      clientsAreaRoot: "Client Services\\Clients",
      clientAreas: [
        { domain: "contoso-dental.example", areaPath: "Client Services\\Clients\\Contoso Dental" },
      ],
    },
  });

const DESK_BUTTONS = ["Acknowledge", "Create staff task", "Notify client", "Close request"];

describe("the request on the form, per role", () => {
  it("the coordinator and staff get the desk's actions", async () => {
    for (const person of [HOLLY, REMI]) {
      const desk = configured();
      const request = desk.workItems.addRequest(USER_102);
      actAs(desk, person);
      open(desk, request.id);
      for (const name of DESK_BUTTONS) expect(await screen.findByRole("button", { name })).toBeTruthy();
      document.body.innerHTML = "";
    }
  });

  it("a client sees where the request stands, who did what and what happens next, and no desk button", async () => {
    const desk = configured();
    const { request } = await requestWithStaffTask(desk);
    actAs(desk, DANA);
    open(desk, request.id);
    const view = await screen.findByLabelText("Your request");
    expect(view).toHaveTextContent("In progress");
    await waitFor(() => expect(view).toHaveTextContent(/Holly Brooks, /));
    expect(screen.getByRole("region", { name: "What happens next" })).toHaveTextContent(
      "Staff are making the changes. You will receive an e-mail listing each change.",
    );
    for (const name of DESK_BUTTONS) expect(screen.queryByRole("button", { name })).toBeNull();
    expect(screen.queryByRole("note")).toBeNull();
  });

  it("a member with none of the roles sees the same view with one line on who can act", async () => {
    const desk = configured();
    const request = desk.workItems.addRequest(USER_102);
    actAs(desk, LEE);
    open(desk, request.id);
    expect(await screen.findByRole("note")).toHaveTextContent(
      "Only Holly Brooks (coordinator) and Remi Laurent and Sam Okafor (staff) act on requests.",
    );
    for (const name of DESK_BUTTONS) expect(screen.queryByRole("button", { name })).toBeNull();
  });
});

describe("an unconfigured project", () => {
  const unconfigured = () => {
    const desk = fakeDesk({ projectAdmins: [HOLLY] });
    desk.settings = defaultSettings({ workItemTypes: ["User Request", "Task"] });
    return desk;
  };

  it("a project administrator can act and is led to the settings", async () => {
    const desk = unconfigured();
    const request = desk.workItems.addRequest(USER_102);
    open(desk, request.id);
    expect(await screen.findByRole("button", { name: "Acknowledge" })).toBeTruthy();
    expect(
      screen.getByText(
        /as a project administrator you can act on requests\. Choose the coordinator and staff in Project settings > User Management Desk\./,
      ),
    ).toBeTruthy();
  });

  it("nobody else can act, and is told why", async () => {
    const desk = unconfigured();
    const request = desk.workItems.addRequest(USER_102);
    actAs(desk, REMI);
    open(desk, request.id);
    expect(await screen.findByRole("note")).toHaveTextContent(
      /Nobody works requests here yet: a project administrator must first choose the coordinator and staff/,
    );
    expect(screen.queryByRole("button", { name: "Acknowledge" })).toBeNull();
  });
});

describe("a staff task on the form, per role", () => {
  it("staff get the account changes, the checklist and Complete task; another staff member is told whose task it is", async () => {
    const desk = configured();
    const { task } = await requestWithStaffTask(desk);
    actAs(desk, SAM);
    open(desk, task.id);
    expect(await screen.findByRole("button", { name: "Complete task" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Account changes" })).toBeTruthy();
    expect(screen.getByRole("note")).toHaveTextContent(
      "This task is assigned to Remi Laurent. Complete it only if you did the work in their place.",
    );
  });

  it("the coordinator and clients see the task read-only, without reading its draft", async () => {
    for (const person of [HOLLY, DANA]) {
      const desk = configured();
      const { task } = await requestWithStaffTask(desk);
      actAs(desk, person);
      desk.drafts.read = () => Promise.reject(Object.assign(new Error("Access denied"), { status: 403 }));
      open(desk, task.id);
      expect(await screen.findByRole("note")).toHaveTextContent(/^Only staff complete staff tasks\./);
      expect(screen.queryByRole("button", { name: "Complete task" })).toBeNull();
      expect(screen.queryByRole("region", { name: "Account changes" })).toBeNull();
      document.body.innerHTML = "";
    }
  });
});
