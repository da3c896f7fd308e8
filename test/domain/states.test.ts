import { deriveStage, stageEvents } from "../../src/domain/stages";
import { resolveActionStates, type WorkItemState } from "../../src/domain/states";

const s = (name: string, category: string): WorkItemState => ({ name, category });
const PROCESSES: Record<
  string,
  { intake: WorkItemState[]; task: WorkItemState[]; expected: [string, string, string] }
> = {
  Basic: {
    intake: [s("To Do", "Proposed"), s("Doing", "InProgress"), s("Done", "Completed")],
    task: [s("To Do", "Proposed"), s("Doing", "InProgress"), s("Done", "Completed")],
    expected: ["Doing", "Done", "Done"],
  },
  Agile: {
    intake: [
      s("New", "Proposed"),
      s("Active", "InProgress"),
      s("Resolved", "Resolved"),
      s("Closed", "Completed"),
      s("Removed", "Removed"),
    ],
    task: [
      s("New", "Proposed"),
      s("Active", "InProgress"),
      s("Closed", "Completed"),
      s("Removed", "Removed"),
    ],
    expected: ["Active", "Closed", "Closed"],
  },
  Scrum: {
    intake: [
      s("New", "Proposed"),
      s("Approved", "Proposed"),
      s("Committed", "InProgress"),
      s("Done", "Completed"),
      s("Removed", "Removed"),
    ],
    task: [
      s("To Do", "Proposed"),
      s("In Progress", "InProgress"),
      s("Done", "Completed"),
      s("Removed", "Removed"),
    ],
    expected: ["Committed", "Done", "Done"],
  },
  CMMI: {
    intake: [
      s("Proposed", "Proposed"),
      s("Active", "InProgress"),
      s("Resolved", "Resolved"),
      s("Closed", "Completed"),
      s("Removed", "Removed"),
    ],
    task: [
      s("Proposed", "Proposed"),
      s("Active", "InProgress"),
      s("Resolved", "Resolved"),
      s("Closed", "Completed"),
      s("Removed", "Removed"),
    ],
    expected: ["Active", "Closed", "Closed"],
  },
  Inherited: {
    intake: [s("New", "Proposed"), s("In Planning", "InProgress"), s("Closed", "Completed")],
    task: [
      s("New", "Proposed"),
      s("Active", "InProgress"),
      s("Closed", "Completed"),
      s("Removed", "Removed"),
    ],
    expected: ["In Planning", "Closed", "Closed"],
  },
};

describe("action states by category", () => {
  it.each(Object.entries(PROCESSES))("%s process", (_name, p) => {
    const [acknowledge, close, taskDone] = p.expected;
    expect(resolveActionStates(p.intake, p.task)).toEqual({
      ok: true,
      states: { acknowledge, close, taskDone },
    });
  });

  it("prefers In Planning when an inherited process has it among other InProgress states", () => {
    const intake = [
      s("New", "Proposed"),
      s("Active", "InProgress"),
      s("In Planning", "InProgress"),
      s("Closed", "Completed"),
    ];
    expect(resolveActionStates(intake, PROCESSES.Agile.task)).toMatchObject({
      states: { acknowledge: "In Planning" },
    });
  });

  it("takes an override in the state's real casing", () => {
    expect(
      resolveActionStates(PROCESSES.Agile.intake, PROCESSES.Agile.task, { acknowledge: "resolved" }),
    ).toMatchObject({
      ok: true,
      states: { acknowledge: "Resolved" },
    });
  });

  it("reports an override that names no state, with the real states and where to fix it", () => {
    const r = resolveActionStates(PROCESSES.Basic.intake, PROCESSES.Basic.task, {
      acknowledge: "In Planning",
    });
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors.map((e) => e.field)).toEqual(["acknowledge"]);
    expect(errors[0].message).toContain('"In Planning"');
    expect(errors[0].message).toContain("To Do (Proposed), Doing (InProgress), Done (Completed)");
    expect(errors[0].message).toContain("Project settings > User Management Desk");
  });

  it("reports a type without the category an action needs", () => {
    const r = resolveActionStates([s("New", "Proposed")], PROCESSES.Basic.task);
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(["acknowledge", "close"]);
  });
});

describe("stages", () => {
  const base = { state: "New", stateCategory: "Proposed", acknowledgeState: "In Planning", tasks: [] };
  it.each([
    ["Submitted", base],
    ["Acknowledged", { ...base, state: "In Planning", stateCategory: "InProgress" }],
    [
      "In progress",
      {
        ...base,
        state: "In Planning",
        stateCategory: "InProgress",
        tasks: [{ stateCategory: "InProgress" }, { stateCategory: "Completed" }],
      },
    ],
    [
      "Ready to close",
      {
        ...base,
        state: "In Planning",
        stateCategory: "InProgress",
        tasks: [{ stateCategory: "Completed" }, { stateCategory: "Removed" }],
      },
    ],
    [
      "Closed",
      { ...base, state: "Closed", stateCategory: "Completed", tasks: [{ stateCategory: "Proposed" }] },
    ],
    ["Closed", { ...base, state: "Removed", stateCategory: "Removed" }],
  ])("%s", (stage, input) => {
    expect(deriveStage(input)).toBe(stage);
  });

  it("tells who did each step and when, from the history", () => {
    const events = stageEvents({
      createdBy: "Dana Whitfield",
      createdDate: "2026-11-20T09:00:00Z",
      updates: [
        {
          revisedBy: "Dana Whitfield",
          revisedDate: "2026-11-20T09:00:00Z",
          fields: { "System.State": { newValue: "New" } },
        },
        {
          revisedBy: "Holly Brooks",
          revisedDate: "2026-11-20T10:42:00Z",
          fields: { "System.State": { oldValue: "New", newValue: "In Planning" } },
        },
        {
          revisedBy: "Remi Laurent",
          revisedDate: "2026-11-21T08:00:00Z",
          fields: { "System.Title": { oldValue: "a", newValue: "b" } },
        },
        {
          revisedBy: "Holly Brooks",
          revisedDate: "2026-11-23T16:00:00Z",
          fields: { "System.State": { oldValue: "In Planning", newValue: "Closed" } },
        },
      ],
      intakeStates: PROCESSES.Inherited.intake,
      acknowledgeState: "In Planning",
      tasks: [
        {
          createdBy: "Remi Laurent",
          createdDate: "2026-11-21T09:00:00Z",
          closedBy: "Remi Laurent",
          closedDate: "2026-11-22T12:00:00Z",
        },
      ],
    });
    expect(events).toEqual([
      { stage: "Submitted", by: "Dana Whitfield", at: "2026-11-20T09:00:00Z" },
      { stage: "Acknowledged", by: "Holly Brooks", at: "2026-11-20T10:42:00Z" },
      { stage: "In progress", by: "Remi Laurent", at: "2026-11-21T09:00:00Z" },
      { stage: "Ready to close", by: "Remi Laurent", at: "2026-11-22T12:00:00Z" },
      { stage: "Closed", by: "Holly Brooks", at: "2026-11-23T16:00:00Z" },
    ]);
  });
});
