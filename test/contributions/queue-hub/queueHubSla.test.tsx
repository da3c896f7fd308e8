import { fireEvent, render, screen, within } from "@testing-library/react";
import * as React from "react";

import { QueueHub } from "../../../src/contributions/queue-hub/QueueHub";
import { defaultSlaSettings } from "../../../src/domain/sla/slaSettings";
import { USER_102 } from "../../support/fakeDesk";
import { fakeHub } from "./hubFakes";

// UTC, Monday to Friday 09:00-17:00; the fake desk's now is Monday 2026-11-23 10:00 UTC.
const sla = { ...defaultSlaSettings(), targets: { reassign: { acknowledgeHours: 2, closeHours: 40 } } };

function rowOf(grid: HTMLElement, id: number): HTMLElement {
  return within(grid)
    .getByRole("link", { name: `Open work item ${id}` })
    .closest("[role=row]") as HTMLElement;
}

describe("queue hub with service levels", () => {
  it("shows each request's time left or overdue, and filters those at risk with their count", async () => {
    const hub = fakeHub({ settings: { sla } });
    // Submitted Monday 09:00: 1 of 2 hours used at 10:00, half: on track.
    const fresh = hub.workItems.addRequest(USER_102, { "System.CreatedDate": "2026-11-23T09:00:00Z" });
    // Submitted Friday 16:00: 1 h Friday + 1 h Monday = 2 h of 2, due now: at risk.
    const due = hub.workItems.addRequest(USER_102, { "System.CreatedDate": "2026-11-20T16:00:00Z" });
    // Submitted Friday 09:00: 9 h of 2, 7 h overdue.
    const late = hub.workItems.addRequest(USER_102, { "System.CreatedDate": "2026-11-20T09:00:00Z" });
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const grid = await screen.findByRole("grid", { name: "Submitted requests" });
    expect(within(grid).getByRole("columnheader", { name: /SLA/ })).toBeInTheDocument();
    expect(rowOf(grid, fresh.id)).toHaveTextContent("1h left");
    expect(rowOf(grid, due.id)).toHaveTextContent("at risk, 0m left");
    expect(rowOf(grid, late.id)).toHaveTextContent("7h overdue");
    const filter = screen.getByRole("checkbox", { name: /At risk \(2\)/ });
    fireEvent.click(filter);
    const filtered = await screen.findByRole("grid", { name: "Submitted requests" });
    expect(within(filtered).queryByRole("link", { name: `Open work item ${fresh.id}` })).toBeNull();
    expect(rowOf(filtered, late.id)).toBeInTheDocument();
    expect(hub.params.risk).toBe("1");
  });

  it("has no SLA column or At risk filter without service levels", async () => {
    const hub = fakeHub();
    hub.workItems.addRequest(USER_102);
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const grid = await screen.findByRole("grid", { name: "Submitted requests" });
    expect(within(grid).queryByRole("columnheader", { name: /SLA/ })).toBeNull();
    expect(screen.queryByRole("checkbox", { name: /At risk/ })).toBeNull();
  });
});
