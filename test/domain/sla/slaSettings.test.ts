import { defaultSettings, normalizeSettings, validateSettings } from "../../../src/domain/settings";
import { defaultSlaSettings, normalizeSlaSettings, targetsFor } from "../../../src/domain/sla/slaSettings";

const base = defaultSettings({ workItemTypes: ["User Request", "Task"] });

describe("the service-level block of the settings", () => {
  it("is absent from a document without one: no clocks", () => {
    const { settings, problems } = normalizeSettings({ ...base }, base);
    expect(settings.sla).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it("round-trips a saved block", () => {
    const sla = {
      ...defaultSlaSettings(),
      calendar: { ...defaultSlaSettings().calendar, timeZone: "Europe/Berlin", holidays: ["2026-12-25"] },
      waiting: { state: "Waiting on client" },
    };
    const { settings, problems } = normalizeSettings(JSON.parse(JSON.stringify({ ...base, sla })), base);
    expect(problems).toEqual([]);
    expect(settings.sla).toEqual(sla);
  });

  it("repairs damaged parts field by field and says what it did", () => {
    const problems: string[] = [];
    const sla = normalizeSlaSettings(
      {
        calendar: {
          timeZone: "Nowhere/City",
          workingDays: [1, 9, "x"],
          dayStart: "25:00",
          holidays: ["soon"],
        },
        targets: { reset: { acknowledgeHours: "four", closeHours: 8 }, invite: 7 },
        atRiskPercent: 150,
      },
      problems,
    );
    expect(sla).toMatchObject({
      calendar: { timeZone: "UTC", workingDays: [1], dayStart: "09:00", dayEnd: "17:00", holidays: [] },
      targets: { reset: { closeHours: 8 } },
      atRiskPercent: 75,
    });
    expect(problems).toEqual([
      "Unreadable working days were removed from the business calendar.",
      "Unreadable holidays were removed from the business calendar.",
      "The time zone was invalid and was reset.",
      "The start of the working day was invalid and was reset.",
      "The service levels of New account invitation were invalid and were removed.",
      "A service level of Account reset was not a number of hours and was removed.",
      "The at-risk share was invalid and was reset to 75%.",
    ]);
  });

  it("refuses to save a waiting state the process does not have", () => {
    const errors = validateSettings(
      { ...base, sla: { ...defaultSlaSettings(), waiting: { state: "Blocked" } } },
      {
        workItemTypes: ["User Request", "Task"],
        intakeStates: [
          { name: "New", category: "Proposed" },
          { name: "In Planning", category: "InProgress" },
          { name: "Closed", category: "Completed" },
        ],
        taskStates: [{ name: "Done", category: "Completed" }],
      },
    );
    expect(errors["sla.waiting.state"]).toBe(
      'The state "Blocked" does not exist in this process (states: New, In Planning, Closed).',
    );
  });

  it("gives a type's targets only when it has one", () => {
    const sla = { ...defaultSlaSettings(), targets: { reset: { closeHours: 8 }, remove: {} } };
    expect(targetsFor(sla, "reset")).toEqual({ closeHours: 8 });
    expect(targetsFor(sla, "remove")).toBeUndefined();
    expect(targetsFor(undefined, "reset")).toBeUndefined();
  });
});
