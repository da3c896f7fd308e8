/**
 * Extension data documents: create/get/upsert/update/delete with etags, Default and User scopes; the query of
 * whole collections in one call, and the host's manager using it.
 */
import { CLIENT_ACCEPT, type RunningEmulator, startEmulator } from "./api/testing";
import type { PageEnv } from "./host/env";
import { createRest } from "./host/rest";
import { extensionDataService } from "./host/services/extensionData";

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
  const read = await emu.call("GET", `${shared}/project-1`, { as: "lee" });
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

describe("ExtensionDataCollectionQuery: whole collections in one call", () => {
  const query = `/fabrikam/_apis/ExtensionManagement/InstalledExtensions/umdesk/user-management-desk/ExtensionDataCollectionQuery`;
  const collection = (name: string, scope = "Default/Current") =>
    `${root}/${scope}/Collections/${name}/Documents`;

  it("answers each collection asked for with all its documents, and none for a collection nobody wrote to", async () => {
    await emu.call("POST", collection("settings"), { body: { id: "p1", value: { tag: "a" } } });
    await emu.call("POST", collection("settings"), { body: { id: "p2", value: { tag: "b" } } });
    await emu.call("POST", collection("draft-4"), { body: { id: "4", value: { changes: [] } } });
    const r = await emu.call("POST", query, {
      body: {
        collections: [
          { collectionName: "settings", scopeType: "Default", scopeValue: "Current" },
          { collectionName: "Draft-4", scopeType: "Default", scopeValue: "Current" },
          { collectionName: "draft-5", scopeType: "Default", scopeValue: "Current" },
        ],
      },
    });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      count: 3,
      value: [
        {
          collectionName: "settings",
          scopeType: "Default",
          scopeValue: "Current",
          documents: [
            { id: "p1", value: { tag: "a" }, __etag: 1 },
            { id: "p2", value: { tag: "b" }, __etag: 1 },
          ],
        },
        {
          collectionName: "Draft-4",
          scopeType: "Default",
          scopeValue: "Current",
          documents: [{ id: "4", value: { changes: [] }, __etag: 1 }],
        },
        { collectionName: "draft-5", scopeType: "Default", scopeValue: "Current", documents: [] },
      ],
    });
    const bare = await emu.call("POST", query, {
      accept: CLIENT_ACCEPT,
      body: { collections: [{ collectionName: "draft-4", scopeType: "Default", scopeValue: "Current" }] },
    });
    expect(bare.json).toEqual([
      expect.objectContaining({ collectionName: "draft-4", documents: [expect.anything()] }),
    ]);
  });

  it("reads User-scoped collections of the caller only", async () => {
    await emu.call("PUT", collection("prefs", "User/Me"), { as: "remi", body: { id: "x", text: "remi's" } });
    const asked = { collections: [{ collectionName: "prefs", scopeType: "User", scopeValue: "Me" }] };
    const remi = await emu.call("POST", query, { as: "remi", body: asked });
    expect(remi.json.value[0].documents).toEqual([{ id: "x", text: "remi's", __etag: 1 }]);
    const sam = await emu.call("POST", query, { as: "sam", body: asked });
    expect(sam.json.value[0].documents).toEqual([]);
  });

  it("refuses a query without collections, a collection without a name or scope type, and another extension", async () => {
    const refused = async (body: unknown) => {
      const r = await emu.call("POST", query, { body });
      return [r.status, r.json.typeKey];
    };
    expect(await refused({})).toEqual([400, "ArgumentNullException"]);
    expect(await refused({ collections: [{ scopeType: "Default" }] })).toEqual([
      400,
      "ArgumentNullException",
    ]);
    expect(await refused({ collections: [{ collectionName: "c" }] })).toEqual([400, "ArgumentNullException"]);
    expect(await refused({ collections: [{ collectionName: "c", scopeType: "Team" }] })).toEqual([
      400,
      "ArgumentException",
    ]);
    const other = await emu.call("POST", query.replace("umdesk/user-management-desk", "someone/else"), {
      body: { collections: [] },
    });
    expect(other.status).toBe(404);
  });
});

describe("the host's extension data manager", () => {
  const manager = async (as: string) =>
    extensionDataService({
      rest: createRest(emu.api.context(), emu.api.tokenFor(as)),
    } as PageEnv).getExtensionDataManager("umdesk.user-management-desk", emu.api.tokenFor(as));
  const requests = async () =>
    (await (await fetch(`${emu.baseUrl}/_emulator/requests`)).json()) as { method: string; path: string }[];

  it("queries several collections in one REST call, as the REST client's queryCollectionsByName does", async () => {
    const m = await manager("remi");
    await m.createDocument("settings", { id: "p1", value: 1 });
    await m.createDocument("draft-4", { id: "4", value: 2 });
    const before = (await requests()).length;
    const answered = await m.queryCollectionsByName(["settings", "draft-4", "draft-9"]);
    expect((await requests()).slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /fabrikam/_apis/ExtensionManagement/InstalledExtensions/umdesk/user-management-desk/ExtensionDataCollectionQuery",
    ]);
    expect(answered.map((c) => [c.collectionName, c.scopeType, c.scopeValue, c.documents])).toEqual([
      ["settings", "Default", "Current", [{ id: "p1", value: 1, __etag: 1 }]],
      ["draft-4", "Default", "Current", [{ id: "4", value: 2, __etag: 1 }]],
      ["draft-9", "Default", "Current", []],
    ]);
  });
});
