/**
 * The security model: area permissions inherited down the tree, deny winning, inheritance switched off,
 * group membership and access levels changed through POST /_emulator/permissions, and the Security REST
 * answers (permission checks, ACLs with extended info, identities by descriptor).
 */
import { CS, field, type RunningEmulator, startEmulator } from "./api/testing";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

const CSS = "83e28ad4-2d72-4ceb-97b0-c7726d5502c3";
const PROJECT_NS = "52d39943-cb85-4d7f-8fa8-c6baac873819";
const PROJECT_TOKEN = "$PROJECT:vstfs:///Classification/TeamProject/5e0b7a2d-9c41-4f3a-8e6b-1d2c3b4a5f01";
const NORTHWIND = "Client Services\\Clients\\Northwind Clinic";
const READ = 16;
const WRITE = 32;

async function permissions(body: unknown) {
  const res = await fetch(`${emu.baseUrl}/_emulator/permissions`, {
    method: "POST",
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return res.json();
}

const status = async (as: string, id: number) =>
  (await emu.call("GET", `${CS}/_apis/wit/workitems/${id}`, { as })).status;

/** CSS tokens of the Client Services areas, built from the classification nodes' identifiers. */
async function areaTokens(): Promise<Record<string, string>> {
  const root = (await emu.call("GET", `${CS}/_apis/wit/classificationnodes/Areas?$depth=10`)).json;
  const out: Record<string, string> = {};
  const walk = (node: { identifier: string; name: string; children?: unknown[] }, prefix: string) => {
    const token = `${prefix ? prefix + ":" : ""}vstfs:///Classification/Node/${node.identifier}`;
    out[node.name] = token;
    for (const c of node.children ?? []) walk(c as typeof node, token);
  };
  walk(root, "");
  return out;
}

describe("area permissions", () => {
  it("are inherited from the root: a Contributor reads every client's requests", async () => {
    expect(await status("lee", 3)).toBe(200);
    expect(await status("lee", 1)).toBe(200);
    expect(await status("lee", 9)).toBe(200);
  });

  it("stop at a node that does not inherit: only that node's own entries count", async () => {
    await permissions({ areaPath: NORTHWIND, inheritPermissions: false });
    expect(await status("lee", 3)).toBe(404);
    expect(await status("holly", 3)).toBe(404);
    // Chris's group is allowed on the node itself.
    expect(await status("chris", 3)).toBe(200);
  });

  it("deny wins over allow on the same node", async () => {
    // Dana's own entry allows Northwind; her client group's entry there denies it.
    await permissions({ areaPath: NORTHWIND, identity: "dana", allow: READ | WRITE });
    expect(await status("dana", 3)).toBe(404);
    // Without the group's deny the allow takes effect.
    await permissions({ areaPath: NORTHWIND, identity: "Contoso Dental", allow: 0, deny: 0 });
    expect(await status("dana", 3)).toBe(200);
  });

  it("a deny on a node is inherited below it and beats an allow inherited from further up", async () => {
    await permissions({ areaPath: "Client Services\\Clients", identity: "Contributors", deny: READ });
    expect(await status("lee", 3)).toBe(404);
    expect(await status("lee", 9)).toBe(200);
    // An explicit allow closer to the item overrides the inherited deny.
    await permissions({ areaPath: NORTHWIND, identity: "lee", allow: READ });
    expect(await status("lee", 3)).toBe(200);
  });

  it("membership decides: a Contributor put in a client's group is denied the other clients", async () => {
    const r = await permissions({ user: "lee", project: "Client Services", addTo: "Contoso Dental" });
    expect(r.groups).toEqual(
      expect.arrayContaining(["[Client Services]\\Contributors", "[Client Services]\\Contoso Dental"]),
    );
    expect(await status("lee", 3)).toBe(404);
    expect(await status("lee", 1)).toBe(200);
  });

  it("read without edit: the item is readable, a change is refused with TF237111", async () => {
    await permissions({ areaPath: NORTHWIND, identity: "Northwind Clinic", allow: READ });
    expect(await status("chris", 3)).toBe(200);
    const r = await emu.call("PATCH", `${CS}/_apis/wit/workitems/3`, {
      as: "chris",
      body: [field("System.Title", "x")],
    });
    expect(r.status).toBe(403);
    expect(r.json.message).toMatch(/^TF237111: .*'Client Services\\Clients\\Northwind Clinic'\.$/);
  });
});

describe("tags", () => {
  const file = (as: string, tags: string) =>
    emu.call("POST", `${CS}/_apis/wit/workitems/$User Request`, {
      as,
      body: [
        field("System.Title", "Tagged"),
        field("System.AreaPath", "Client Services\\Clients\\Contoso Dental"),
        field("System.Tags", tags),
      ],
    });

  it("a Stakeholder assigns existing tags but cannot add a new one; a Contributor can, then anyone may use it", async () => {
    expect((await file("dana", "umd-request; umd-type:invite")).status).toBe(200);
    const refused = await file("dana", "umd-request; umd-service:fax");
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual({
      $id: "1",
      customProperties: { RequestedPermissions: 2 },
      innerException: null,
      message: "TF401289: The current user does not have permissions to create tags.",
      typeName:
        "Microsoft.VisualStudio.Services.Security.AccessCheckException, Microsoft.VisualStudio.Services.WebApi",
      typeKey: "AccessCheckException",
      errorCode: 0,
      eventId: 3000,
    });
    const count = (
      await emu.call("POST", `${CS}/_apis/wit/wiql`, { body: { query: "SELECT [System.Id] FROM WorkItems" } })
    ).json.workItems.length;
    expect((await file("lee", "umd-service:fax")).status).toBe(200);
    expect((await file("dana", "umd-request; umd-service:FAX")).status).toBe(200);
    const after = (
      await emu.call("POST", `${CS}/_apis/wit/wiql`, { body: { query: "SELECT [System.Id] FROM WorkItems" } })
    ).json.workItems.length;
    expect(after).toBe(count + 2);
  });

  it("Tags - Get Tags lists the project's definitions (as first spelled) to a Stakeholder too; a new tag joins them", async () => {
    const names = async () =>
      (await emu.call("GET", `${CS}/_apis/wit/tags`, { as: "dana" })).json.value.map(
        (t: { name: string }) => t.name,
      );
    const before = await names();
    expect(before).toEqual(expect.arrayContaining(["umd-request", "umd-type:invite"]));
    expect(before).not.toContain("umd-service:fax");
    const listed = await emu.call("GET", `${CS}/_apis/wit/tags`, {
      as: "dana",
      accept: "application/json;api-version=7.1-preview.1",
    });
    expect(listed.status).toBe(200);
    expect(listed.json.count).toBe(before.length);
    expect(listed.json.value[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: expect.any(String),
      url: expect.stringContaining(`/_apis/wit/tags/${listed.json.value[0].id}`),
      lastUpdated: expect.any(String),
    });
    expect((await file("lee", "umd-service:Fax")).status).toBe(200);
    expect(await names()).toEqual([...before, "umd-service:Fax"]);
  });

  it("Has Permissions on the Tagging namespace answers Create tag definition per group", async () => {
    const ask = async (as: string) =>
      (
        await emu.call(
          "GET",
          `/fabrikam/_apis/permissions/bb50f182-8e5e-40b8-bc21-e8752a1e7ae2/2?tokens=${encodeURIComponent("/5e0b7a2d-9c41-4f3a-8e6b-1d2c3b4a5f01")}&alwaysAllowAdministrators=false`,
          { as },
        )
      ).json.value;
    expect(await ask("remi")).toEqual([true]);
    expect(await ask("dana")).toEqual([false]);
  });

  it("a Reader (no Create tag definition) is refused a new tag even where they may edit", async () => {
    await permissions({ user: "lee", access: "read" });
    await permissions({
      areaPath: "Client Services\\Clients\\Contoso Dental",
      identity: "lee",
      allow: WRITE | READ,
    });
    expect((await file("lee", "umd-request")).status).toBe(200);
    expect((await file("lee", "brand-new")).status).toBe(403);
  });
});

describe("comments", () => {
  it("deleting someone else's comment needs Edit work item comments in this node; adding one needs edit", async () => {
    const list = await emu.call("GET", `${CS}/_apis/wit/workitems/7/comments`, { as: "dana" });
    const holly = list.json.comments.find((c: { createdBy: { uniqueName: string } }) =>
      c.createdBy.uniqueName.startsWith("holly"),
    );
    const byDana = await emu.call("DELETE", `${CS}/_apis/wit/workitems/7/comments/${holly.id}`, {
      as: "dana",
    });
    expect(byDana.status).toBe(400);
    expect(byDana.json.message).toBe("Only the author of a comment can delete it.");
    expect(
      (await emu.call("DELETE", `${CS}/_apis/wit/workitems/7/comments/${holly.id}`, { as: "sam" })).status,
    ).toBe(204);
    await permissions({ user: "lee", access: "read" });
    const added = await emu.call("POST", `${CS}/_apis/wit/workitems/7/comments`, {
      as: "lee",
      body: { text: "hi" },
    });
    expect(added.status).toBe(403);
    expect(added.json.message).toMatch(/^TF237111: /);
  });
});

describe("Security REST", () => {
  it("answers the caller's own permission checks, one boolean per token", async () => {
    const t = await areaTokens();
    const tokens = [t["Client Services"], t["Contoso Dental"], t["Northwind Clinic"]].join(",");
    const check = async (as: string, bits: number) =>
      (
        await emu.call(
          "GET",
          `/fabrikam/_apis/permissions/${CSS}/${bits}?tokens=${encodeURIComponent(tokens)}`,
          { as },
        )
      ).json.value;
    expect(await check("dana", READ | WRITE)).toEqual([false, true, false]);
    expect(await check("lee", READ | WRITE)).toEqual([true, true, true]);
    expect(await check("sam", 1)).toEqual([true, true, true]);
    const batch = await emu.call("POST", "/fabrikam/_apis/security/permissionevaluationbatch", {
      as: "lee",
      body: {
        alwaysAllowAdministrators: false,
        evaluations: [
          { securityNamespaceId: PROJECT_NS, token: PROJECT_TOKEN, permissions: 2 },
          { securityNamespaceId: PROJECT_NS, token: PROJECT_TOKEN, permissions: 1 },
        ],
      },
    });
    expect(batch.json.evaluations.map((e: { value: boolean }) => e.value)).toEqual([false, true]);
    const admin = await emu.call(
      "GET",
      `/fabrikam/_apis/permissions/${PROJECT_NS}/${2 | 131072}?tokens=${encodeURIComponent(PROJECT_TOKEN)}`,
    );
    expect(admin.json).toEqual({ count: 1, value: [true] });
  });

  it("lists an area's ACL with extended info and resolves its descriptors to the project's groups", async () => {
    const t = await areaTokens();
    const r = await emu.call(
      "GET",
      `/fabrikam/_apis/accesscontrollists/${CSS}?token=${encodeURIComponent(t["Northwind Clinic"])}&includeExtendedInfo=true&recurse=false`,
    );
    expect(r.status).toBe(200);
    expect(r.json.count).toBe(1);
    const acl = r.json.value[0];
    expect(acl).toMatchObject({
      token: t["Northwind Clinic"],
      inheritPermissions: true,
      includeExtendedInfo: true,
    });
    const descriptors = Object.keys(acl.acesDictionary);
    const ids = await emu.call(
      "GET",
      `/fabrikam/_apis/identities?descriptors=${encodeURIComponent(descriptors.join(","))}`,
    );
    const byName = Object.fromEntries(
      ids.json.value.map((i: { descriptor: string; providerDisplayName: string }) => [
        i.providerDisplayName,
        i.descriptor,
      ]),
    );
    expect(Object.keys(byName).sort()).toEqual([
      "[Client Services]\\Contoso Dental",
      "[Client Services]\\Northwind Clinic",
    ]);
    expect(acl.acesDictionary[byName["[Client Services]\\Contoso Dental"]]).toMatchObject({
      allow: 0,
      deny: READ | WRITE,
      extendedInfo: { effectiveAllow: 0, effectiveDeny: READ | WRITE },
    });
    expect(acl.acesDictionary[byName["[Client Services]\\Northwind Clinic"]]).toMatchObject({
      allow: READ | WRITE,
      extendedInfo: { effectiveAllow: READ | WRITE, inheritedAllow: 0 },
    });
    expect(ids.json.value[0]).toMatchObject({ isContainer: true });
  });

  it("changes to ACLs and access levels last until reset", async () => {
    await permissions({ user: "lee", accessLevel: "stakeholder" });
    await permissions({ areaPath: NORTHWIND, identity: "Contributors", deny: READ });
    expect(emu.api.context().users.find((u) => u.key === "lee")!.accessLevel).toBe("stakeholder");
    expect(await status("lee", 3)).toBe(404);
    emu.api.reset();
    expect(emu.api.context().users.find((u) => u.key === "lee")!.accessLevel).toBe("basic");
    expect(await status("lee", 3)).toBe(200);
  });

  it("refuses an unknown namespace, user or group with a clear message", async () => {
    const unknown = await emu.call(
      "GET",
      "/fabrikam/_apis/permissions/00000000-0000-0000-0000-000000000001/1?tokens=x",
    );
    expect(unknown.status).toBe(404);
    const bad = await fetch(`${emu.baseUrl}/_emulator/permissions`, {
      method: "POST",
      body: JSON.stringify({ areaPath: NORTHWIND, identity: "Nobody", allow: 16 }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toBe('No group "Nobody" in Client Services.');
  });
});
