/** What the typed REST client relies on: auth, CORS, api-version, Accept options, routing quirks. */
import { CLIENT_ACCEPT, CS, field, type RunningEmulator, startEmulator } from "./api/testing";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

it("answers 401 without a valid bearer token, with CORS headers", async () => {
  const none = await emu.call("GET", `${CS}/_apis/wit/workitems/1`, { anonymous: true });
  expect(none.status).toBe(401);
  expect(none.headers.get("access-control-allow-origin")).toBe("*");
  const bad = await emu.call("GET", `${CS}/_apis/wit/workitems/1`, {
    anonymous: true,
    headers: { Authorization: "Bearer nope" },
  });
  expect(bad.status).toBe(401);
  expect((await emu.call("GET", `${CS}/_apis/wit/workitems/1`)).status).toBe(200);
});

it("answers preflights and exposes retry-after and the continuation token header", async () => {
  const res = await fetch(`${emu.baseUrl}/fabrikam/Client%20Services/_apis/wit/workItems/1`, {
    method: "OPTIONS",
    headers: {
      Origin: "http://127.0.0.1:9999",
      "Access-Control-Request-Method": "PATCH",
      "Access-Control-Request-Headers":
        "authorization,content-type,x-tfs-fedauthredirect,x-vss-reauthenticationaction",
    },
  });
  expect(res.status).toBe(204);
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
  const allowed = res.headers.get("access-control-allow-headers")!;
  for (const h of [
    "authorization",
    "content-type",
    "x-tfs-fedauthredirect",
    "x-vss-reauthenticationaction",
    "x-tfs-session",
  ])
    expect(allowed).toContain(h);
  const r = await emu.call("GET", `${CS}/_apis/wit/workitems/1`);
  expect(r.headers.get("access-control-expose-headers")).toMatch(/retry-after.*x-ms-continuationtoken/);
  const log = await (await fetch(`${emu.baseUrl}/_emulator/requests`)).json();
  expect(log.map((e: { method: string }) => e.method)).toEqual(["GET"]);
});

it("rejects a request with no api-version, reading it from Accept or the query", async () => {
  const none = await emu.call("GET", `${CS}/_apis/wit/workitems/1`, { accept: "application/json" });
  expect(none.status).toBe(400);
  expect(none.json.message).toContain("No api-version was supplied");
  expect(
    (await emu.call("GET", `${CS}/_apis/wit/workitems/1?api-version=7.1`, { accept: "application/json" }))
      .status,
  ).toBe(200);
  expect((await emu.call("GET", `${CS}/_apis/wit/workitems/1`, { accept: CLIENT_ACCEPT })).status).toBe(200);
});

it("writes \\/Date(ms)\\/ in the JSON text and bare arrays when the typed client asks", async () => {
  const r = await emu.call("GET", `${CS}/_apis/wit/workItems/1`, { accept: CLIENT_ACCEPT });
  expect(r.text).toMatch(/"System\.CreatedDate":"\\\/Date\(\d+\)\\\/"/);
  expect(r.json.fields["System.CreatedDate"]).toMatch(/^\/Date\(\d+\)\/$/);
  const iso = await emu.call("GET", `${CS}/_apis/wit/workItems/1`);
  expect(iso.json.fields["System.CreatedDate"]).toMatch(/^\d{4}-\d\d-\d\dT/);
  const bare = await emu.call("GET", `${CS}/_apis/wit/workitemtypes/User Request/states`, {
    accept: CLIENT_ACCEPT,
  });
  expect(bare.json).toEqual([
    { name: "New", color: "b2b2b2", category: "Proposed" },
    { name: "In Planning", color: "5688E0", category: "InProgress" },
    { name: "Closed", color: "339933", category: "Completed" },
  ]);
  const wrapped = await emu.call("GET", `${CS}/_apis/wit/workitemtypes/Task/states`);
  expect(wrapped.json.count).toBe(4);
  const types = await emu.call("GET", `${CS}/_apis/wit/workItemTypes`, { accept: CLIENT_ACCEPT });
  expect(types.json.map((t: { name: string }) => t.name)).toEqual([
    "User Request",
    "Bug",
    "Task",
    "User Story",
    "Feature",
    "Epic",
  ]);
  const basic = await emu.call("GET", `/fabrikam/Basic Desk/_apis/wit/workitemtypes/Issue/states`);
  expect(basic.json.value.map((s: { name: string }) => s.name)).toEqual(["To Do", "Doing", "Done"]);
});

it("matches route segments case-insensitively and decodes the type segment", async () => {
  const res = await fetch(`${emu.baseUrl}/FABRIKAM/client%20services/_APIS/WIT/WorkItems/%24Task`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${emu.api.tokenFor("holly")}`,
      Accept: CLIENT_ACCEPT,
      "Content-Type": "application/json-patch+json",
    },
    body: JSON.stringify([{ op: 0, path: "/fields/System.Title", value: "typed client style" }]),
  });
  expect(res.status).toBe(200);
  expect((await res.json()).fields["System.Title"]).toBe("typed client style");
});

it("lets the server serve pages: non-API paths are not handled", async () => {
  const res = await fetch(`${emu.baseUrl}/fabrikam/Client%20Services/_workitems/edit/1`);
  expect(res.status).toBe(404);
  expect(await res.text()).toBe("not an API path");
});

it("resolves identities and projects", async () => {
  const byMail = await emu.call(
    "GET",
    "/fabrikam/_apis/identities?searchFilter=MailAddress&filterValue=dana@contoso-dental.example",
  );
  expect(byMail.json.value).toHaveLength(1);
  expect(byMail.json.value[0]).toMatchObject({
    id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d04",
    providerDisplayName: "Dana Whitfield",
  });
  const pat = await emu.call(
    "GET",
    "/fabrikam/_apis/identities?searchFilter=General&filterValue=pat.morgan@tailspin.example",
  );
  expect(pat.json.value).toEqual([]);
  const project = await emu.call("GET", "/fabrikam/_apis/projects/Client Services");
  expect(project.json.capabilities.processTemplate.templateName).toBe("Client Services Agile");
});

it("lets a client create in their own area only", async () => {
  const own = await emu.call("POST", `${CS}/_apis/wit/workitems/$User Request`, {
    as: "dana",
    body: [
      field("System.Title", "mine"),
      field("System.AreaPath", "Client Services\\Clients\\Contoso Dental"),
    ],
  });
  expect(own.status).toBe(200);
  const root = await emu.call("POST", `${CS}/_apis/wit/workitems/$User Request`, {
    as: "dana",
    body: [field("System.Title", "x")],
  });
  expect(root.status).toBe(403);
  expect(root.json.message).toContain("TF237111");
});
