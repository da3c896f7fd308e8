import { categoryOf, resolveActionStates, type WorkItemState } from "../../src/domain/states";

const s = (name: string, category: string): WorkItemState => ({ name, category });
const INHERITED = [s("New", "Proposed"), s("In Planning", "InProgress"), s("Closed", "Completed")];
const SCRUM_PBI = [
  s("New", "Proposed"),
  s("Approved", "Proposed"),
  s("Committed", "InProgress"),
  s("Done", "Completed"),
  s("Removed", "Removed"),
];
const SCRUM_TASK = [
  s("To Do", "Proposed"),
  s("In Progress", "InProgress"),
  s("Done", "Completed"),
  s("Removed", "Removed"),
];

describe("category of a state", () => {
  it("finds the state whatever its case", () => {
    expect(categoryOf(INHERITED, "in planning")).toBe("InProgress");
    expect(categoryOf(SCRUM_PBI, "REMOVED")).toBe("Removed");
  });

  it("is undefined for a state the type does not have, or a category Azure DevOps does not define", () => {
    expect(categoryOf(INHERITED, "Active")).toBeUndefined();
    expect(categoryOf([s("Odd", "Weird")], "Odd")).toBeUndefined();
  });
});

describe("overrides of each action's state", () => {
  it("apply to all three actions, each matched against its own type", () => {
    expect(
      resolveActionStates(SCRUM_PBI, SCRUM_TASK, {
        acknowledge: " approved ",
        close: "removed",
        taskDone: "in progress",
      }),
    ).toEqual({ ok: true, states: { acknowledge: "Approved", close: "Removed", taskDone: "In Progress" } });
  });

  it("an empty override means the default", () => {
    expect(resolveActionStates(SCRUM_PBI, SCRUM_TASK, { acknowledge: "  ", close: "" })).toEqual({
      ok: true,
      states: { acknowledge: "Committed", close: "Done", taskDone: "Done" },
    });
  });

  it("a task-done override is looked up in the task type, not the request type", () => {
    const r = resolveActionStates(INHERITED, SCRUM_TASK, { taskDone: "Closed" });
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          field: "taskDone",
          message:
            'The task done state "Closed" does not exist in this process (states: To Do (Proposed), In Progress (InProgress), Done (Completed), Removed (Removed)). Choose another in Project settings > User Management Desk.',
        },
      ],
    });
  });

  it("reports every wrong override at once", () => {
    const r = resolveActionStates(INHERITED, SCRUM_TASK, {
      acknowledge: "Active",
      close: "Done",
      taskDone: "Closed",
    });
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(["acknowledge", "close", "taskDone"]);
    expect(!r.ok && r.errors[1].message).toContain('"Done"');
    expect(!r.ok && r.errors[1].message).toContain(
      "New (Proposed), In Planning (InProgress), Closed (Completed)",
    );
  });

  it("a type without the needed category says which category is missing and where to choose", () => {
    const r = resolveActionStates(INHERITED, [s("To Do", "Proposed"), s("Doing", "InProgress")]);
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          field: "taskDone",
          message:
            "No Completed-category state for the task done action (states: To Do (Proposed), Doing (InProgress)). Choose one in Project settings > User Management Desk.",
        },
      ],
    });
    const none = resolveActionStates([], []);
    expect(!none.ok && none.errors.map((e) => e.message.includes("(states: none)"))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("an override can rescue a type without the category", () => {
    const intake = [s("Open", "Proposed"), s("Finished", "Completed")];
    expect(resolveActionStates(intake, SCRUM_TASK, { acknowledge: "Open" })).toEqual({
      ok: true,
      states: { acknowledge: "Open", close: "Finished", taskDone: "Done" },
    });
  });
});
