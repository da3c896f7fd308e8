/** The hub makes turnaround measurable: a Turnaround column for closed requests and a summary per filter. */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";

import { QueueHub } from "../../../src/contributions/queue-hub/QueueHub";
import type { RequestDetails } from "../../../src/domain/requestTypes";
import { acknowledge } from "../../../src/workflow/acknowledge";
import { completeTask } from "../../../src/workflow/completeTask";
import { createStaffTask } from "../../../src/workflow/createStaffTask";
import { loadRequestView } from "../../../src/workflow/requestView";
import { loadTaskView } from "../../../src/workflow/taskView";
import { choose } from "../../support/choose";
import { HOLLY, REMI, USER_102 } from "../../support/fakeDesk";
import { fakeHub } from "./hubFakes";

const RESET: RequestDetails = {
  type: "reset",
  service: "Phone system",
  client: { name: "Chris Novak", email: "chris@northwind.example" },
  notes: "",
  accounts: [{ account: "User 230", email: "l.meyer@northwind.example", reason: "Locked out" }],
};

const closedAt = (created: string, closed: string) => ({
  "System.State": "Closed",
  "System.CreatedDate": created,
  "Microsoft.VSTS.Common.StateChangeDate": closed,
  "Microsoft.VSTS.Common.ClosedDate": closed,
});

function rowOf(grid: HTMLElement, id: number): HTMLElement {
  return within(grid)
    .getByRole("link", { name: `Open work item ${id}` })
    .closest("[role=row]") as HTMLElement;
}

/** The cell of `row` under the column header named `column`. */
function cellOf(grid: HTMLElement, row: HTMLElement, column: string): string {
  const headers = within(grid).getAllByRole("columnheader");
  const index = headers.findIndex((h) => h.textContent?.trim().startsWith(column));
  expect(index).toBeGreaterThanOrEqual(0);
  return (row.querySelectorAll("[role=gridcell]")[index] as HTMLElement).textContent!.trim();
}

function seeded() {
  const hub = fakeHub({ settings: { staff: [REMI], coordinator: HOLLY, defaultAssigneeId: REMI.id } });
  // "Now" is 2026-11-23T10:00Z.
  const quick = hub.workItems.addRequest(USER_102, closedAt("2026-11-16T09:00:00Z", "2026-11-17T13:00:00Z"));
  const slow = hub.workItems.addRequest(USER_102, closedAt("2026-11-10T09:00:00Z", "2026-11-16T09:00:00Z"));
  const reset = hub.workItems.addRequest(RESET, closedAt("2026-11-22T09:00:00Z", "2026-11-22T09:10:00Z"));
  const waiting = hub.workItems.addRequest(USER_102, { "System.CreatedDate": "2026-11-20T10:00:00Z" });
  return { hub, quick, slow, reset, waiting };
}

describe("turnaround in the queue hub", () => {
  it("shows each closed request's turnaround, submitted → closed, and sorts by it", async () => {
    const { hub, quick, slow, reset } = seeded();
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    fireEvent.click(await screen.findByRole("tab", { name: /^Closed/ }));
    const grid = await screen.findByRole("grid", { name: "Closed requests" });
    expect(cellOf(grid, rowOf(grid, quick.id), "Turnaround")).toBe("1d 4h");
    expect(cellOf(grid, rowOf(grid, slow.id), "Turnaround")).toBe("6d");
    expect(cellOf(grid, rowOf(grid, reset.id), "Turnaround")).toBe("10m");
    fireEvent.click(
      within(within(grid).getByRole("columnheader", { name: /Turnaround/ })).getByText("Turnaround"),
    );
    await waitFor(() => expect(hub.params.sort).toBe("turnaround"));
    const ids = () =>
      within(grid)
        .getAllByRole("link")
        .map((a) => a.textContent);
    expect(ids()).toEqual([`#${reset.id}`, `#${quick.id}`, `#${slow.id}`]);
  });

  it("has no Turnaround column for open requests", async () => {
    const { hub } = seeded();
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const grid = await screen.findByRole("grid", { name: "Submitted requests" });
    expect(within(grid).queryByRole("columnheader", { name: /Turnaround/ })).toBeNull();
  });

  it("summarizes the turnaround of the filtered requests: Reassign user only", async () => {
    const { hub } = seeded();
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    await screen.findByRole("grid", { name: "Submitted requests" });
    const summary = () => screen.getByRole("region", { name: "Turnaround" }).textContent;
    expect(summary()).toBe(
      "Turnaround (submitted → closed) of 3 closed requests: median 1d 4h, longest 6d. 1 still open, the oldest submitted 3d ago.",
    );
    await choose(screen.getByLabelText("Request type"), "Reassign user");
    await waitFor(() =>
      expect(summary()).toBe(
        "Turnaround (submitted → closed) of 2 closed Reassign user requests: median 3d 14h, longest 6d. 1 still open, the oldest submitted 3d ago.",
      ),
    );
    fireEvent.change(screen.getByRole("searchbox", { name: "Search" }), { target: { value: "nobody" } });
    await waitFor(() =>
      expect(summary()).toBe("No Reassign user request matching the filter is closed yet."),
    );
  });

  it("a request closed from the hub gets its turnaround at once", async () => {
    const hub = fakeHub({ settings: { staff: [REMI], coordinator: HOLLY, defaultAssigneeId: REMI.id } });
    const request = hub.workItems.addRequest(USER_102);
    const services = hub.desk.services;
    await acknowledge(services, await loadRequestView(services, request.id));
    await createStaffTask(services, await loadRequestView(services, request.id), REMI);
    const taskId = Math.max(...hub.workItems.items.keys());
    const task = await loadTaskView(services, taskId);
    await completeTask(services, task, task.draft.value!);
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    fireEvent.click(await screen.findByRole("tab", { name: /^Ready to close/ }));
    const ready = await screen.findByRole("grid", { name: "Ready to close requests" });
    fireEvent.click(within(rowOf(ready, request.id)).getByRole("button", { name: "Close request" }));
    await screen.findByText(/^Closed\./);
    fireEvent.click(screen.getByRole("tab", { name: /^Closed/ }));
    const grid = await screen.findByRole("grid", { name: "Closed requests" });
    // The fake's clock moves a minute per write: created, acknowledged, task, completed, closed.
    const item = hub.workItems.items.get(request.id)!;
    expect(item.fields["Microsoft.VSTS.Common.ClosedDate"]).toBe(item.fields["System.ChangedDate"]);
    await waitFor(() => expect(cellOf(grid, rowOf(grid, request.id), "Turnaround")).toMatch(/^\d+m$/));
    expect(screen.getByRole("region", { name: "Turnaround" })).toHaveTextContent(
      /^Turnaround \(submitted → closed\) of 1 closed request: \d+m\.$/,
    );
    // A closed request offers no action: no dead buttons and no menu of disabled items.
    expect(within(rowOf(grid, request.id)).queryAllByRole("button")).toEqual([]);
    expect(within(grid).queryByRole("columnheader", { name: "Actions" })).toBeNull();
  });

  it("shows the exact number of requests on a tab above 999, not 1K+", async () => {
    const hub = fakeHub({ settings: { staff: [REMI], coordinator: HOLLY } });
    for (let i = 0; i < 1234; i++) hub.workItems.addRequest(RESET);
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const tab = await screen.findByRole("tab", { name: /^Submitted/ });
    await waitFor(() => expect(tab).toHaveTextContent(/^Submitted1,234$/), { timeout: 10_000 });
    expect(tab).not.toHaveTextContent("1K+");
  }, 30_000);
});
