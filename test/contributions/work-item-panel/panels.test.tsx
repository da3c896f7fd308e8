import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as React from "react";

import type { Identity } from "../../../src/ado/identities";
import { createFormEvents } from "../../../src/contributions/work-item-panel/formEvents";
import type { PanelUi } from "../../../src/contributions/work-item-panel/panelUi";
import { RequestPanel } from "../../../src/contributions/work-item-panel/RequestPanel";
import { TaskPanel } from "../../../src/contributions/work-item-panel/TaskPanel";
import { WorkItemPanel } from "../../../src/contributions/work-item-panel/WorkItemPanel";
import { acknowledge } from "../../../src/workflow/acknowledge";
import { loadRequestView } from "../../../src/workflow/requestView";
import { loadTaskView } from "../../../src/workflow/taskView";
import { choose, onDemand } from "../../support/choose";
import {
  actAs,
  DANA,
  type FakeDesk,
  fakeDesk,
  HOLLY,
  REMI,
  requestWithStaffTask,
  USER_102,
} from "../../support/fakeDesk";

function fakeUi(overrides: Partial<PanelUi> = {}) {
  const asked: { title: string; message: string; action: string }[] = [];
  const ui: PanelUi = {
    confirm: async (title, message, action) => {
      asked.push({ title, message, action });
      return true;
    },
    notifyDialog: async () => {
      throw new Error("Not implemented: notifyDialog");
    },
    isFormDirty: async () => false,
    afterAction: async () => undefined,
    openWorkItem: () => undefined,
    openNewRequest: async () => {
      throw new Error("Not implemented: openNewRequest");
    },
    ...overrides,
  };
  return { ui, asked };
}

const button = (name: string) => screen.getByRole("button", { name });
// azure-devops-ui disables with aria-disabled, which assistive technology and Playwright read as disabled.
const isDisabled = (el: HTMLElement) =>
  el.getAttribute("aria-disabled") === "true" || (el as HTMLButtonElement).disabled;

describe("Request panel", () => {
  it("acknowledges with one click and shows what happened", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const { ui } = fakeUi();
    render(
      <RequestPanel
        services={desk.services}
        view={await loadRequestView(desk.services, request.id)}
        ui={ui}
      />,
    );

    expect(isDisabled(button("Create staff task"))).toBe(true);
    expect(screen.getByText("Acknowledge the request first.")).toBeInTheDocument();
    fireEvent.click(button("Acknowledge"));

    await screen.findByText(/Acknowledged\. The client was told/);
    expect(desk.workItems.writes()).toEqual(["update"]);
    expect(desk.workItems.items.get(request.id)!.fields["System.State"]).toBe("In Planning");
  });

  it("a double click sends one update", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const { ui } = fakeUi();
    render(
      <RequestPanel
        services={desk.services}
        view={await loadRequestView(desk.services, request.id)}
        ui={ui}
      />,
    );
    fireEvent.click(button("Acknowledge"));
    fireEvent.click(button("Acknowledge"));
    await screen.findByText(/Acknowledged\./);
    expect(desk.workItems.writes()).toEqual(["update"]);
    expect(desk.workItems.comments).toHaveLength(1);
  });

  it("refuses to act while the form has unsaved edits, and sends nothing", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const { ui } = fakeUi({ isFormDirty: async () => true });
    render(
      <RequestPanel
        services={desk.services}
        view={await loadRequestView(desk.services, request.id)}
        ui={ui}
      />,
    );
    fireEvent.click(button("Acknowledge"));
    await screen.findByText(/unsaved changes/);
    expect(desk.workItems.writes()).toEqual([]);
  });

  it("says before acting that a non-member client cannot be notified, and acts only when confirmed", async () => {
    const desk = fakeDesk({ members: [HOLLY, REMI] });
    const request = desk.workItems.addRequest(USER_102);
    let answer = false;
    const { ui, asked } = fakeUi({
      confirm: async (title, message, action) => {
        asked.push({ title, message, action });
        return answer;
      },
    });
    render(
      <RequestPanel
        services={desk.services}
        view={await loadRequestView(desk.services, request.id)}
        ui={ui}
      />,
    );
    const warning =
      "dana@contoso-dental.example is not a member of this organization, so Azure DevOps cannot notify them; add them as a Stakeholder, or continue without notifying.";
    expect(screen.getAllByText(warning).length).toBeGreaterThan(0);
    expect(isDisabled(button("Notify client"))).toBe(true);

    fireEvent.click(button("Acknowledge"));
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toMatchObject({ message: warning, action: "Acknowledge" });
    expect(desk.workItems.writes()).toEqual([]);

    answer = true;
    fireEvent.click(button("Acknowledge"));
    await screen.findByText(/Acknowledged\./);
    expect(desk.workItems.writes()).toEqual(["update"]);
  });

  it("creates the staff task for the staff member shown beside the button", async () => {
    const desk = fakeDesk({ settings: { staff: [REMI, HOLLY], defaultAssigneeId: REMI.id } });
    const request = desk.workItems.addRequest(USER_102);
    await acknowledge(desk.services, await loadRequestView(desk.services, request.id));
    const { ui } = fakeUi();
    render(
      <RequestPanel
        services={desk.services}
        view={await loadRequestView(desk.services, request.id)}
        ui={ui}
      />,
    );
    expect(screen.getByLabelText("Staff member")).toHaveValue("Remi Laurent");
    await choose(await onDemand("Staff member"), "Holly Brooks");
    fireEvent.click(button("Create staff task"));
    await screen.findByText(/Created staff task #\d+ for Holly Brooks\./);
    const task = [...desk.workItems.items.values()].at(-1)!;
    expect(task.fields["System.AssignedTo"]).toMatchObject({ id: HOLLY.id });
  });

  it("with no staff configured, finds anyone in the organization for the staff task", async () => {
    const desk = fakeDesk({ settings: { staff: [] }, user: HOLLY });
    const request = desk.workItems.addRequest(USER_102);
    await acknowledge(desk.services, await loadRequestView(desk.services, request.id));
    const { ui } = fakeUi();
    render(
      <RequestPanel
        services={desk.services}
        view={await loadRequestView(desk.services, request.id)}
        ui={ui}
      />,
    );
    await onDemand("Staff member");
    const picker = await screen.findByRole("combobox", { name: "Staff member" });
    fireEvent.focus(picker);
    fireEvent.change(picker, { target: { value: "Remi" } });
    fireEvent.click(await screen.findByText("Remi Laurent", undefined, { timeout: 3000 }));
    fireEvent.click(button("Create staff task"));
    await screen.findByText(/Created staff task #\d+ for Remi Laurent\./);
    const task = [...desk.workItems.items.values()].at(-1)!;
    expect(task.fields["System.AssignedTo"]).toMatchObject({ id: REMI.id });
  });

  it("asks to confirm closing while a staff task is open, with the buttons named Close request and Cancel", async () => {
    const desk = fakeDesk();
    const { request } = await requestWithStaffTask(desk);
    const { ui, asked } = fakeUi({
      confirm: async (t, m, a) => (asked.push({ title: t, message: m, action: a }), false),
    });
    render(
      <RequestPanel
        services={desk.services}
        view={await loadRequestView(desk.services, request.id)}
        ui={ui}
      />,
    );
    fireEvent.click(button("Close request"));
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0].action).toBe("Close request");
    expect(asked[0].message).toMatch(/A staff task is still open: #\d+ \(New, Remi Laurent\)/);
    expect(desk.workItems.items.get(request.id)!.fields["System.State"]).toBe("In Planning");
  });

  it("shows client-typed text as text, never as markup", async () => {
    const desk = fakeDesk();
    const hostile = { ...USER_102, notes: '<img src=x onerror="alert(1)"><script>alert(2)</script>' };
    const request = desk.workItems.addRequest(hostile);
    const { ui } = fakeUi();
    const { container } = render(
      <RequestPanel
        services={desk.services}
        view={await loadRequestView(desk.services, request.id)}
        ui={ui}
      />,
    );
    expect(container.querySelector("img, script")).toBeNull();
    expect(screen.getByText(hostile.notes)).toBeInTheDocument();
  });
});

describe("Task panel", () => {
  async function openTask() {
    const desk = fakeDesk();
    const { request, task } = await requestWithStaffTask(desk);
    actAs(desk, REMI);
    return { desk, request, task };
  }

  it("records changes with Add account change (Account, Change, Details) and keeps them on the task", async () => {
    const { desk, task } = await openTask();
    const { ui } = fakeUi();
    render(<TaskPanel services={desk.services} view={await loadTaskView(desk.services, task.id)} ui={ui} />);
    const before = screen.queryAllByLabelText("Account").length;
    fireEvent.click(button("Add account change"));
    // The fields' code loads when a change is first added or edited.
    await waitFor(() => expect(screen.getAllByLabelText("Account")).toHaveLength(before + 1));
    const accounts = screen.getAllByLabelText("Account");
    expect(accounts).toHaveLength(before + 1);
    fireEvent.change(accounts.at(-1)!, { target: { value: "User 205" } });
    await choose(screen.getAllByLabelText("Change").at(-1)!, "Removed");
    fireEvent.change(screen.getAllByLabelText("Details").at(-1)!, { target: { value: "left the company" } });
    await waitFor(() =>
      expect(desk.drafts.docs.get(String(task.id))?.value.changes.at(-1)).toEqual({
        account: "User 205",
        change: "Removed",
        details: "left the company",
      }),
    );
  });

  it("completes the task after confirming unticked checklist items, mailing the client the changes", async () => {
    const { desk, task } = await openTask();
    const { ui, asked } = fakeUi();
    render(<TaskPanel services={desk.services} view={await loadTaskView(desk.services, task.id)} ui={ui} />);
    fireEvent.click(button("Complete task"));
    await screen.findByText(/Completed\. Dana Whitfield was e-mailed the account changes/);
    expect(asked[0].action).toBe("Complete task");
    expect(asked[0].message).toMatch(/checklist items are not ticked/);
    expect(desk.workItems.items.get(task.id)!.fields["System.State"]).toBe("Closed");
    expect(desk.workItems.outbox).toHaveLength(1);
    expect(desk.workItems.outbox[0]).toMatchObject({ to: [DANA.id], cc: [HOLLY.id] });
    expect(desk.workItems.outbox[0].bodyHtml).toContain(
      "maria.gomez@contoso-dental.example → alex.chen@contoso-dental.example",
    );
  });
});

/** What the open form tells the panel without a REST call: the item's tags and links. */
const formOf = (desk: FakeDesk, id: number) => {
  const item = desk.workItems.items.get(id)!;
  return { fields: { "System.Tags": item.fields["System.Tags"] }, relations: item.relations ?? [] };
};

/** Opens work item `id` in the form panel, as the host does, and returns the form's events. */
function showInForm(desk: FakeDesk, id: number, ui: PanelUi = fakeUi().ui) {
  const events = createFormEvents();
  render(
    <WorkItemPanel
      services={Promise.resolve(desk.services)}
      events={events}
      ui={ui}
      readForm={async () => formOf(desk, id)}
    />,
  );
  events.listener.onLoaded({ id, isNew: false });
  return events;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("Work item panel", () => {
  it("enables the actions after one batch read of the request and its tasks; history and membership follow", async () => {
    const desk = fakeDesk();
    const { request } = await requestWithStaffTask(desk);
    const membership = deferred<Identity | undefined>();
    const byEmail = desk.services.identities.byEmail;
    desk.services.identities.byEmail = () => membership.promise;
    desk.workItems.calls = [];
    const { ui } = fakeUi();
    showInForm(desk, request.id, ui);
    await waitFor(() =>
      expect(isDisabled(screen.getByRole("button", { name: "Close request" }))).toBe(false),
    );
    // The request and its task in one batch; no single-item read, and the history is not needed yet.
    expect(desk.workItems.calls.filter((c) => c === "get" || c === "getMany")).toEqual(["getMany"]);
    const acknowledged = () =>
      screen.getByText("Acknowledged", { selector: ".umd-stage-name" }).closest("li")!;
    await waitFor(() => expect(desk.workItems.calls).toContain("updates"));
    expect(acknowledged()).not.toHaveTextContent(/Holly Brooks, /);
    membership.resolve(await byEmail(USER_102.client.email));
    // Who acknowledged appears once the history and the membership are read.
    await waitFor(() => expect(acknowledged()).toHaveTextContent(/Holly Brooks, /));
    expect(screen.queryByText(/is not a member/)).toBeNull();
  });

  it("reads a staff task and its parent request in one batch before Complete task works", async () => {
    const desk = fakeDesk({ user: REMI });
    const { request, task } = await requestWithStaffTask(desk);
    desk.workItems.calls = [];
    const documents = {
      draft: jest.spyOn(desk.drafts, "read"),
      settings: jest.spyOn(desk.services.settings, "load"),
    };
    const { ui } = fakeUi();
    showInForm(desk, task.id, ui);
    await waitFor(() =>
      expect(isDisabled(screen.getByRole("button", { name: "Complete task" }))).toBe(false),
    );
    expect(desk.workItems.calls.filter((c) => c === "get" || c === "getMany")).toEqual(["getMany"]);
    expect(desk.workItems.calls).not.toContain("updates");
    // The draft and the settings once each, side by side.
    expect(documents.draft).toHaveBeenCalledTimes(1);
    expect(documents.settings).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("region", { name: "Parent request" })).toHaveTextContent(`#${request.id}`);
  });

  it("offers nothing to type into before the saved draft is in, and a reload never replaces what was typed", async () => {
    const desk = fakeDesk({ user: REMI });
    const { task } = await requestWithStaffTask(desk);
    await desk.drafts.write(
      String(task.id),
      { changes: [{ account: "User 102", change: "Modified", details: "saved yesterday" }], checked: [] },
      undefined,
    );
    const read = desk.drafts.read.bind(desk.drafts);
    const held = deferred<void>();
    desk.drafts.read = async (id: string) => {
      await held.promise;
      return read(id);
    };
    const events = showInForm(desk, task.id);
    await screen.findAllByText("Loading user-management details…");
    expect(screen.queryByRole("button", { name: "Add account change" })).toBeNull();
    expect(screen.queryAllByLabelText("Details")).toEqual([]);
    held.resolve();
    // A saved change reads as text; Edit opens its fields.
    await screen.findByText("saved yesterday");
    fireEvent.click(screen.getByRole("button", { name: "Edit account change 1" }));
    const details = await screen.findByLabelText("Details");
    expect(details).toHaveValue("saved yesterday");

    fireEvent.change(details, { target: { value: "typed just now" } });
    // The form refreshes (after a save elsewhere): the panel reloads, and the saved draft comes again.
    const reloaded = jest.spyOn(desk.drafts, "read");
    events.listener.onRefreshed({ id: task.id });
    await waitFor(() => expect(reloaded).toHaveBeenCalledTimes(1));
    await reloaded.mock.results[0].value;
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getByLabelText("Details")).toHaveValue("typed just now");
    // What was typed is what gets saved, over the draft the reload read.
    await waitFor(() =>
      expect(desk.drafts.docs.get(String(task.id))?.value.changes[0].details).toBe("typed just now"),
    );
  });

  it("makes an early click wait for the client's membership, and warns when the client is not a member", async () => {
    const desk = fakeDesk({ members: [HOLLY, REMI] });
    const request = desk.workItems.addRequest(USER_102);
    const membership = deferred<Identity | undefined>();
    desk.services.identities.byEmail = () => membership.promise;
    const { ui, asked } = fakeUi();
    ui.confirm = async (title, message, action) => {
      asked.push({ title, message, action });
      return false;
    };
    showInForm(desk, request.id, ui);
    const button = await screen.findByRole("button", { name: "Acknowledge" });
    await waitFor(() => expect(isDisabled(button)).toBe(false));
    fireEvent.click(button);
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toHaveLength(0);
    membership.resolve(undefined);
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0].message).toMatch(/dana@contoso-dental\.example is not a member/);
    expect(desk.workItems.writes()).toEqual([]);
  });

  it("stays quiet on a work item that is neither a request nor a staff task", async () => {
    const desk = fakeDesk();
    const item = desk.workItems.add("Task", { "System.Title": "Unrelated" });
    showInForm(desk, item.id);
    await screen.findByText("Not a user-management request or staff task.");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows the request panel for a request and reloads it after a save", async () => {
    const desk = fakeDesk();
    const request = desk.workItems.addRequest(USER_102);
    const { ui } = fakeUi();
    const events = showInForm(desk, request.id, ui);
    expect(isDisabled(await screen.findByRole("button", { name: "Acknowledge" }))).toBe(false);
    await acknowledge(desk.services, await loadRequestView(desk.services, request.id));
    events.listener.onSaved({ id: request.id });
    await waitFor(() => expect(isDisabled(screen.getByRole("button", { name: "Acknowledge" }))).toBe(true));
  });
});
