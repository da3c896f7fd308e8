/** The seed: the requests the panels and the end-to-end tests start from, and scale seeding. */
import { userByKey } from "./api/model/identities";
import { EmulatorState } from "./api/state";
import { updateWorkItem } from "./api/store/workItems";
import { CS, type RunningEmulator, startEmulator } from "./api/testing";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());

const get = async (id: number) =>
  (await emu.call("GET", `/fabrikam/_apis/wit/workitems/${id}?$expand=all`)).json;

it("configures Client Services in its project property and leaves Basic Desk unconfigured", async () => {
  const projects = (await emu.call("GET", "/fabrikam/_apis/projects")).json.value as {
    id: string;
    name: string;
  }[];
  const property = async (name: string) => {
    const id = projects.find((p) => p.name === name)!.id;
    return (
      await emu.call("GET", `/fabrikam/_apis/projects/${id}/properties?keys=UserManagementDesk.Settings`)
    ).json;
  };
  const cs = await property("Client Services");
  expect(cs.count).toBe(1);
  const settings = JSON.parse(cs.value[0].value);
  expect(settings).toMatchObject({
    schemaVersion: 2,
    revision: 1,
    intakeType: "User Request",
    coordinator: {
      id: userByKey("holly")!.id,
      displayName: "Holly Brooks",
      uniqueName: "holly@fabrikam.example",
    },
    defaultAssigneeId: userByKey("remi")!.id,
    clientsAreaRoot: "Client Services\\Clients",
    clientAreas: [
      { domain: "contoso-dental.example", areaPath: "Client Services\\Clients\\Contoso Dental" },
      { domain: "northwind.example", areaPath: "Client Services\\Clients\\Northwind Clinic" },
    ],
    clientAreaExceptions: [],
  });
  expect(settings.staff.map((p: { uniqueName: string }) => p.uniqueName)).toEqual([
    "remi@fabrikam.example",
    "sam@fabrikam.example",
  ]);
  expect(await property("Basic Desk")).toEqual({ count: 0, value: [] });
});

it("seeds requests in every stage, created through the request format, assigned to Holly", async () => {
  const expected: [number, string, string, string][] = [
    [1, "New", "dana@contoso-dental.example", "umd-type:invite"],
    [2, "New", "dana@contoso-dental.example", "umd-type:reassign"],
    [3, "In Planning", "chris@northwind.example", "umd-type:reset"],
    [5, "In Planning", "chris@northwind.example", "umd-type:remove"],
    [7, "Closed", "dana@contoso-dental.example", "umd-type:reset"],
    [9, "New", "holly@fabrikam.example", "umd-type:reset"],
    [10, "To Do", "dana@contoso-dental.example", "umd-type:invite"],
    [11, "Doing", "chris@northwind.example", "umd-type:remove"],
  ];
  for (const [id, state, creator, typeTag] of expected) {
    const wi = await get(id);
    expect([id, wi.fields["System.State"], wi.fields["System.CreatedBy"].uniqueName]).toEqual([
      id,
      state,
      creator,
    ]);
    expect(wi.fields["System.Tags"]).toContain("umd-request");
    expect(wi.fields["System.Tags"]).toContain(typeTag);
    expect(wi.fields["System.AssignedTo"].uniqueName).toBe("holly@fabrikam.example");
  }
  const reassign = await get(2);
  expect(reassign.fields["System.Description"]).toContain("User 102");
  expect(reassign.fields["System.Description"]).toContain("alex.chen@contoso-dental.example");
  expect(reassign.fields["System.AreaPath"]).toBe("Client Services\\Clients\\Contoso Dental");
  const pat = await get(9);
  expect(pat.fields["System.AreaPath"]).toBe("Client Services");
  expect(pat.fields["System.Tags"]).toContain("umd-client:pat.morgan@tailspin.example");
});

it("links staff tasks to their requests with the right assignees and states", async () => {
  const tasks: [number, number, string, string][] = [
    [4, 3, "remi@fabrikam.example", "Active"],
    [6, 5, "remi@fabrikam.example", "Closed"],
    [8, 7, "sam@fabrikam.example", "Closed"],
    [12, 11, "sam@fabrikam.example", "To Do"],
  ];
  for (const [taskId, requestId, assignee, state] of tasks) {
    const task = await get(taskId);
    expect(task.fields["System.Parent"]).toBe(requestId);
    expect(task.fields["System.AssignedTo"].uniqueName).toBe(assignee);
    expect(task.fields["System.State"]).toBe(state);
    expect(task.fields["System.Tags"]).toBe("umd-staff-task");
    const request = await get(requestId);
    expect(request.relations.map((r: { rel: string; url: string }) => [r.rel, r.url])).toContainEqual([
      "System.LinkTypes.Hierarchy-Forward",
      `${emu.baseUrl}/fabrikam/_apis/wit/workItems/${taskId}`,
    ]);
  }
});

it("records the acknowledgement as Holly's comment mentioning the client, days ago", async () => {
  const comments = await emu.call("GET", `${CS}/_apis/wit/workItems/3/comments`, {
    accept: "application/json;api-version=7.1-preview.4",
  });
  const ack = comments.json.comments[0];
  expect(ack.createdBy.uniqueName).toBe("holly@fabrikam.example");
  expect(ack.mentions.map((m: { targetId: string }) => m.targetId)).toEqual([
    "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d05",
  ]);
  expect(Date.now() - new Date(ack.createdDate).getTime()).toBeGreaterThan(2 * 86_400_000);
  const updates = (await emu.call("GET", `${CS}/_apis/wit/workItems/3/updates`)).json.value;
  const stateChange = updates.find((u: { fields: Record<string, unknown> }) => u.fields["System.State"]);
  expect(stateChange.fields["System.State"]).toEqual({ newValue: "New" });
});

it("adds generated requests for scale in a few seconds", async () => {
  const started = Date.now();
  const big = await startEmulator(5_000);
  try {
    expect(Date.now() - started).toBeLessThan(5_000);
    const last = await big.call("GET", `/fabrikam/_apis/wit/workitems/${12 + 5_000}`);
    expect(last.status).toBe(200);
    expect((await big.call("GET", `/fabrikam/_apis/wit/workitems/${13 + 5_000}`)).status).toBe(404);
    const r = await big.call("POST", `${CS}/_apis/wit/wiql`, {
      body: {
        query:
          "SELECT [System.Id] FROM WorkItems WHERE [System.Tags] CONTAINS 'umd-type:reassign' AND [System.State] = 'Closed'",
      },
    });
    expect(r.json.workItems.length).toBeGreaterThan(100);
  } finally {
    await big.close();
  }
}, 30_000);

describe("seeded at any hour of the day", () => {
  /** Every revision's change date of every seeded item, with the item's id. */
  const changes = (state: EmulatorState) =>
    [...state.store.items.values()].flatMap((item) =>
      item.revisions.map((r) => ({ id: item.id, at: (r.fields["System.ChangedDate"] as Date).getTime() })),
    );

  it.each(["00:05", "07:13", "07:31", "12:00", "23:59"])(
    "started at %s UTC, nothing lies in the future, each item's history runs forward, and #9 is 45 minutes old",
    (hhmm) => {
      const start = new Date(`2026-12-02T${hhmm}:00Z`);
      const state = new EmulatorState("http://localhost:1", 0, start);
      const all = changes(state);
      expect(all.filter((c) => c.at > start.getTime())).toEqual([]);
      for (const item of state.store.items.values()) {
        const times = item.revisions.map((r) => (r.fields["System.ChangedDate"] as Date).getTime());
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
      const created = (id: number) =>
        (state.store.current(state.store.items.get(id)!).fields["System.CreatedDate"] as Date).getTime();
      expect(start.getTime() - created(9)).toBe(45 * 60_000);
      // The newest request: submitted after everything else the seed did.
      expect(Math.max(...all.filter((c) => c.id !== 9).map((c) => c.at))).toBeLessThan(created(9));
    },
  );
});

describe("a stopped clock (fixedNow), as the screenshots use", () => {
  const fixedNow = new Date("2026-11-23T10:30:00Z");

  it("writes the seed before it and stamps every later change with it, also after a reset", () => {
    const state = new EmulatorState("http://localhost:1", 0, fixedNow);
    const created = (id: number) =>
      (state.store.current(state.store.items.get(id)!).fields["System.CreatedDate"] as Date).toISOString();
    // Request 1 is Dana's, three days before "now" at 14:05.
    expect(created(1)).toBe("2026-11-20T14:05:00.000Z");
    const change = () =>
      updateWorkItem(state.store, 1, [{ op: "add", path: "/fields/System.History", value: "x" }], {
        actor: userByKey("holly")!,
      });
    const changedAt = (id: number) =>
      (state.store.current(state.store.items.get(id)!).fields["System.ChangedDate"] as Date).toISOString();
    change();
    expect(changedAt(1)).toBe(fixedNow.toISOString());
    state.reset();
    expect(created(1)).toBe("2026-11-20T14:05:00.000Z");
    change();
    expect(changedAt(1)).toBe(fixedNow.toISOString());
  });

  it("runs on the real clock without it", () => {
    const state = new EmulatorState("http://localhost:1", 0);
    const before = Date.now();
    updateWorkItem(state.store, 1, [{ op: "add", path: "/fields/System.History", value: "x" }], {
      actor: userByKey("holly")!,
    });
    const at = state.store.current(state.store.items.get(1)!).fields["System.ChangedDate"] as Date;
    expect(at.getTime()).toBeGreaterThanOrEqual(before);
  });
});
