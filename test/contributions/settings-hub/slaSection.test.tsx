import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";

import { SettingsPage } from "../../../src/contributions/settings-hub/SettingsPage";
import { defaultSettings, type Settings } from "../../../src/domain/settings";
import { defaultSlaSettings } from "../../../src/domain/sla/slaSettings";
import { choose, control, errorOf, type } from "./drive";
import { fakeHub, HOLLY, INHERITED, PROJECT_ID, REMI } from "./fakes";

// The whole page renders for each test, azure-devops-ui controls and all: more than Jest's 5 s on a busy machine.
jest.setTimeout(20_000);

const stored = (patch: Partial<Settings> = {}): Settings => ({
  ...defaultSettings({ workItemTypes: Object.keys(INHERITED) }),
  staff: [REMI],
  defaultAssigneeId: REMI.id,
  coordinator: HOLLY,
  ...patch,
});

async function renderPage(hub: ReturnType<typeof fakeHub>) {
  // Monday 2026-11-23 10:00 UTC: the sample request was submitted Sunday 08:00 UTC.
  hub.services.now = () => new Date("2026-11-23T10:00:00Z");
  render(<SettingsPage services={Promise.resolve(hub.services)} />);
  await screen.findByRole("button", { name: "Save" });
  await waitFor(() => expect(screen.queryByText(/Reading the states/)).toBeNull());
}

describe("Settings hub: service levels", () => {
  it("are off until switched on, then save a calendar, targets and the waiting state", async () => {
    const hub = fakeHub({ stored: stored() });
    await renderPage(hub);
    const box = screen.getByRole("checkbox", { name: /Measure service levels/ });
    expect(box).not.toBeChecked();
    fireEvent.click(box);
    expect(box).toBeChecked();
    // The browser's time zones are offered as suggestions while typing.
    expect(control("Time zone")).toHaveAttribute("list", "umd-time-zones");
    expect(document.querySelector('#umd-time-zones option[value="Europe/Berlin"]')).not.toBeNull();
    type(control("Time zone"), "Europe/Berlin");
    fireEvent.click(screen.getByRole("checkbox", { name: "Friday" }));
    // Typed a line at a time: the new line stays while the next date is typed.
    const holidays = control<HTMLTextAreaElement>("Holidays");
    type(holidays, "2026-12-24\n");
    expect(holidays.value).toBe("2026-12-24\n");
    type(holidays, "2026-12-24\n2026-12-25");
    type(control("Account reset: Time to close (hours)"), "8");
    await choose("Waiting on the client: state", "In Planning");
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText(/Settings saved/);
    const saved = hub.documents.docs.get(PROJECT_ID)!.value as Settings;
    expect(saved.sla).toEqual({
      ...defaultSlaSettings(),
      calendar: {
        timeZone: "Europe/Berlin",
        workingDays: [1, 2, 3, 4],
        dayStart: "09:00",
        dayEnd: "17:00",
        holidays: ["2026-12-24", "2026-12-25"],
      },
      targets: { ...defaultSlaSettings().targets, reset: { acknowledgeHours: 4, closeHours: 8 } },
      waiting: { state: "In Planning" },
    });
  });

  it("previews a sample request's clocks on the calendar on screen", async () => {
    const hub = fakeHub({ stored: stored({ sla: defaultSlaSettings() }) });
    await renderPage(hub);
    const preview = screen.getByRole("region", { name: "Service level preview" });
    // Submitted Sunday 08:00 UTC, waited 09:00-11:00 (Sunday), now Monday 10:00: 1 business hour counted.
    const items = within(preview)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items[0]).toMatch(
      /^Time to acknowledge \(4h\): 3h left, due 23 Nov \d\d:00; 1h of business time counted$/,
    );
    expect(items[1]).toMatch(/^Time to close \(40h\): 39h left, due .*; 1h of business time counted$/);
    type(control("Time zone"), "Mars/Olympus");
    expect(within(preview).getByText(/Fix the service-level settings/)).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Settings to fix" })).toHaveTextContent("Time zone");
    expect(control("Time zone")).toHaveAttribute("aria-invalid", "true");
    expect(errorOf(control("Time zone"))).toBeTruthy();
  });

  it("refuses a target that is not a positive number of hours", async () => {
    const hub = fakeHub({ stored: stored({ sla: defaultSlaSettings() }) });
    await renderPage(hub);
    type(control("Remove user: Time to acknowledge (hours)"), "0");
    expect(
      screen.getByText("Enter the hours of Remove user as a number above 0, or leave it empty."),
    ).toBeInTheDocument();
  });
});
