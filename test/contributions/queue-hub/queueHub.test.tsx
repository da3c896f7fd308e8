import { render, screen, within } from "@testing-library/react";
import * as React from "react";

import { QueueHub } from "../../../src/contributions/queue-hub/QueueHub";
import { USER_102 } from "../../support/fakeDesk";
import { fakeHub } from "./hubFakes";

describe("queue hub", () => {
  it("shows submitted requests", async () => {
    const hub = fakeHub();
    const r = hub.workItems.addRequest(USER_102);
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    const grid = await screen.findByRole("grid", { name: "Submitted requests" });
    expect(within(grid).getByRole("link", { name: `Open work item ${r.id}` })).toBeInTheDocument();
  });
});
