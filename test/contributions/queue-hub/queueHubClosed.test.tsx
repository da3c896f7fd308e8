/**
 * A desk with many closed requests: the staff queue reads only the open ones to fill its tabs, counts the
 * closed ones by query, and reads closed ones a page at a time, for the turnaround and the Closed tab.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import * as React from "react";

import { QueueHub } from "../../../src/contributions/queue-hub/QueueHub";
import { CLOSED_PAGE } from "../../../src/workflow/queue";
import { USER_102 } from "../../support/fakeDesk";
import { fakeHub } from "./hubFakes";

const PATIENT = { timeout: 15_000 };

describe("queue hub with many closed requests", () => {
  jest.setTimeout(60_000);

  it("fills the open tabs from open requests only, counts closed ones by query and reads them in pages", async () => {
    const hub = fakeHub();
    const closedCount = CLOSED_PAGE + 2;
    for (let i = 0; i < closedCount; i++)
      hub.workItems.addRequest(USER_102, {
        "System.State": "Closed",
        "System.CreatedDate": "2026-11-10T09:00:00Z",
        "Microsoft.VSTS.Common.ClosedDate": "2026-11-12T09:00:00Z",
      });
    const open = hub.workItems.addRequest(USER_102);
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const grid = await screen.findByRole("grid", { name: "Submitted requests" }, PATIENT);
    within(grid).getByRole("link", { name: `Open work item ${open.id}` });
    await within(screen.getByRole("tab", { name: /^Closed/ })).findByText(
      closedCount.toLocaleString("en-US"),
      {},
      PATIENT,
    );
    // The open queue's query leaves closed states out; the closed ones are a query of their own.
    expect(hub.workItems.wiql.some((q) => q.query.includes("[System.State] <> 'Closed'"))).toBe(true);
    expect(hub.workItems.wiql.some((q) => q.query.includes("([System.State] = 'Closed')"))).toBe(true);
    const requestReads = () =>
      hub.workItems.batches.filter((b) => b.fields?.includes("System.Description")).flatMap((b) => b.ids);
    // The first page of closed requests follows for the turnaround summary: the latest, never all.
    await screen.findByText(/Closed requests read: the latest 1,000 of 1,002\.$/, {}, PATIENT);
    expect(requestReads()).toHaveLength(1 + CLOSED_PAGE);
    expect(requestReads()).not.toContain(1);

    fireEvent.click(screen.getByRole("tab", { name: /^Closed/ }));
    await screen.findByText("Showing the latest 1,000 of 1,002 closed requests.");
    fireEvent.click(screen.getByRole("button", { name: "Load more closed requests" }));
    await screen.findByText("All 1,002 closed requests are shown.", {}, PATIENT);
    expect(requestReads()).toHaveLength(1 + closedCount);
    expect(screen.getByRole("tab", { name: /^Closed/ })).toHaveTextContent("1,002");
  });
});
