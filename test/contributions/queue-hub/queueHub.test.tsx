import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";

import { QueueHub } from "../../../src/contributions/queue-hub/QueueHub";
import type { RequestDetails } from "../../../src/domain/requestTypes";
import { acknowledge } from "../../../src/workflow/acknowledge";
import { createStaffTask } from "../../../src/workflow/createStaffTask";
import { COUNT_PAGE } from "../../../src/workflow/queue";
import { WIQL_PAGE } from "../../../src/workflow/queueWiql";
import { loadRequestView } from "../../../src/workflow/requestView";
import { choose } from "../../support/choose";
import { DANA, HOLLY, REMI, USER_102 } from "../../support/fakeDesk";
import { fakeHub, rowAction } from "./hubFakes";

const RESET: RequestDetails = {
  type: "reset",
  service: "Phone system",
  client: { name: "Chris Novak", email: "chris@northwind.example" },
  notes: "",
  accounts: [{ account: "User 230", email: "l.meyer@northwind.example", reason: "Locked out" }],
};

const isDisabled = (el: HTMLElement) =>
  el.getAttribute("aria-disabled") === "true" || (el as HTMLButtonElement).disabled;

function rowOf(grid: HTMLElement, id: number): HTMLElement {
  return within(grid)
    .getByRole("link", { name: `Open work item ${id}` })
    .closest("[role=row]") as HTMLElement;
}

describe("queue hub", () => {
  async function seeded() {
    const hub = fakeHub({ settings: { staff: [REMI], coordinator: HOLLY, defaultAssigneeId: REMI.id } });
    const submitted = hub.workItems.addRequest(USER_102);
    const other = hub.workItems.addRequest(RESET);
    const progress = hub.workItems.addRequest(RESET);
    await acknowledge(hub.desk.services, await loadRequestView(hub.desk.services, progress.id));
    await createStaffTask(hub.desk.services, await loadRequestView(hub.desk.services, progress.id), REMI);
    hub.workItems.calls.length = 0;
    return { hub, submitted, other, progress };
  }

  it("groups requests by stage with counts, reading batches of only the queue's fields", async () => {
    const { hub, submitted, progress } = await seeded();
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const grid = await screen.findByRole("grid", { name: "Submitted requests" });
    expect(rowOf(grid, submitted.id)).toHaveTextContent("Reassign user");
    expect(within(grid).queryByRole("link", { name: `Open work item ${progress.id}` })).toBeNull();
    expect(screen.getByRole("tab", { name: /^Submitted/ })).toHaveTextContent("2");
    expect(screen.getByRole("tab", { name: /^In progress/ })).toHaveTextContent("1");
    fireEvent.click(screen.getByRole("tab", { name: /^In progress/ }));
    const inProgress = await screen.findByRole("grid", { name: "In progress requests" });
    expect(rowOf(inProgress, progress.id)).toHaveTextContent("Remi Laurent");
    expect(hub.params.tab).toBe("In progress");
    const requestBatch = hub.workItems.batches.find((b) => b.fields?.includes("System.Description"))!;
    expect(requestBatch.fields).not.toContain("System.History");
    // Pages of ids: WIQL_PAGE to list, COUNT_PAGE (just under the cap) to count closed requests.
    expect(hub.workItems.wiql.every((w) => w.top === WIQL_PAGE || w.top === COUNT_PAGE || w.top === 1)).toBe(
      true,
    );
  });

  it("filters by type and text, keeps the filter in the address, and restores it on reload", async () => {
    const { hub, submitted, other } = await seeded();
    const { unmount } = render(<QueueHub services={Promise.resolve(hub.services)} />);
    const grid = await screen.findByRole("grid", { name: "Submitted requests" });
    await choose(screen.getByLabelText("Request type"), "Account reset");
    await waitFor(() =>
      expect(within(grid).queryByRole("link", { name: `Open work item ${submitted.id}` })).toBeNull(),
    );
    expect(rowOf(grid, other.id)).toBeTruthy();
    expect(hub.params).toMatchObject({ type: "reset" });
    unmount();
    hub.params.type = "";
    hub.params.q = "user 102";
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const again = await screen.findByRole("grid", { name: "Submitted requests" });
    expect(screen.getByRole("searchbox", { name: "Search" })).toHaveValue("user 102");
    expect(rowOf(again, submitted.id)).toBeTruthy();
    expect(within(again).queryByRole("link", { name: `Open work item ${other.id}` })).toBeNull();
  });

  it("sorts by a column header", async () => {
    const { hub, submitted, other } = await seeded();
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const grid = await screen.findByRole("grid", { name: "Submitted requests" });
    const ids = () =>
      within(grid)
        .getAllByRole("link")
        .map((a) => a.textContent);
    expect(ids()).toEqual([`#${other.id}`, `#${submitted.id}`]);
    // The header's text is its actionable area (azure-devops-ui's ColumnSorting).
    fireEvent.click(within(within(grid).getByRole("columnheader", { name: "ID" })).getByText("ID"));
    await waitFor(() => expect(ids()).toEqual([`#${submitted.id}`, `#${other.id}`]));
    expect(hub.params.sort).toBe("id");
  });

  it("Acknowledge on a row sends the panel's one update and moves the row to Acknowledged", async () => {
    const { hub, submitted } = await seeded();
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const grid = await screen.findByRole("grid", { name: "Submitted requests" });
    const row = rowOf(grid, submitted.id);
    // The next step is the row's button; the rest sit in its More actions menu, disabled with the reason.
    const create = await rowAction(row, "Create staff task");
    expect(create).toHaveAttribute("role", "menuitem");
    expect(isDisabled(create)).toBe(true);
    expect(create).toHaveTextContent("Acknowledge the request first.");
    fireEvent.keyDown(create, { key: "Escape" });
    fireEvent.click(await rowAction(row, "Acknowledge"));
    await screen.findByText(/Acknowledged\. The client was told/);
    expect(hub.workItems.writes()).toEqual(["update"]);
    expect(hub.workItems.comments.at(-1)!.html).toContain(`data-vss-mention="version:2.0,${DANA.id}"`);
    expect(hub.workItems.items.get(submitted.id)!.fields["System.State"]).toBe("In Planning");
    expect(screen.getByRole("tab", { name: /^Acknowledged/ })).toHaveTextContent("1");
  });

  it("Close request asks with the action's name while a staff task is open, and Cancel sends nothing", async () => {
    const { hub, progress } = await seeded();
    hub.confirmAnswer = false;
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    fireEvent.click(await screen.findByRole("tab", { name: /^In progress/ }));
    const grid = await screen.findByRole("grid", { name: "In progress requests" });
    fireEvent.click(within(rowOf(grid, progress.id)).getByRole("button", { name: "Close request" }));
    await waitFor(() => expect(hub.confirms).toHaveLength(1));
    expect(hub.confirms[0]).toMatchObject({ title: "Close request", action: "Close request" });
    expect(hub.confirms[0].message).toMatch(/A staff task is still open/);
    expect(hub.workItems.writes()).toEqual([]);
  });

  it("triages with the tag and a comment in one update guarded by test /rev", async () => {
    const { hub, submitted } = await seeded();
    const updates: unknown[] = [];
    const update = hub.workItems.update.bind(hub.workItems);
    hub.workItems.update = async (id, doc) => (updates.push(doc), update(id, doc));
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const grid = await screen.findByRole("grid", { name: "Submitted requests" });
    fireEvent.click(await rowAction(rowOf(grid, submitted.id), "Triage"));
    const form = screen.getByRole("group", { name: `Triage request #${submitted.id}` });
    const save = () => within(form).getByRole("button", { name: "Save triage" });
    // Nothing chosen yet: Save says why it cannot act.
    expect(save()).toHaveAttribute("aria-disabled", "true");
    expect(form).toHaveTextContent("Choose Quick or Needs time.");
    await choose(within(form).getByRole("button", { name: "Triage" }), "Needs time");
    const estimate = within(form).getByLabelText("Estimate (optional)");
    expect(estimate).toHaveAttribute("maxlength", "100");
    fireEvent.change(estimate, { target: { value: "2 days" } });
    expect(within(form).getByText("6/100")).toBeInTheDocument();
    const note = within(form).getByLabelText("Note (optional)");
    expect(note).toHaveAttribute("maxlength", "2000");
    fireEvent.change(note, { target: { value: "<b>needs</b> billing" } });
    expect(within(form).getByText("20/2000")).toBeInTheDocument();
    fireEvent.click(save());
    await screen.findByText(`Triaged request #${submitted.id} as Needs time.`);
    const rev = hub.workItems.items.get(submitted.id)!.rev - 1;
    expect(updates).toEqual([
      [
        { op: "test", path: "/rev", value: rev },
        {
          op: "add",
          path: "/fields/System.Tags",
          value:
            "umd-request; umd-type:reassign; umd-service:Customer portal; umd-client:dana@contoso-dental.example; umd-triage:needs-time",
        },
        {
          op: "add",
          path: "/fields/System.History",
          value:
            "<p><b>Triage: Needs time</b> (Holly Brooks)</p><p>Estimate: 2 days</p><p>&lt;b&gt;needs&lt;/b&gt; billing</p>",
        },
      ],
    ]);
    await waitFor(() => expect(rowOf(grid, submitted.id)).toHaveTextContent("Needs time"));
  });

  it("a client sees only her own requests, their stage and the desk's latest message", async () => {
    const hub = fakeHub({ user: DANA, settings: { staff: [REMI], coordinator: HOLLY } });
    const mine = hub.workItems.addRequest(USER_102);
    const chris = hub.workItems.addRequest(RESET);
    hub.workItems.canRead = (w) => w.id !== chris.id;
    hub.comments.set(mine.id, [
      {
        id: 2,
        text: "<p>thanks</p>",
        createdBy: { id: DANA.id, uniqueName: DANA.uniqueName },
        createdDate: "2026-11-22T10:00:00Z",
      },
      {
        id: 1,
        text: '<a href="#">@Dana</a> we will act on this request',
        createdBy: { id: HOLLY.id, displayName: "Holly Brooks" },
        createdDate: "2026-11-21T10:00:00Z",
      },
    ]);
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const grid = await screen.findByRole("grid", { name: "My requests" });
    expect(rowOf(grid, mine.id)).toHaveTextContent("Submitted");
    expect(within(grid).queryByRole("link", { name: `Open work item ${chris.id}` })).toBeNull();
    await within(grid).findByText("@Dana we will act on this request");
    expect(screen.queryByRole("button", { name: "Acknowledge" })).toBeNull();
    expect(screen.queryByRole("tab", { name: /My tasks/ })).toBeNull();
    expect(hub.workItems.wiql.some((w) => w.query.includes("'umd-client:dana@contoso-dental.example'"))).toBe(
      true,
    );
  });

  it("New request opens the panel and shows the new request in Submitted", async () => {
    const { hub } = await seeded();
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    await screen.findByRole("grid", { name: "Submitted requests" });
    hub.panelResult = async () => {
      const created = hub.workItems.addRequest({ ...RESET, service: "Voicemail" });
      return {
        id: created.id,
        outcome: { kind: "done", message: `Request #${created.id} submitted.`, warnings: [] },
      };
    };
    fireEvent.click(screen.getByRole("button", { name: "New request" }));
    const message = await screen.findByText(/Request #\d+ submitted\./);
    const id = Number(/#(\d+)/.exec(message.textContent!)![1]);
    expect(hub.panels).toEqual([{ asClient: false }]);
    const grid = screen.getByRole("grid", { name: "Submitted requests" });
    await waitFor(() => expect(rowOf(grid, id)).toBeTruthy());
  });

  it("shows an actionable error instead of a blank page when the queue cannot be read", async () => {
    const hub = fakeHub();
    hub.workItems.failures.typeStates = [new Error("Failed to fetch")];
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    await screen.findByText(/Could not load the request queue: Failed to fetch/);
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
