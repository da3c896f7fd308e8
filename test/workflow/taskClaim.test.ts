/**
 * Create staff task claims the create before making it, so two people clicking at the same moment make
 * one task between them; a claim that was released, ran out, or is one's own holds nobody up.
 */
import { RestError } from "../../src/ado/restErrors";
import { acknowledge } from "../../src/workflow/acknowledge";
import { createStaffTask } from "../../src/workflow/createStaffTask";
import type { DeskServices } from "../../src/workflow/deskServices";
import { loadRequestView } from "../../src/workflow/requestView";
import { fakeDesk, HOLLY, REMI, USER_102 } from "../support/fakeDesk";

async function acknowledged() {
  const desk = fakeDesk();
  const request = desk.workItems.addRequest(USER_102);
  await acknowledge(desk.services, await loadRequestView(desk.services, request.id));
  const asRemi: DeskServices = {
    ...desk.services,
    user: { id: REMI.id, displayName: REMI.displayName, uniqueName: REMI.uniqueName },
  };
  const tasks = () =>
    [...desk.workItems.items.values()].filter((w) => w.fields["System.WorkItemType"] === "Task");
  return { desk, request, asRemi, tasks };
}

describe("the staff task claim", () => {
  it("Holly and Remi at the same moment: one task, the other told who is creating or created it", async () => {
    const { desk, request, asRemi, tasks } = await acknowledged();
    const hollyView = await loadRequestView(desk.services, request.id);
    const remiView = await loadRequestView(asRemi, request.id);
    const outcomes = await Promise.all([
      createStaffTask(desk.services, hollyView, REMI),
      createStaffTask(asRemi, remiView, REMI),
    ]);
    expect(tasks()).toHaveLength(1);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["already", "done"]);
    const loser = outcomes.find((o) => o.kind === "already")!;
    expect(loser.message).toMatch(
      /^(Holly Brooks|Remi Laurent) (created staff task #\d+ at .+\. Open it instead\.|is creating a staff task for this request at this moment \(since .+\)\. Reload in a moment to see it\.)$/,
    );
  });

  it("a claim by someone else that is still fresh stops the create and names them", async () => {
    const { desk, request, asRemi, tasks } = await acknowledged();
    await desk.claims.write(
      String(request.id),
      {
        by: { id: HOLLY.id, displayName: HOLLY.displayName },
        at: desk.services.now().toISOString(),
        known: [],
      },
      undefined,
    );
    const outcome = await createStaffTask(asRemi, await loadRequestView(asRemi, request.id), REMI);
    expect(outcome).toEqual({
      kind: "already",
      message: expect.stringMatching(
        /^Holly Brooks is creating a staff task for this request at this moment/,
      ),
    });
    expect(tasks()).toHaveLength(0);
  });

  it.each([
    ["ran out", { at: "2026-11-23T09:50:00Z" }],
    ["was released", { released: true }],
    ["was about an older set of tasks", { known: [99] }],
  ])("a claim by someone else that %s holds nobody up", async (_name, change) => {
    const { desk, request, asRemi, tasks } = await acknowledged();
    await desk.claims.write(
      String(request.id),
      {
        by: { id: HOLLY.id, displayName: HOLLY.displayName },
        at: desk.services.now().toISOString(),
        known: [],
        ...change,
      },
      undefined,
    );
    const outcome = await createStaffTask(asRemi, await loadRequestView(asRemi, request.id), REMI);
    expect(outcome.kind).toBe("done");
    expect(tasks()).toHaveLength(1);
  });

  it("a create that surely failed releases the claim, so a colleague can create right after", async () => {
    const { desk, request, asRemi, tasks } = await acknowledged();
    desk.workItems.failures.create = [new RestError(500, "TF400898: An Internal Error Occurred.")];
    const failed = await createStaffTask(
      desk.services,
      await loadRequestView(desk.services, request.id),
      REMI,
    );
    expect(failed.kind).toBe("failed");
    const outcome = await createStaffTask(asRemi, await loadRequestView(asRemi, request.id), REMI);
    expect(outcome.kind).toBe("done");
    expect(tasks()).toHaveLength(1);
  });

  it("one's own claim (an earlier failed attempt) does not stop one's retry", async () => {
    const { desk, request, tasks } = await acknowledged();
    await desk.claims.write(
      String(request.id),
      {
        by: { id: HOLLY.id, displayName: HOLLY.displayName },
        at: desk.services.now().toISOString(),
        known: [],
      },
      undefined,
    );
    const outcome = await createStaffTask(
      desk.services,
      await loadRequestView(desk.services, request.id),
      REMI,
    );
    expect(outcome.kind).toBe("done");
    expect(tasks()).toHaveLength(1);
  });
});
