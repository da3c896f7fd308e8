import { type HubRowAction, rowActionPlan } from "../../src/workflow/queueActions";

const blocked =
  (reasons: Partial<Record<HubRowAction, string>>) =>
  (a: HubRowAction): string | undefined =>
    reasons[a];

describe("a hub row's one button and its More actions menu", () => {
  it("shows each open stage's next step as the button and the rest in the menu", () => {
    expect(
      rowActionPlan("Submitted", blocked({ "Create staff task": "Acknowledge the request first." })),
    ).toEqual({
      primary: "Acknowledge",
      more: ["Create staff task", "Close request", "Triage"],
    });
    expect(rowActionPlan("Acknowledged", blocked({ Acknowledge: "Already acknowledged." })).primary).toBe(
      "Create staff task",
    );
    expect(rowActionPlan("Ready to close", blocked({ Acknowledge: "Already acknowledged." })).primary).toBe(
      "Close request",
    );
  });

  it("when the next step cannot act, the button is the first action that can", () => {
    const plan = rowActionPlan(
      "Acknowledged",
      blocked({ Acknowledge: "Already acknowledged.", "Create staff task": "Choose the staff member." }),
    );
    expect(plan).toEqual({ primary: "Close request", more: ["Acknowledge", "Create staff task", "Triage"] });
  });

  it("in progress, with the task open, offers what can still act (closing asks first)", () => {
    const plan = rowActionPlan(
      "In progress",
      blocked({ Acknowledge: "Already acknowledged.", "Create staff task": "A staff task is already open." }),
    );
    expect(plan.primary).toBe("Close request");
    expect(plan.more).toEqual(["Acknowledge", "Create staff task", "Triage"]);
  });

  it("a closed request shows no action at all, rather than four that say it is closed", () => {
    expect(rowActionPlan("Closed", () => "The request is closed.")).toEqual({ primary: undefined, more: [] });
  });
});
