import { render, screen } from "@testing-library/react";
import * as React from "react";

import { RequestPanel } from "../../../src/contributions/work-item-panel/RequestPanel";
import { defaultSlaSettings } from "../../../src/domain/sla/slaSettings";
import { acknowledge } from "../../../src/workflow/acknowledge";
import { loadRequestView } from "../../../src/workflow/requestView";
import { fakeDesk, USER_102 } from "../../support/fakeDesk";

const ui = {
  confirm: async () => true,
  notifyDialog: async () => undefined,
  isFormDirty: async () => false,
  afterAction: async () => undefined,
  openWorkItem: () => undefined,
  openNewRequest: () => Promise.reject(new Error("Not implemented: openNewRequest")),
};

// UTC, Monday to Friday 09:00-17:00. The fake desk creates items from Friday 2026-11-20 09:00 UTC on, a
// minute apart, and its now is Monday 2026-11-23 10:00 UTC: 9 business hours later.
const sla = { ...defaultSlaSettings(), targets: { reassign: { acknowledgeHours: 4, closeHours: 40 } } };

describe("request panel's running target", () => {
  it("shows time to acknowledge under Submitted, overdue, in words", async () => {
    const desk = fakeDesk({ settings: { sla } });
    const request = desk.workItems.addRequest(USER_102);
    render(
      <RequestPanel
        services={desk.services}
        view={await loadRequestView(desk.services, request.id)}
        ui={ui}
      />,
    );
    const current = screen.getByRole("listitem", { current: "step" });
    expect(current).toHaveTextContent("Submitted");
    expect(screen.getByRole("status", { name: "Service level" })).toHaveTextContent(
      /^Time to acknowledge: 4h 5\dm overdue$/,
    );
  });

  it("after acknowledgement shows time to close, and that acknowledging was met or missed", async () => {
    const desk = fakeDesk({ settings: { sla } });
    const request = desk.workItems.addRequest(USER_102);
    await acknowledge(desk.services, await loadRequestView(desk.services, request.id));
    render(
      <RequestPanel
        services={desk.services}
        view={await loadRequestView(desk.services, request.id)}
        ui={ui}
      />,
    );
    expect(screen.getByRole("status", { name: "Service level" })).toHaveTextContent(
      /^Time to close: 31h \dm left · Time to acknowledge: met$/,
    );
  });
});
