/**
 * A client, through REST with the client's own token (from GET /_emulator/context, sent as a PAT), reads and
 * changes nothing that is not theirs, and every refusal is Azure DevOps' own (as the emulator models it).
 * Dana (Contoso Dental) and Chris (Northwind Clinic) are Stakeholders in the Clients group; lee is a plain
 * Contributor; holly a project administrator.
 */
import { CS, field, type RunningEmulator, startEmulator } from "./api/testing";

let emu: RunningEmulator;
let ctx: {
  organizationUrl: string;
  users: { key: string; id: string; accessToken: string; accessLevel: string }[];
};
beforeAll(async () => {
  emu = await startEmulator();
  ctx = (await (await fetch(`${emu.baseUrl}/_emulator/context`)).json()) as typeof ctx;
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

const PROJECT = "5e0b7a2d-9c41-4f3a-8e6b-1d2c3b4a5f01";
const PROPERTY = "UserManagementDesk.Settings";
/** Seed: Dana's requests 1, 2, 7 (task 8); Chris's 3, 5 (tasks 4, 6); Pat's 9 in the project's root area. */
const CHRIS_ITEMS = [3, 4, 5, 6];

/** Calls `{organizationUrl}/{path}` with the user's own token as a personal access token (HTTP Basic). */
async function asUser(key: string, method: string, path: string, body?: unknown, contentType?: string) {
  const user = ctx.users.find((u) => u.key === key)!;
  const res = await fetch(`${ctx.organizationUrl}/${path}`, {
    method,
    headers: {
      Authorization: "Basic " + Buffer.from(`:${user.accessToken}`).toString("base64"),
      Accept: "application/json;api-version=7.1",
      ...(body === undefined
        ? {}
        : {
            "Content-Type":
              contentType ?? (Array.isArray(body) ? "application/json-patch+json" : "application/json"),
          }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

const project = (path: string) => `Client%20Services/_apis/${path}`;

it("gives every seeded user their own token and the organization URL", () => {
  expect(ctx.organizationUrl).toBe(`${emu.baseUrl}/fabrikam`);
  expect(ctx.users.map((u) => `${u.key}:${u.accessLevel}`)).toEqual([
    "holly:basic",
    "remi:basic",
    "sam:basic",
    "dana:stakeholder",
    "chris:stakeholder",
    "lee:basic",
  ]);
  expect(new Set(ctx.users.map((u) => u.accessToken)).size).toBe(6);
});

it("accepts the token as a PAT and as a bearer token, and refuses anything else with 401", async () => {
  expect((await asUser("dana", "GET", project("wit/workitems/1"))).status).toBe(200);
  const bearer = await emu.call("GET", `${CS}/_apis/wit/workitems/1`, { as: "dana" });
  expect(bearer.status).toBe(200);
  const wrong = await emu.call("GET", `${CS}/_apis/wit/workitems/1`, {
    anonymous: true,
    headers: { Authorization: "Basic " + Buffer.from(":not-a-token").toString("base64") },
  });
  expect(wrong.status).toBe(401);
  expect(wrong.json.message).toMatch(/^TF400813: /);
});

describe("a client cannot read another client's request", () => {
  it("by id, with the same 404 as a missing item (WorkItemUnauthorizedAccessException)", async () => {
    for (const id of [...CHRIS_ITEMS, 9]) {
      const r = await asUser("dana", "GET", project(`wit/workitems/${id}`));
      expect(r.status).toBe(404);
      expect(r.json).toMatchObject({
        typeKey: "WorkItemUnauthorizedAccessException",
        message: `TF401232: Work item ${id} does not exist, or you do not have permissions to read it.`,
      });
    }
    expect((await asUser("dana", "GET", project("wit/workitems/1"))).json.id).toBe(1);
    for (const path of ["updates", "revisions", "comments"])
      expect((await asUser("dana", "GET", project(`wit/workitems/3/${path}`))).status).toBe(404);
  });

  it("by WIQL: the query answers only what the client may read", async () => {
    const r = await asUser("dana", "POST", project("wit/wiql"), {
      query: "SELECT [System.Id] FROM WorkItems ORDER BY [System.Id]",
    });
    expect(r.status).toBe(200);
    expect(r.json.workItems.map((w: { id: number }) => w.id)).toEqual([1, 2, 7, 8, 10]); // 10: her Basic Desk issue (WIQL spans projects)
    const chris = await asUser("chris", "POST", project("wit/wiql"), {
      query: "SELECT [System.Id] FROM WorkItems WHERE [System.Id] IN (1, 2, 3, 9)",
    });
    expect(chris.json.workItems.map((w: { id: number }) => w.id)).toEqual([3]);
  });

  it("by batch and list reads: refused, or null with errorPolicy omit", async () => {
    const batch = await asUser("dana", "POST", project("wit/workitemsbatch"), { ids: [1, 3] });
    expect(batch.status).toBe(404);
    expect(batch.json.message).toMatch(/^TF401232: Work item 3 /);
    const omit = await asUser("dana", "POST", project("wit/workitemsbatch"), {
      ids: [1, 3],
      errorPolicy: "omit",
    });
    expect(omit.json.value.map((v: { id: number } | null) => v && v.id)).toEqual([1, null]);
    expect((await asUser("dana", "GET", project("wit/workitems?ids=1,5"))).status).toBe(404);
    const $batch = await asUser("dana", "POST", "_apis/wit/$batch", [
      {
        method: "PATCH",
        uri: "/_apis/wit/workitems/3?api-version=5.0",
        headers: { "Content-Type": "application/json-patch+json" },
        body: [field("System.Title", "x")],
      },
    ]);
    expect($batch.json.value[0].code).toBe(404);
  });

  it("by comments: neither read nor written", async () => {
    const read = await asUser("dana", "GET", project("wit/workitems/3/comments"));
    expect(read.status).toBe(404);
    const write = await asUser("dana", "POST", project("wit/workitems/3/comments"), { text: "hello" });
    expect(write.status).toBe(404);
    expect((await emu.call("GET", `${CS}/_apis/wit/workitems/3/comments`)).json.totalCount).toBe(1);
  });

  it("by mail: a work item the client cannot read is not mailed", async () => {
    const r = await asUser("dana", "POST", project("wit/sendmail"), {
      message: { to: { tfIds: [ctx.users[0].id] }, subject: "s", body: "b" },
      ids: [3],
    });
    expect(r.status).toBe(400);
    expect(r.json.message).toMatch(/^TF401232: Work item 3 /);
    expect((await (await fetch(`${emu.baseUrl}/_emulator/mail`)).json()) as unknown[]).toEqual([]);
  });
});

describe("a client cannot change what is not theirs", () => {
  it("cannot update another client's request (404, as if it did not exist) nor move their own there", async () => {
    expect(
      (await asUser("dana", "PATCH", project("wit/workitems/3"), [field("System.Title", "x")])).status,
    ).toBe(404);
    const move = await asUser("dana", "PATCH", project("wit/workitems/1"), [
      field("System.AreaPath", "Client Services\\Clients\\Northwind Clinic"),
    ]);
    expect(move.status).toBe(403);
    expect(move.json).toMatchObject({
      typeKey: "WorkItemSecuredException",
      message:
        "TF237111: The current user does not have permissions to save work items under the specified area path 'Client Services\\Clients\\Northwind Clinic'.",
    });
  });

  it("cannot create a request in another client's area or the project root, only in their own", async () => {
    for (const area of [
      "Client Services\\Clients\\Northwind Clinic",
      "Client Services",
      "Client Services\\Clients",
    ]) {
      const r = await asUser("dana", "POST", project("wit/workitems/$User%20Request"), [
        field("System.Title", "Sneaky"),
        field("System.AreaPath", area),
      ]);
      expect(r.status).toBe(403);
      expect(r.json.message).toMatch(/^TF237111: /);
    }
    const own = await asUser("dana", "POST", project("wit/workitems/$User%20Request"), [
      field("System.Title", "New hire"),
      field("System.AreaPath", "Client Services\\Clients\\Contoso Dental"),
    ]);
    expect(own.status).toBe(200);
    expect(own.json.fields["System.CreatedBy"].uniqueName).toBe("dana@contoso-dental.example");
  });

  it("cannot file as someone else: Created By is read-only, and bypassRules needs a permission they lack", async () => {
    const body = [
      field("System.Title", "On behalf"),
      field("System.AreaPath", "Client Services\\Clients\\Contoso Dental"),
      field("System.CreatedBy", "chris@northwind.example"),
    ];
    const plain = await asUser("dana", "POST", project("wit/workitems/$User%20Request"), body);
    expect(plain.status).toBe(400);
    expect(plain.json.message).toBe(
      "TF401326: Invalid field status 'ReadOnly' for field 'System.CreatedBy'.",
    );
    const bypass = await asUser(
      "dana",
      "POST",
      project("wit/workitems/$User%20Request?bypassRules=true"),
      body,
    );
    expect(bypass.status).toBe(403);
    expect(bypass.json.message).toMatch(/^TF401322: You don't have bypass rules permission\./);
  });

  it("reads the trusted settings but cannot change them (403 VS402904)", async () => {
    const read = await asUser("dana", "GET", `_apis/projects/${PROJECT}/properties?keys=${PROPERTY}`);
    expect(read.status).toBe(200);
    expect(read.json.count).toBe(1);
    expect(JSON.parse(read.json.value[0].value)).toMatchObject({ schemaVersion: 2, revision: 1 });
    const write = await asUser("dana", "PATCH", `_apis/projects/${PROJECT}/properties`, [
      { op: "add", path: `/${PROPERTY}`, value: JSON.stringify({ staff: [] }) },
    ]);
    expect(write.status).toBe(403);
    expect(write.json).toEqual({
      $id: "1",
      innerException: null,
      message:
        "VS402904: Access denied: User Dana Whitfield does not have access to the requested project-level information.  Manage project properties permission is required.",
      typeName:
        "Microsoft.TeamFoundation.Framework.Server.UnauthorizedRequestException, Microsoft.TeamFoundation.Framework.Server",
      typeKey: "UnauthorizedRequestException",
      errorCode: 0,
      eventId: 3000,
    });
    const after = await asUser("holly", "GET", `_apis/projects/${PROJECT}/properties?keys=${PROPERTY}`);
    expect(after.json.value[0].value).toBe(read.json.value[0].value);
  });

  it("cannot read the area ACLs (TF50309) and learns only their own permissions", async () => {
    const nodes = await asUser("dana", "GET", project("wit/classificationnodes/Areas?$depth=10"));
    const clients = nodes.json.children.find((c: { name: string }) => c.name === "Clients");
    const token = (...ids: string[]) => ids.map((id) => `vstfs:///Classification/Node/${id}`).join(":");
    const [dental, northwind] = clients.children.map((c: { identifier: string }) =>
      token(nodes.json.identifier, clients.identifier, c.identifier),
    );
    const acl = await asUser(
      "dana",
      "GET",
      `_apis/accesscontrollists/83e28ad4-2d72-4ceb-97b0-c7726d5502c3?token=${encodeURIComponent(northwind)}`,
    );
    expect(acl.status).toBe(403);
    expect(acl.json.message).toBe(
      "TF50309: The following account does not have sufficient permissions to complete the operation: Dana Whitfield. The following permissions are needed to perform this operation: View permissions for this node.",
    );
    const mine = await asUser(
      "dana",
      "GET",
      `_apis/permissions/83e28ad4-2d72-4ceb-97b0-c7726d5502c3/48?tokens=${encodeURIComponent(`${dental},${northwind}`)}`,
    );
    expect(mine.json).toEqual({ count: 2, value: [true, false] });
  });

  it("as a Stakeholder gets no extension data (Basic access does)", async () => {
    const path =
      "_apis/ExtensionManagement/InstalledExtensions/umdesk/user-management-desk/Data/Scopes/Default/Current/Collections/project-settings/Documents";
    const refused = await asUser("dana", "GET", path);
    expect(refused.status).toBe(403);
    expect(refused.json.message).toBe(
      "TF400813: The user 'dana@contoso-dental.example' is not authorized to access this resource.",
    );
    expect((await asUser("lee", "GET", path)).status).toBe(200);
    await fetch(`${emu.baseUrl}/_emulator/permissions`, {
      method: "POST",
      body: JSON.stringify({ user: "dana", accessLevel: "basic" }),
    });
    expect((await asUser("dana", "GET", path)).status).toBe(200);
  });
});

describe("people inside the organization", () => {
  it("a plain Contributor reads and files in every client's area but cannot change the settings", async () => {
    expect((await asUser("lee", "GET", project("wit/workitems/3"))).status).toBe(200);
    const filed = await asUser("lee", "POST", project("wit/workitems/$User%20Request"), [
      field("System.Title", "For Northwind"),
      field("System.AreaPath", "Client Services\\Clients\\Northwind Clinic"),
    ]);
    expect(filed.status).toBe(200);
    const write = await asUser("lee", "PATCH", `_apis/projects/${PROJECT}/properties`, [
      { op: "add", path: `/${PROPERTY}`, value: "{}" },
    ]);
    expect(write.status).toBe(403);
  });

  it("a project administrator changes the settings; reset restores the seed", async () => {
    const write = await asUser("holly", "PATCH", `_apis/projects/${PROJECT}/properties`, [
      { op: "add", path: `/${PROPERTY}`, value: '{"revision":2}' },
    ]);
    expect(write.status).toBe(204);
    const read = await asUser("remi", "GET", `_apis/projects/${PROJECT}/properties?keys=${PROPERTY}`);
    expect(read.json.value).toEqual([{ name: PROPERTY, value: '{"revision":2}' }]);
    emu.api.reset();
    const seeded = await asUser("remi", "GET", `_apis/projects/${PROJECT}/properties?keys=${PROPERTY}`);
    expect(JSON.parse(seeded.json.value[0].value).revision).toBe(1);
  });
});
