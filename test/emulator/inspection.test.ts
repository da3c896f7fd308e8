/** /_emulator: context, request log, faults, outbox, webhooks, reset. */
import { CS, field, type RunningEmulator, startEmulator } from "./api/testing";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

const inspect = async (path: string, init?: RequestInit) => {
  const res = await fetch(`${emu.baseUrl}/_emulator/${path}`, init);
  return { status: res.status, json: await res.json() };
};
const post = (path: string, body: unknown) =>
  inspect(path, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "Content-Type": "application/json" },
  });

it("describes the organization, users and a token for ?as=", async () => {
  const ctx = (await inspect("context")).json;
  expect(ctx).toMatchObject({
    organization: "fabrikam",
    project: "Client Services",
    projects: ["Client Services", "Basic Desk"],
    publisher: "umdesk",
    extensionId: "user-management-desk",
  });
  expect(ctx.users.map((u: { key: string; role: string }) => `${u.key}:${u.role}`)).toEqual([
    "holly:coordinator",
    "remi:staff",
    "sam:staff",
    "dana:client",
    "chris:client",
    "lee:member",
  ]);
  expect(Object.keys(ctx.users[0]).sort()).toEqual([
    "accessLevel",
    "accessToken",
    "displayName",
    "email",
    "id",
    "key",
    "role",
  ]);
  expect(ctx.organizationUrl).toBe(`${emu.baseUrl}/fabrikam`);
  expect(ctx.users.find((u: { key: string }) => u.key === "dana")).toMatchObject({
    accessLevel: "stakeholder",
    accessToken: emu.api.tokenFor("dana"),
  });
  expect(ctx.accessToken).toBe(emu.api.tokenFor("holly"));
  const asRemi = (await inspect("context?as=remi")).json;
  expect(asRemi.accessToken).toBe(emu.api.tokenFor("remi"));
  expect(emu.api.context("dana").accessToken).toBe(emu.api.tokenFor("dana"));
  expect((await inspect("context?as=nobody")).status).toBe(400);
});

it("logs every REST call in arrival order with its status, body and api-version, not /_emulator calls", async () => {
  await emu.call("GET", `${CS}/_apis/wit/workitems/1`);
  await emu.call("PATCH", `${CS}/_apis/wit/workitems/1`, { body: [field("System.State", "Nope")] });
  await emu.call("GET", `${CS}/_apis/wit/workitems/1`, { anonymous: true });
  await inspect("mail");
  const log = (await inspect("requests")).json;
  expect(log).toEqual([
    {
      method: "GET",
      path: "/fabrikam/Client Services/_apis/wit/workitems/1",
      query: {},
      status: 200,
      body: null,
      apiVersion: "7.1",
    },
    {
      method: "PATCH",
      path: "/fabrikam/Client Services/_apis/wit/workitems/1",
      query: {},
      status: 400,
      body: [{ op: "add", path: "/fields/System.State", value: "Nope" }],
      apiVersion: "7.1",
    },
    {
      method: "GET",
      path: "/fabrikam/Client Services/_apis/wit/workitems/1",
      query: {},
      status: 401,
      body: null,
      apiVersion: "7.1",
    },
  ]);
});

describe("faults", () => {
  it("fails the next matching requests with the status, an ADO envelope and Retry-After", async () => {
    await post("faults", {
      method: "PATCH",
      pathPattern: "/_apis/wit/workitems/\\d+$",
      status: 503,
      count: 2,
      retryAfterSeconds: 7,
    });
    expect((await emu.call("GET", `${CS}/_apis/wit/workitems/1`)).status).toBe(200);
    const first = await emu.call("PATCH", `${CS}/_apis/wit/workitems/1`, {
      body: [field("System.Title", "a")],
    });
    expect(first.status).toBe(503);
    expect(first.headers.get("retry-after")).toBe("7");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.json).toMatchObject({ $id: "1", innerException: null, errorCode: 0, eventId: 3000 });
    expect((await inspect("faults")).json).toEqual([expect.objectContaining({ remaining: 1, status: 503 })]);
    expect(
      (await emu.call("PATCH", `${CS}/_apis/wit/workitems/1`, { body: [field("System.Title", "b")] })).status,
    ).toBe(503);
    const third = await emu.call("PATCH", `${CS}/_apis/wit/workitems/1`, {
      body: [field("System.Title", "c")],
    });
    expect(third.status).toBe(200);
    expect(third.json.rev).toBe(2);
    const statuses = (await inspect("requests")).json.map((e: { status: number }) => e.status);
    expect(statuses).toEqual([200, 503, 503, 200]);
  });

  it("answers 429 and 500, and matches the decoded path", async () => {
    await post("faults", {
      pathPattern: "Client Services/_apis/wit/wiql",
      status: 429,
      count: 1,
      retryAfterSeconds: 1,
    });
    await post("faults", { method: "GET", pathPattern: "workitems/2$", status: 500, count: 1 });
    const q = await emu.call("POST", `${CS}/_apis/wit/wiql`, {
      body: { query: "SELECT [System.Id] FROM WorkItems" },
    });
    expect(q.status).toBe(429);
    expect(q.json.message).toContain("TF400733");
    expect((await emu.call("GET", `${CS}/_apis/wit/workitems/2`)).status).toBe(500);
    expect((await emu.call("GET", `${CS}/_apis/wit/workitems/2`)).status).toBe(200);
  });

  it("status 0 hangs for delayMs and then drops the connection", async () => {
    await post("faults", { method: "POST", pathPattern: "sendmail", status: 0, count: 1, delayMs: 150 });
    const started = Date.now();
    await expect(
      emu.call("POST", `${CS}/_apis/wit/sendmail`, { body: { message: { to: { tfIds: [] } } } }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const log = (await inspect("requests")).json;
    expect(log[0]).toMatchObject({ method: "POST", status: 0 });
  });

  it("lostAnswer carries the request out and then loses its answer", async () => {
    await post("faults", {
      method: "PATCH",
      pathPattern: "workitems/1$",
      status: 0,
      count: 1,
      delayMs: 20,
      lostAnswer: true,
    });
    await post("faults", { method: "POST", pathPattern: "sendmail", status: 503, lostAnswer: true });
    await expect(
      emu.call("PATCH", `${CS}/_apis/wit/workitems/1`, { body: [field("System.Title", "landed")] }),
    ).rejects.toThrow();
    const item = await emu.call("GET", `${CS}/_apis/wit/workitems/1`);
    expect(item.json.fields["System.Title"]).toBe("landed");
    const mail = await emu.call("POST", `${CS}/_apis/wit/sendmail`, {
      body: { message: { to: { tfIds: ["8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d04"] }, subject: "s", body: "b" } },
    });
    expect(mail.status).toBe(503);
    expect((await inspect("mail")).json).toHaveLength(1);
    expect((await post("faults", { pathPattern: "x", status: 500, lostAnswer: "yes" })).status).toBe(400);
  });

  it("can be listed and cleared, and refuses a bad pattern", async () => {
    await post("faults", { pathPattern: "x", status: 500, count: 3 });
    await inspect("faults", { method: "DELETE" });
    expect((await inspect("faults")).json).toEqual([]);
    expect((await post("faults", { pathPattern: "(", status: 500, count: 1 })).status).toBe(400);
  });
});

describe("permissions", () => {
  it("a reader may read work items but not change them, until set back or reset", async () => {
    const asSam = { as: "sam" };
    expect((await post("permissions", { user: "sam", access: "read" })).json).toEqual({ readers: ["sam"] });
    expect(emu.api.isReader("sam")).toBe(true);
    expect((await emu.call("GET", `${CS}/_apis/wit/workitems/1`, asSam)).status).toBe(200);
    const refused = await emu.call("PATCH", `${CS}/_apis/wit/workitems/1`, {
      ...asSam,
      body: [field("System.Title", "x")],
    });
    expect(refused.status).toBe(403);
    expect(refused.json.message).toMatch(/^TF237111: /);
    const comment = await emu.call("POST", `${CS}/_apis/wit/workItems/1/comments`, {
      ...asSam,
      accept: "application/json;api-version=7.1-preview.4",
      body: { text: "x" },
    });
    expect(comment.status).toBe(403);
    await post("permissions", { user: "sam", access: "write" });
    expect(
      (
        await emu.call("PATCH", `${CS}/_apis/wit/workitems/1`, {
          ...asSam,
          body: [field("System.Title", "y")],
        })
      ).status,
    ).toBe(200);
    await post("permissions", { user: "sam", access: "read" });
    await post("reset", {});
    expect(emu.api.isReader("sam")).toBe(false);
    expect((await post("permissions", { user: "nobody", access: "read" })).status).toBe(400);
  });
});

describe("send mail", () => {
  const DANA = "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d04";
  const HOLLY = "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d01";

  it("records messages in the outbox, oldest first, marking non-member addresses undelivered", async () => {
    const r = await emu.call("POST", `${CS}/_apis/wit/sendMail`, {
      body: {
        message: {
          to: { tfIds: [DANA], emailAddresses: ["pat.morgan@tailspin.example"] },
          cc: { tfIds: [HOLLY] },
          subject: "Request #2 received",
          body: "<p>Thanks</p>",
        },
        ids: [2],
        fields: ["System.Id", "System.Title"],
      },
    });
    expect(r.status).toBe(204);
    await emu.call("POST", `${CS}/_apis/wit/sendmail`, {
      body: { message: { to: { tfIds: [HOLLY] }, subject: "second" } },
    });
    const mail = (await inspect("mail")).json;
    expect(mail).toHaveLength(2);
    expect(mail[0]).toMatchObject({
      to: [DANA, "pat.morgan@tailspin.example"],
      cc: [HOLLY],
      subject: "Request #2 received",
      body: "<p>Thanks</p>",
      workItemIds: [2],
      undelivered: ["pat.morgan@tailspin.example"],
    });
    expect(new Date(mail[0].sentAt).getTime()).toBeGreaterThan(0);
    expect(mail[1].subject).toBe("second");
  });

  it("refuses an unknown identity id", async () => {
    const r = await emu.call("POST", `${CS}/_apis/wit/sendmail`, {
      body: { message: { to: { tfIds: ["00000000-0000-0000-0000-000000000000"] }, subject: "x" } },
    });
    expect(r.status).toBe(400);
    expect(r.json.message).toContain("00000000-0000-0000-0000-000000000000");
    expect((await inspect("mail")).json).toEqual([]);
  });
});

it("receives staff-channel posts as Slack and Teams Workflows do: no CORS headers, their status", async () => {
  const slack = await fetch(`${emu.baseUrl}/_emulator/webhooks/incoming/staff-channel`, {
    method: "POST",
    body: JSON.stringify({ text: "New request #2" }),
    headers: { "Content-Type": "text/plain;charset=UTF-8", Origin: "http://127.0.0.1:9" },
  });
  expect(slack.status).toBe(200);
  expect(await slack.text()).toBe("ok");
  expect(slack.headers.get("access-control-allow-origin")).toBeNull();

  const teamsUrl = `${emu.baseUrl}/_emulator/webhooks/workflows/a1b2/triggers/manual/paths/invoke`;
  const card = { type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive" }] };
  const teams = await fetch(teamsUrl, { method: "POST", body: JSON.stringify(card) });
  expect(teams.status).toBe(202);
  expect(teams.headers.get("access-control-allow-origin")).toBeNull();
  const bare = await fetch(teamsUrl, { method: "POST", body: JSON.stringify({ text: "no card" }) });
  expect(bare.status).toBe(400);

  expect((await inspect("webhooks")).json).toEqual([
    {
      name: "staff-channel",
      kind: "slack",
      contentType: "text/plain;charset=UTF-8",
      body: { text: "New request #2" },
      receivedAt: expect.any(String),
    },
    {
      name: "a1b2",
      kind: "teams",
      contentType: "text/plain;charset=UTF-8",
      body: card,
      receivedAt: expect.any(String),
    },
  ]);
});

it("reset returns to the seed and empties outbox, log and webhooks", async () => {
  await emu.call("PATCH", `${CS}/_apis/wit/workitems/1`, { body: [field("System.Title", "changed")] });
  await emu.call("POST", `${CS}/_apis/wit/workitems/$Task`, { body: [field("System.Title", "new")] });
  await emu.call("POST", `${CS}/_apis/wit/sendmail`, {
    body: { message: { to: { tfIds: ["8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d01"] } } },
  });
  expect((await post("reset", {})).status).toBe(200);
  const one = await emu.call("GET", `${CS}/_apis/wit/workitems/1`);
  expect(one.json.rev).toBe(1);
  expect(one.json.fields["System.Title"]).not.toBe("changed");
  expect((await emu.call("GET", `${CS}/_apis/wit/workitems/13`)).status).toBe(404);
  const created = await emu.call("POST", `${CS}/_apis/wit/workitems/$Task`, {
    body: [field("System.Title", "again")],
  });
  expect(created.json.id).toBe(13);
  expect((await inspect("mail")).json).toEqual([]);
  expect((await inspect("requests")).json).toHaveLength(3);
});
