/**
 * Azure DevOps Server 2022 refuses every api-version above 7.0, so on a host that says it is not hosted
 * every call the extension makes must ask for 7.0 (comments 7.0-preview.3); Services keeps 7.1.
 */
import { apiVersionsFor, SERVER_API_VERSIONS, SERVICES_API_VERSIONS } from "../../src/ado/apiVersions";
import { createPermissionChecker } from "../../src/ado/permissions";
import { createProjectProperty } from "../../src/ado/projectProperties";
import type { RestRequest, RestTransport } from "../../src/ado/restTransport";
import { createWorkItemsApi } from "../../src/ado/workItemsApi";
import { createCommentsReader } from "../../src/contributions/queue-hub/commentsApi";

function answerFor(r: RestRequest): unknown {
  if (r.path.endsWith("/$batch"))
    return {
      count: 2,
      value: [200, 200].map((code) => ({ code, body: JSON.stringify({ id: 40, rev: 1 }) })),
    };
  if (r.path.endsWith("/workitemtypes")) return { value: [{ name: "Task", states: [] }] };
  if (r.path.endsWith("/wiql")) return { workItems: [{ id: 2 }] };
  if (r.path.endsWith("/comments")) return { comments: [] };
  if (r.path.includes("_apis/permissions/")) return { count: 1, value: [true] };
  return { value: [], id: 2, rev: 3 };
}

function everyCall(versions: typeof SERVER_API_VERSIONS) {
  const sent: { path: string; apiVersion: string }[] = [];
  const transport: RestTransport = {
    async send<T>(request: RestRequest): Promise<T> {
      sent.push({ path: request.path, apiVersion: request.apiVersion });
      return answerFor(request) as T;
    },
  };
  const api = createWorkItemsApi(transport, "Client Services", Date.now, versions);
  const comments = createCommentsReader(transport, "Client Services", versions);
  const settings = createProjectProperty(
    transport,
    "p-1",
    "UserManagementDesk.Settings",
    versions.properties,
  );
  const permissions = createPermissionChecker(transport, "p-1", versions.core);
  const guarded = [{ op: "test" as const, path: "/rev", value: 3 }];
  return {
    sent,
    run: async () => {
      await api.get(2);
      await api.getMany([2, 3]);
      await api.create("Task", []);
      await api.createWithUpdate("Task", [], { id: 2, document: guarded });
      await api.update(2, guarded);
      await api.updates(2);
      await api.types();
      await api.queryIds("SELECT [System.Id] FROM WorkItems");
      await api.tagNames();
      await api.sendMail({ to: ["x"], cc: [], subject: "s", bodyHtml: "b", workItemIds: [2] });
      await comments.newest(2, 3);
      await settings.read();
      await settings.write("{}");
      await permissions.maySaveSettings();
    },
  };
}

describe("api-versions per host", () => {
  it("takes the Server versions only from a host that says it is not hosted", () => {
    expect(apiVersionsFor({ isHosted: false })).toEqual({
      wit: "7.0",
      comments: "7.0-preview.3",
      core: "7.0",
      properties: "7.0-preview.1",
      tags: "7.0-preview.1",
    });
    expect(apiVersionsFor({ isHosted: true })).toEqual({
      wit: "7.1",
      comments: "7.1-preview.4",
      core: "7.1",
      properties: "7.1-preview.1",
      tags: "7.1-preview.1",
    });
    expect(apiVersionsFor(undefined)).toBe(SERVICES_API_VERSIONS);
  });

  it("asks Azure DevOps Server 2022 for nothing above 7.0 on any call", async () => {
    const { sent, run } = everyCall(SERVER_API_VERSIONS);
    await run();
    expect(sent.length).toBeGreaterThanOrEqual(10);
    const versions = sent.map(
      (s) =>
        `${s.path.replace(/^Client%20Services\//, "").replace(/^_apis\/permissions\/.*/, "_apis/permissions")} ${s.apiVersion}`,
    );
    expect(versions).toEqual([
      "_apis/wit/workitems/2 7.0",
      "_apis/wit/workitemsbatch 7.0",
      "_apis/wit/workitems/$Task 7.0",
      "_apis/wit/$batch 5.0",
      "_apis/wit/workitems/2 7.0",
      "_apis/wit/workItems/2/updates 7.0",
      "_apis/wit/workitemtypes 7.0",
      "_apis/wit/wiql 7.0",
      "_apis/wit/tags 7.0-preview.1",
      "_apis/wit/sendmail 7.0",
      "_apis/wit/workItems/2/comments 7.0-preview.3",
      "_apis/projects/p-1/properties 7.0-preview.1",
      "_apis/projects/p-1/properties 7.0-preview.1",
      // Edit project-level information and Manage project properties, one check each.
      "_apis/permissions 7.0",
      "_apis/permissions 7.0",
    ]);
  });

  it("keeps 7.1 (comments 7.1-preview.4) on Azure DevOps Services", async () => {
    const { sent, run } = everyCall(SERVICES_API_VERSIONS);
    await run();
    expect(new Set(sent.map((s) => s.apiVersion))).toEqual(
      new Set(["7.1", "5.0", "7.1-preview.4", "7.1-preview.1"]),
    );
  });
});
