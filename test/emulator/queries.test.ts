/** Saved queries: where a Stakeholder client keeps "my requests" — their own, run with their own permissions. */
import { CS, type RunningEmulator, startEmulator } from "./api/testing";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

const ALL =
  "SELECT [System.Id], [System.Title] FROM WorkItems WHERE [System.WorkItemType] = 'User Request' ORDER BY [System.Id]";

const save = (as: string, folder: string, name: string, wiql = ALL) =>
  emu.call("POST", `${CS}/_apis/wit/queries/${folder}`, { as, body: { name, wiql } });

const run = async (as: string, id: string) =>
  (await emu.call("GET", `${CS}/_apis/wit/wiql/${id}`, { as })).json.workItems?.map(
    (w: { id: number }) => w.id,
  );

it("a Stakeholder client saves a My Queries query, and running it answers only what they may read", async () => {
  const saved = await save("dana", "My Queries", "My requests");
  expect(saved.status).toBe(200);
  expect(saved.json).toMatchObject({
    name: "My requests",
    path: "My Queries/My requests",
    isPublic: false,
    wiql: ALL,
  });
  expect(saved.json._links.html.href).toBe(
    `${emu.baseUrl}/fabrikam/Client%20Services/_queries/query/${saved.json.id}`,
  );
  expect(await run("dana", saved.json.id)).toEqual([1, 2, 7]);
  const byPath = await emu.call("GET", `${CS}/_apis/wit/queries/My Queries/My requests`, { as: "dana" });
  expect(byPath.json.id).toBe(saved.json.id);
});

it("a My Queries query is its owner's alone (TF401243 for anyone else)", async () => {
  const saved = await save("dana", "My Queries", "Mine");
  for (const as of ["chris", "holly"]) {
    const r = await emu.call("GET", `${CS}/_apis/wit/wiql/${saved.json.id}`, { as });
    expect(r.status).toBe(404);
    expect(r.json.message).toBe(
      `TF401243: The query ${saved.json.id} does not exist, or you do not have permission to read it.`,
    );
  }
});

it("only a project administrator shares a query; a shared query runs with each reader's own permissions", async () => {
  for (const as of ["dana", "lee"]) {
    const refused = await save(as, "Shared Queries", "All requests");
    expect(refused.status).toBe(403);
    expect(refused.json.message).toBe(
      "TF401256: You do not have Write permissions for query Shared Queries.",
    );
  }
  const shared = await save("holly", "Shared Queries", "All requests");
  expect(shared.json.isPublic).toBe(true);
  expect(await run("holly", shared.json.id)).toEqual([1, 2, 3, 5, 7, 9]);
  expect(await run("chris", shared.json.id)).toEqual([3, 5]);
  expect((await emu.call("DELETE", `${CS}/_apis/wit/queries/${shared.json.id}`, { as: "dana" })).status).toBe(
    403,
  );
  expect((await emu.call("DELETE", `${CS}/_apis/wit/queries/${shared.json.id}`)).status).toBe(204);
  expect((await emu.call("GET", `${CS}/_apis/wit/queries/${shared.json.id}`)).status).toBe(404);
});

it("refuses a query that does not parse, a second one of the same name, and an unknown folder", async () => {
  expect((await save("dana", "My Queries", "Broken", "SELECT FROM")).status).toBe(400);
  await save("dana", "My Queries", "Twice");
  expect((await save("dana", "My Queries", "twice")).status).toBe(409);
  expect((await save("dana", "Elsewhere", "x")).status).toBe(404);
});
