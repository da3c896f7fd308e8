/**
 * The hub per role (issue #17): the queue, its row actions and Triage only for the desk; everyone else gets
 * their own requests, members with no role a line on who acts; only the desk files in someone else's name;
 * on an unconfigured project only project administrators work the queue.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";

import type { Identity } from "../../../src/ado/identities";
import { QueueHub } from "../../../src/contributions/queue-hub/QueueHub";
import { defaultSettings } from "../../../src/domain/settings";
import { HOLLY, REMI, SAM, USER_102 } from "../../support/fakeDesk";
import { fakeHub, rowAction } from "./hubFakes";

const LEE: Identity = {
  id: "11111111-0000-0000-0000-000000000006",
  displayName: "Lee Morgan",
  uniqueName: "lee@fabrikam.example",
};
const CONFIGURED = { coordinator: HOLLY, staff: [REMI, SAM] };

describe("the hub per role", () => {
  it("staff work the queue: stages, row actions, Triage", async () => {
    const hub = fakeHub({ user: SAM, settings: CONFIGURED });
    hub.workItems.addRequest(USER_102);
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const grid = await screen.findByRole("grid", { name: "Submitted requests" });
    const row = within(grid)
      .getAllByRole("row")
      .find((r) => r.textContent?.includes("User 102"))!;
    // The next step as a button, the rest (Triage among them) in the row's More actions menu.
    expect(await rowAction(row, "Acknowledge")).toBeEnabled();
    expect(await rowAction(row, "Triage")).toBeEnabled();
  });

  it("a member with no role gets their own requests, a line on who acts, and files only as themselves", async () => {
    const hub = fakeHub({ user: LEE, settings: CONFIGURED });
    hub.workItems.addRequest(USER_102);
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    await screen.findByText(
      "Only Holly Brooks (coordinator), Remi Laurent and Sam Okafor (staff) act on requests.",
    );
    expect(screen.queryByRole("grid", { name: "Submitted requests" })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Acknowledge/ })).toBeNull();
    hub.panelResult = async () => undefined;
    fireEvent.click(screen.getByRole("button", { name: "New request" }));
    await waitFor(() => expect(hub.panels).toEqual([{ asClient: true }]));
  });

  it("the coordinator files on a client's behalf", async () => {
    const hub = fakeHub({ user: HOLLY, settings: CONFIGURED });
    hub.panelResult = async () => undefined;
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    fireEvent.click(await screen.findByRole("button", { name: "New request" }));
    await waitFor(() => expect(hub.panels).toEqual([{ asClient: false }]));
  });

  it("unconfigured: a project administrator works the queue and is led to the settings; staff-to-be cannot", async () => {
    const admin = fakeHub({ user: HOLLY });
    admin.desk.settings = defaultSettings({ workItemTypes: ["User Request", "Task"] });
    const { unmount } = render(<QueueHub services={Promise.resolve(admin.services)} />);
    await screen.findByText(/as a project administrator you can act on requests/);
    unmount();
    const other = fakeHub({ user: REMI });
    other.desk.settings = defaultSettings({ workItemTypes: ["User Request", "Task"] });
    render(<QueueHub services={Promise.resolve(other.services)} />);
    await screen.findByText(/^Nobody works requests here yet/);
    expect(screen.queryByRole("tab", { name: /Submitted/ })).toBeNull();
  });
});
