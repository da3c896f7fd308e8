/** Extension data documents: create/get/upsert/update/delete with etags, Default and User scopes. */
import { type RunningEmulator, startEmulator } from "./api/testing";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

const root =
  "/fabrikam/_apis/ExtensionManagement/InstalledExtensions/umdesk/user-management-desk/Data/Scopes";
const shared = `${root}/Default/Current/Collections/desk-settings/Documents`;

it("starts empty: a missing document is a 404", async () => {
  const r = await emu.call("GET", `${shared}/project-1`);
  expect(r.status).toBe(404);
  expect(r.json.typeKey).toBe("DocumentDoesNotExistException");
  expect((await emu.call("GET", shared)).json).toEqual({ count: 0, value: [] });
});

it("creates once, then updates only from the current etag", async () => {
  const created = await emu.call("POST", shared, { body: { id: "project-1", coordinator: "holly" } });
  expect(created.status).toBe(200);
  expect(created.json).toEqual({ id: "project-1", coordinator: "holly", __etag: 1 });
  expect((await emu.call("POST", shared, { body: { id: "project-1" } })).status).toBe(409);

  const updated = await emu.call("PATCH", shared, {
    body: { id: "project-1", __etag: 1, coordinator: "sam" },
  });
  expect(updated.json.__etag).toBe(2);
  const stale = await emu.call("PUT", shared, {
    as: "remi",
    body: { id: "project-1", __etag: 1, coordinator: "remi" },
  });
  expect(stale.status).toBe(409);
  expect(stale.json.typeKey).toBe("InvalidDocumentVersionException");
  const forced = await emu.call("PUT", shared, {
    body: { id: "project-1", __etag: -1, coordinator: "holly" },
  });
  expect(forced.json.__etag).toBe(3);
  const read = await emu.call("GET", `${shared}/project-1`, { as: "dana" });
  expect(read.json).toEqual({ id: "project-1", coordinator: "holly", __etag: 3 });

  expect((await emu.call("PATCH", shared, { body: { id: "nope", __etag: 1 } })).status).toBe(404);
  expect((await emu.call("DELETE", `${shared}/project-1`)).status).toBe(204);
  expect((await emu.call("GET", `${shared}/project-1`)).status).toBe(404);
});

it("upserts with PUT and keeps User-scoped documents per caller", async () => {
  const mine = `${root}/User/Me/Collections/drafts/Documents`;
  expect((await emu.call("PUT", mine, { as: "remi", body: { id: "d", text: "remi's" } })).json.__etag).toBe(
    1,
  );
  expect((await emu.call("GET", `${mine}/d`, { as: "sam" })).status).toBe(404);
  expect(
    (await emu.call("GET", `${root}/User/Current/Collections/drafts/Documents/d`, { as: "remi" })).json.text,
  ).toBe("remi's");
});

it("only knows the installed extension and forgets documents on reset", async () => {
  const other =
    "/fabrikam/_apis/ExtensionManagement/InstalledExtensions/someone/else/Data/Scopes/Default/Current/Collections/c/Documents";
  expect((await emu.call("GET", other)).status).toBe(404);
  await emu.call("PUT", shared, { body: { id: "x" } });
  emu.api.reset();
  expect((await emu.call("GET", `${shared}/x`)).status).toBe(404);
});
