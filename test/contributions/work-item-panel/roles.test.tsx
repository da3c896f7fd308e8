/**
 * The work item form's panel per role (issue #17): the desk's buttons only for the coordinator and staff,
 * the client view for clients (and for members with no role, with one line on who can act), the task's
 * editors for staff only, and the first run where project administrators act and are led to the settings.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";

import type { Identity } from "../../../src/ado/identities";
import { createFormEvents } from "../../../src/contributions/work-item-panel/formEvents";
import type { PanelUi } from "../../../src/contributions/work-item-panel/panelUi";
import { WorkItemPanel } from "../../../src/contributions/work-item-panel/WorkItemPanel";
import { defaultSettings } from "../../../src/domain/settings";
import type { ActionOutcome } from "../../../src/workflow/outcome";
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
import { fakeHub } from "../queue-hub/hubFakes";

const LEE: Identity = {
  id: "11111111-0000-0000-0000-000000000006",
  displayName: "Lee Morgan",
  uniqueName: "lee@fabrikam.example",
};

const opened: number[] = [];
let newRequests = 0;
let fileNewRequest: () => Promise<{ id: number; outcome: ActionOutcome } | undefined> = async () => undefined;
const ui: PanelUi = {
  confirm: () => notImplemented("confirm"),
  notifyDialog: () => notImplemented("notifyDialog"),
  isFormDirty: async () => false,
  afterAction: async () => undefined,
  openWorkItem: (id) => opened.push(id),
  openNewRequest: () => {
    newRequests++;
    return fileNewRequest();
  },
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

/** A configured desk whose work items answer WIQL as Azure DevOps does (the hub's fake). */
const configured = () =>
  fakeHub({
    settings: {
      coordinator: { ...HOLLY },
      staff: [{ ...REMI }, { ...SAM }],
      clientsAreaRoot: "Client Services\\Clients",
      clientAreas: [
        { domain: "contoso-dental.example", areaPath: "Client Services\\Clients\\Contoso Dental" },
      ],
    },
  }).desk;

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
      "Only Holly Brooks (coordinator), Remi Laurent and Sam Okafor (staff) act on requests.",
    );
    for (const name of DESK_BUTTONS) expect(screen.queryByRole("button", { name })).toBeNull();
  });
});

describe("the client's own requests, on the form (a Stakeholder cannot open extension hubs)", () => {
  it("lists the client's requests, newest first, and files a new one in their own name", async () => {
    const desk = configured();
    const first = desk.workItems.addRequest(USER_102);
    const second = desk.workItems.addRequest({ ...USER_102, notes: "another" });
    desk.workItems.addRequest({
      ...USER_102,
      client: { name: "Chris Novak", email: "chris@northwind.example" },
    });
    actAs(desk, DANA);
    open(desk, first.id);
    const mine = await screen.findByRole("region", { name: "My requests" });
    await waitFor(() => expect(within(mine).getAllByRole("listitem")).toHaveLength(2));
    expect(within(mine).getAllByRole("listitem")[0]).toHaveTextContent(`#${second.id} `);
    expect(within(mine).getAllByRole("listitem")[1]).toHaveTextContent(`#${first.id} `);
    expect(within(mine).getAllByRole("listitem")[1]).toHaveTextContent("(this request)");
    fireEvent.click(within(mine).getByRole("link", { name: new RegExp(`^#${second.id} `) }));
    expect(opened).toContain(second.id);

    const before = newRequests;
    fileNewRequest = async () => {
      const filed = desk.workItems.addRequest({ ...USER_102, notes: "third" });
      return {
        id: filed.id,
        outcome: { kind: "done", message: `Request #${filed.id} submitted.`, warnings: [] },
      };
    };
    fireEvent.click(within(mine).getByRole("button", { name: "New request" }));
    await within(mine).findByText(/^Request #\d+ submitted\.$/);
    expect(newRequests).toBe(before + 1);
    await waitFor(() => expect(within(mine).getAllByRole("listitem")).toHaveLength(3));
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
