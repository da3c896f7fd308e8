/**
 * Work item `$batch` through real HTTP: creates with temporary ids, links to them, per-entry answers whose
 * bodies are strings of JSON, and one bulk save: a failing entry leaves every work item as it was.
 */
import { CS, field, type RunningEmulator, startEmulator } from "./api/testing";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

const BATCH = "/fabrikam/_apis/wit/$batch?api-version=5.0";
const project = encodeURIComponent("Client Services");

interface Answer {
  code: number;
  headers: Record<string, string>;
  body: string;
}

/** Request 2 (Submitted, no tasks) gets a new Task as its child, guarded by the request's revision. */
function childUnder(parentRev: number, title = "Provision accounts") {
  return [
    {
      method: "PATCH",
      uri: `/${project}/_apis/wit/workitems/$Task?api-version=5.0`,
      headers: { "Content-Type": "application/json-patch+json" },
      body: [{ op: "add", path: "/id", value: "-1" }, field("System.Title", title)],
    },
    {
      method: "PATCH",
      uri: "/_apis/wit/workitems/2?api-version=5.0",
      headers: { "Content-Type": "application/json-patch+json" },
      body: [
        { op: "test", path: "/rev", value: parentRev },
        {
          op: "add",
          path: "/relations/-",
          value: {
            rel: "System.LinkTypes.Hierarchy-Forward",
            url: `${emu.baseUrl}/fabrikam/_apis/wit/workItems/-1`,
          },
        },
      ],
    },
  ];
}

async function request2() {
  return (await emu.call("GET", `${CS}/_apis/wit/workitems/2?$expand=relations`)).json;
}

async function taskCount() {
  const r = await emu.call("POST", `${CS}/_apis/wit/wiql`, {
    body: { query: "SELECT [System.Id] FROM WorkItems WHERE [System.WorkItemType] = 'Task'" },
  });
  return r.json.workItems.length as number;
}

describe("work item $batch", () => {
  it("creates the child and links it under the parent in one call, answering each entry", async () => {
    const before = await request2();
    const r = await emu.call("PATCH", BATCH, { body: childUnder(before.rev), as: "remi" });
    expect(r.status).toBe(200);
    expect(r.json.count).toBe(2);
    const [created, parent] = (r.json.value as Answer[]).map((a) => {
      expect(a.code).toBe(200);
      expect(a.headers["Content-Type"]).toMatch(/^application\/json/);
      expect(typeof a.body).toBe("string");
      return JSON.parse(a.body);
    });
    expect(created.id).toBeGreaterThan(0);
    expect(created.fields["System.Title"]).toBe("Provision accounts");
    expect(created.fields["System.CreatedBy"].uniqueName).toBe("remi@fabrikam.example");
    expect(parent.rev).toBe(before.rev + 1);
    const childUrl = `${emu.baseUrl}/fabrikam/_apis/wit/workItems/${created.id}`;
    expect(parent.relations).toEqual([
      expect.objectContaining({ rel: "System.LinkTypes.Hierarchy-Forward", url: childUrl }),
    ]);
    // The link is mirrored: the task has its Parent.
    const task = (await emu.call("GET", `${CS}/_apis/wit/workitems/${created.id}?$expand=relations`)).json;
    expect(task.fields["System.Parent"]).toBe(2);
    expect(task.relations[0].rel).toBe("System.LinkTypes.Hierarchy-Reverse");
  });

  it("is all or nothing: a stale revision fails its entry, the others fail as one bulk, nothing is saved", async () => {
    const before = await request2();
    const tasks = await taskCount();
    const r = await emu.call("POST", BATCH, { body: childUnder(before.rev - 1) });
    expect(r.status).toBe(200);
    const [created, parent] = r.json.value as Answer[];
    expect(created.code).toBe(500);
    expect(JSON.parse(created.body)).toEqual({
      count: 1,
      value: { Message: "TF401321: Whole Bulk failed." },
    });
    expect(parent.code).toBe(412);
    expect(JSON.parse(parent.body).value.Message).toMatch(/^VS403351: Test Operation for path \/rev failed/);
    expect(await taskCount()).toBe(tasks);
    const after = await request2();
    expect(after.rev).toBe(before.rev);
    expect(after.relations ?? []).toEqual([]);
    // The ids the failed bulk took are not used up either.
    const next = await emu.call("POST", `${CS}/_apis/wit/workitems/$Task`, {
      body: [field("System.Title", "x")],
    });
    const again = await emu.call("POST", BATCH, { body: childUnder(before.rev) });
    expect(JSON.parse((again.json.value as Answer[])[0].body).id).toBe(next.json.id + 1);
  });

  it("of two batches on the same revision, exactly one creates", async () => {
    const { rev } = await request2();
    const tasks = await taskCount();
    const answers = await Promise.all([
      emu.call("PATCH", BATCH, { body: childUnder(rev, "first"), as: "holly" }),
      emu.call("PATCH", BATCH, { body: childUnder(rev, "second"), as: "remi" }),
    ]);
    const codes = answers.map((a) => (a.json.value as Answer[]).map((v) => v.code));
    expect(codes.filter((c) => c.every((code) => code === 200))).toHaveLength(1);
    expect(await taskCount()).toBe(tasks + 1);
    expect((await request2()).relations).toHaveLength(1);
  });

  it("refuses a link to a temporary id no earlier entry created, and entries that are not PATCH", async () => {
    const { rev } = await request2();
    const [, linkOnly] = childUnder(rev);
    const r = await emu.call("PATCH", BATCH, { body: [linkOnly] });
    expect(r.json.value[0].code).toBe(400);
    expect(JSON.parse(r.json.value[0].body).value.Message).toMatch(/temporary id -1/);
    const get = await emu.call("PATCH", BATCH, {
      body: [{ method: "GET", uri: "/_apis/wit/workitems/2?api-version=5.0" }],
    });
    expect(get.json.value[0].code).toBe(400);
    expect((await emu.call("PATCH", BATCH, { body: {} })).status).toBe(400);
  });

  it("keeps the permission rules: a reader's batch saves nothing", async () => {
    await emu.call("POST", "/_emulator/permissions", { body: { user: "remi", access: "read" } });
    const { rev } = await request2();
    const tasks = await taskCount();
    const r = await emu.call("PATCH", BATCH, { body: childUnder(rev), as: "remi" });
    expect((r.json.value as Answer[]).map((a) => a.code)).toEqual([403, 500]);
    expect(await taskCount()).toBe(tasks);
  });
});
