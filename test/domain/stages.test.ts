import { deriveStage, type StageEvent, stageEvents, STAGES } from "../../src/domain/stages";
import type { WorkItemState } from "../../src/domain/states";

const s = (name: string, category: string): WorkItemState => ({ name, category });
const INHERITED = [s("New", "Proposed"), s("In Planning", "InProgress"), s("Closed", "Completed")];
const AGILE = [
  s("New", "Proposed"),
  s("Active", "InProgress"),
  s("Resolved", "Resolved"),
  s("Closed", "Completed"),
  s("Removed", "Removed"),
];
const BASIC = [s("To Do", "Proposed"), s("Doing", "InProgress"), s("Done", "Completed")];

describe("stage of a request", () => {
  it("lists the stages in workflow order", () => {
    expect(STAGES).toEqual(["Submitted", "Acknowledged", "In progress", "Ready to close", "Closed"]);
  });

  const open = { state: "New", stateCategory: "Proposed", acknowledgeState: "In Planning", tasks: [] };
  it.each<[string, Parameters<typeof deriveStage>[0], string]>([
    ["a new request", open, "Submitted"],
    ["the acknowledge state", { ...open, state: "In Planning", stateCategory: "InProgress" }, "Acknowledged"],
    [
      "the acknowledge state named in another case",
      { ...open, state: "in planning", stateCategory: undefined },
      "Acknowledged",
    ],
    [
      "an acknowledge override in a Proposed state (Scrum Approved)",
      { ...open, state: "Approved", acknowledgeState: "Approved" },
      "Acknowledged",
    ],
    [
      "another InProgress state (Basic Doing)",
      { ...open, state: "Doing", stateCategory: "InProgress", acknowledgeState: "Doing" },
      "Acknowledged",
    ],
    [
      "a Resolved state",
      { ...open, state: "Resolved", stateCategory: "Resolved", acknowledgeState: "Active" },
      "Acknowledged",
    ],
    ["a task not done", { ...open, tasks: [{ stateCategory: "Proposed" }] }, "In progress"],
    [
      "one open task among done ones",
      {
        ...open,
        state: "In Planning",
        stateCategory: "InProgress",
        tasks: [{ stateCategory: "Completed" }, { stateCategory: "InProgress" }],
      },
      "In progress",
    ],
    ["a task of unknown state", { ...open, tasks: [{ stateCategory: undefined }] }, "In progress"],
    [
      "all tasks done or removed",
      {
        ...open,
        state: "In Planning",
        stateCategory: "InProgress",
        tasks: [{ stateCategory: "Completed" }, { stateCategory: "Removed" }],
      },
      "Ready to close",
    ],
    [
      "a Completed request, even with an open task",
      { ...open, state: "Closed", stateCategory: "Completed", tasks: [{ stateCategory: "InProgress" }] },
      "Closed",
    ],
    ["a Removed request", { ...open, state: "Removed", stateCategory: "Removed" }, "Closed"],
    ["an unknown state without tasks", { ...open, state: "Odd", stateCategory: undefined }, "Submitted"],
  ])("%s → %s", (_what, input, stage) => {
    expect(deriveStage(input)).toBe(stage);
  });
});

describe("who did each step and when", () => {
  const created = { createdBy: "Dana Whitfield", createdDate: "2026-11-20T09:00:00Z" };
  const update = (by: string, at: string, from: string | undefined, to: string) => ({
    revisedBy: by,
    revisedDate: at,
    fields: { "System.State": { oldValue: from, newValue: to } },
  });
  const creation = update("Dana Whitfield", "2026-11-20T09:00:00Z", undefined, "New");
  const ack = update("Holly Brooks", "2026-11-20T10:42:00Z", "New", "In Planning");
  const task = (createdDate: string, closedDate?: string, who = "Remi Laurent") => ({
    createdBy: who,
    createdDate,
    ...(closedDate ? { closedBy: who, closedDate } : {}),
  });
  const events = (over: Partial<Parameters<typeof stageEvents>[0]>): StageEvent[] =>
    stageEvents({
      ...created,
      updates: [creation],
      intakeStates: INHERITED,
      acknowledgeState: "In Planning",
      tasks: [],
      ...over,
    });

  it("has only Submitted for a request nobody touched (the creation revision is no state change)", () => {
    expect(events({})).toEqual([{ stage: "Submitted", by: "Dana Whitfield", at: "2026-11-20T09:00:00Z" }]);
  });

  it("takes the first change into the acknowledge state, not a later one", () => {
    const back = update("Holly Brooks", "2026-11-21T08:00:00Z", "In Planning", "New");
    const again = update("Remi Laurent", "2026-11-21T09:00:00Z", "New", "In Planning");
    expect(events({ updates: [creation, ack, back, again] })).toEqual([
      { stage: "Submitted", by: "Dana Whitfield", at: "2026-11-20T09:00:00Z" },
      { stage: "Acknowledged", by: "Holly Brooks", at: "2026-11-20T10:42:00Z" },
    ]);
  });

  it("counts a change into an InProgress state when the process has no acknowledge state by that name", () => {
    const doing = update("Holly Brooks", "2026-11-20T11:00:00Z", "To Do", "Doing");
    expect(events({ intakeStates: BASIC, acknowledgeState: "Doing", updates: [creation, doing] })[1]).toEqual(
      {
        stage: "Acknowledged",
        by: "Holly Brooks",
        at: "2026-11-20T11:00:00Z",
      },
    );
    const active = update("Holly Brooks", "2026-11-20T12:00:00Z", "New", "Active");
    expect(
      events({ intakeStates: AGILE, acknowledgeState: "Resolved", updates: [creation, active] })[1],
    ).toMatchObject({
      stage: "Acknowledged",
      at: "2026-11-20T12:00:00Z",
    });
  });

  it("dates a step by the update's System.ChangedDate, not revisedDate (9999-01-01 on the latest update)", () => {
    const latest = {
      revisedBy: "Holly Brooks",
      revisedDate: "9999-01-01T00:00:00Z",
      fields: {
        "System.State": { oldValue: "New", newValue: "In Planning" },
        "System.ChangedDate": { oldValue: "2026-11-20T09:00:00Z", newValue: "2026-11-20T10:42:00Z" },
      },
    };
    expect(events({ updates: [creation, latest] })[1]).toEqual({
      stage: "Acknowledged",
      by: "Holly Brooks",
      at: "2026-11-20T10:42:00Z",
    });
  });

  it("ignores updates that change other fields", () => {
    const title = {
      revisedBy: "Remi",
      revisedDate: "2026-11-20T09:30:00Z",
      fields: { "System.Title": { oldValue: "a", newValue: "b" } },
    };
    const none = { revisedBy: "Remi", revisedDate: "2026-11-20T09:31:00Z" };
    expect(events({ updates: [creation, title, none] })).toHaveLength(1);
  });

  it("starts In progress with the first task created, whatever order the tasks come in", () => {
    const tasks = [
      task("2026-11-22T09:00:00Z", undefined, "Sam"),
      task("2026-11-21T09:00:00Z", "2026-11-21T15:00:00Z"),
    ];
    expect(events({ updates: [creation, ack], tasks })).toEqual([
      { stage: "Submitted", by: "Dana Whitfield", at: "2026-11-20T09:00:00Z" },
      { stage: "Acknowledged", by: "Holly Brooks", at: "2026-11-20T10:42:00Z" },
      { stage: "In progress", by: "Remi Laurent", at: "2026-11-21T09:00:00Z" },
    ]);
  });

  it("is Ready to close when the last of all tasks was closed, by whoever closed it", () => {
    const tasks = [
      task("2026-11-21T09:00:00Z", "2026-11-22T18:00:00Z", "Sam Ode"),
      task("2026-11-21T10:00:00Z", "2026-11-22T08:00:00Z", "Remi Laurent"),
    ];
    expect(events({ updates: [creation, ack], tasks }).at(-1)).toEqual({
      stage: "Ready to close",
      by: "Sam Ode",
      at: "2026-11-22T18:00:00Z",
    });
  });

  it("is Closed at the change into a Completed or Removed state, in workflow order", () => {
    const close = update("Holly Brooks", "2026-11-23T16:00:00Z", "In Planning", "Closed");
    expect(events({ updates: [creation, ack, close] }).map((e) => e.stage)).toEqual([
      "Submitted",
      "Acknowledged",
      "Closed",
    ]);
    const removed = update("Holly Brooks", "2026-11-20T09:10:00Z", "New", "Removed");
    expect(events({ intakeStates: AGILE, acknowledgeState: "Active", updates: [creation, removed] })).toEqual(
      [
        { stage: "Submitted", by: "Dana Whitfield", at: "2026-11-20T09:00:00Z" },
        { stage: "Closed", by: "Holly Brooks", at: "2026-11-20T09:10:00Z" },
      ],
    );
  });

  it("drops Closed when the request was reopened, and keeps the closing that stands", () => {
    const close = update("Holly Brooks", "2026-11-23T16:00:00Z", "In Planning", "Closed");
    const reopen = update("Dana Whitfield", "2026-11-24T08:00:00Z", "Closed", "In Planning");
    expect(events({ updates: [creation, ack, close, reopen] }).map((e) => e.stage)).toEqual([
      "Submitted",
      "Acknowledged",
    ]);
    const closeAgain = update("Remi Laurent", "2026-11-25T08:00:00Z", "In Planning", "Closed");
    expect(events({ updates: [creation, ack, close, reopen, closeAgain] }).at(-1)).toEqual({
      stage: "Closed",
      by: "Remi Laurent",
      at: "2026-11-25T08:00:00Z",
    });
  });

  it("keeps the workflow order of stages for a full history", () => {
    const close = update("Holly Brooks", "2026-11-23T16:00:00Z", "In Planning", "Closed");
    const all = events({
      updates: [creation, ack, close],
      tasks: [task("2026-11-21T09:00:00Z", "2026-11-22T12:00:00Z")],
    });
    expect(all.map((e) => e.stage)).toEqual([...STAGES]);
  });
});
