/**
 * Resource-location discovery and Microsoft's own REST client. azure-devops-node-api learns every URL and
 * api-version from `OPTIONS {collection}/_apis/{area}` (VsoClient.beginGetAreaLocations, then
 * autoNegotiateApiVersion), so it works against the emulator unchanged on both profiles, and on Server 2022
 * it comes down to 7.0 by itself. Scripts that file requests with it (an intake flow) therefore work too.
 */
import * as azdev from "azure-devops-node-api";

import { type ProfileName } from "./api/profile";
import { type RunningEmulator, startEmulator } from "./api/testing";

describe.each<[ProfileName, string, string]>([
  ["services", "/fabrikam", "7.2"],
  ["server2022", "/tfs/DefaultCollection", "7.0"],
])("on the %s profile", (profile, collection, maxVersion) => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator(0, profile);
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.api.reset());

  const options = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${emu.baseUrl}${path}`, { method: "OPTIONS", headers });

  it("lists an area's resource locations with their versions on OPTIONS", async () => {
    expect(emu.collection).toBe(collection);
    const res = await options(`${collection}/_apis/wit`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { count: number; value: Record<string, unknown>[] };
    expect(body.count).toBe(body.value.length);
    const workItems = body.value.find((l) => l.id === "72c7ddf8-2cdc-4f60-90cd-ab71c14a399b");
    expect(workItems).toEqual({
      id: "72c7ddf8-2cdc-4f60-90cd-ab71c14a399b",
      area: "wit",
      resourceName: "workItems",
      routeTemplate: "{project}/_apis/{area}/{resource}/{id}",
      resourceVersion: 3,
      minVersion: "1.0",
      maxVersion,
      releasedVersion: profile === "services" ? "7.1" : "7.0",
    });
    const comments = body.value.find((l) => l.resourceName === "comments");
    expect(comments).toMatchObject({
      releasedVersion: "0.0",
      resourceVersion: profile === "services" ? 4 : 3,
    });
    expect(body.value.every((l) => l.area === "wit")).toBe(true);
  });

  it("still answers a browser's CORS preflight as a preflight", async () => {
    const res = await options(`${collection}/_apis/wit`, {
      Origin: "http://127.0.0.1:9",
      "Access-Control-Request-Method": "GET",
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
  });

  it("serves Microsoft's node client unchanged: reads, queries, comments, projects", async () => {
    const orgUrl = emu.api.context().organizationUrl;
    const connection = new azdev.WebApi(orgUrl, azdev.getBearerHandler(emu.api.tokenFor("holly")));
    const wit = await connection.getWorkItemTrackingApi();
    const item = await wit.getWorkItem(2);
    expect(item.fields!["System.Title"]).toContain("User 102");

    const result = await wit.queryByWiql(
      { query: "SELECT [System.Id] FROM WorkItems WHERE [System.Tags] CONTAINS 'umd-request'" },
      { project: "Client Services" },
    );
    expect(result.workItems!.map((w) => w.id)).toContain(2);

    const comment = await wit.addComment({ text: "Checked by the node client." }, "Client Services", 2);
    expect(comment.text).toBe("Checked by the node client.");

    const projects = await (await connection.getCoreApi()).getProjects();
    expect(projects.map((p) => p.name)).toEqual(emu.api.context().projects);

    const asked = (await emu.call("GET", "/_emulator/requests")).json as {
      method: string;
      path: string;
      apiVersion?: string;
      status: number;
    }[];
    expect(asked.every((r) => r.path.startsWith(`${collection}/`))).toBe(true);
    expect(asked.filter((r) => r.status >= 400)).toEqual([]);
    const versions = asked.map((r) => r.apiVersion);
    expect(versions.length).toBeGreaterThanOrEqual(4);
    const commentPost = asked.find((r) => r.method === "POST" && /\/comments$/.test(r.path));
    if (profile === "server2022") {
      // Negotiated down from the 7.1/7.2 previews the client asks for, to what the server lists.
      expect(versions.filter((v) => !/^7\.0(-preview\.\d+)?$/.test(v ?? ""))).toEqual([]);
      expect(commentPost?.apiVersion).toBe("7.0-preview.3");
    } else expect(commentPost?.apiVersion).toMatch(/^7\.[12]-preview\.\d$/);
  });
});

describe("the Server 2022 profile's api-version ceiling", () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator(0, "server2022");
  });
  afterAll(() => emu.close());

  it("refuses 7.1 on every route with Azure DevOps Server's VssVersionOutOfRangeException", async () => {
    for (const path of [
      "/tfs/DefaultCollection/Client Services/_apis/wit/workitems/2",
      "/tfs/DefaultCollection/_apis/projects",
      "/tfs/DefaultCollection/Client Services/_apis/wit/workItems/2/comments?api-version=7.1-preview.4",
    ]) {
      const res = await emu.call("GET", path, {
        accept: path.includes("api-version") ? "application/json" : undefined,
      });
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({
        typeKey: "VssVersionOutOfRangeException",
        typeName:
          "Microsoft.VisualStudio.Services.WebApi.VssVersionOutOfRangeException, Microsoft.VisualStudio.Services.WebApi",
        message:
          "The requested REST API version of 7.1 is out of range for this server. The latest REST API version this server supports is 7.0.",
      });
    }
  });

  it("answers 7.0 and the comments preview 7.0-preview.3 under the collection URL", async () => {
    const item = await emu.call("GET", "/tfs/DefaultCollection/Client Services/_apis/wit/workitems/2", {
      accept: "application/json;api-version=7.0",
    });
    expect(item.status).toBe(200);
    expect(item.json.url).toBe(`${emu.baseUrl}/tfs/DefaultCollection/_apis/wit/workItems/2`);
    const comments = await emu.call(
      "GET",
      "/tfs/DefaultCollection/Client Services/_apis/wit/workItems/2/comments?api-version=7.0-preview.3",
      { accept: "application/json" },
    );
    expect(comments.status).toBe(200);
  });

  it("is not at the Services paths", async () => {
    const res = await fetch(`${emu.baseUrl}/fabrikam/_apis/projects?api-version=7.0`, {
      headers: { Authorization: `Bearer ${emu.api.tokenFor("holly")}` },
    });
    expect(res.status).toBe(404);
  });
});

describe("personal access tokens", () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  const basic = (user: string, token: string) =>
    `Basic ${Buffer.from(`${user}:${token}`).toString("base64")}`;

  it("accepts a user's token as a PAT over HTTP Basic, whatever the user name", async () => {
    const token = emu.api.tokenFor("remi");
    for (const user of ["", "PAT", "anything"]) {
      const res = await emu.call("GET", "/fabrikam/_apis/connectionData", {
        anonymous: true,
        headers: { Authorization: basic(user, token) },
      });
      expect(res.status).toBe(200);
      expect(res.json.authenticatedUser.providerDisplayName).toBe("Remi Laurent");
    }
    const node = new azdev.WebApi(
      emu.api.context().organizationUrl,
      azdev.getPersonalAccessTokenHandler(token),
    );
    expect((await node.connect()).authenticatedUser?.id).toBe(
      emu.api.context().users.find((u) => u.key === "remi")!.id,
    );
  });

  it("refuses a wrong or empty PAT with 401", async () => {
    for (const header of [basic("", "not-a-token"), basic("", ""), "Basic !!!"]) {
      const res = await emu.call("GET", "/fabrikam/_apis/projects", {
        anonymous: true,
        headers: { Authorization: header },
      });
      expect(res.status).toBe(401);
    }
  });
});
