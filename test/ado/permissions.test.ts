import { createPermissionChecker } from "../../src/ado/permissions";
import { RestError } from "../../src/ado/restErrors";
import type { RestRequest, RestTransport } from "../../src/ado/restTransport";

const PROJECT = "5e0b7a2d-9c41-4f3a-8e6b-1d2c3b4a5f01";

/** Has Permissions as Security REST answers it: one boolean per token, for the caller's effective permission. */
function rest(granted: number[], fail?: RestError) {
  const requests: RestRequest[] = [];
  const transport: RestTransport = {
    async send<T>(r: RestRequest): Promise<T> {
      requests.push(r);
      if (fail) throw fail;
      const bit = Number(r.path.split("/").pop());
      return { count: 1, value: [granted.includes(bit)] } as T;
    },
  };
  return { transport, requests };
}

describe("asking Azure DevOps what the signed-in person may do", () => {
  it("evaluates Edit project-level information on the project's token, administrators not waved through", async () => {
    const { transport, requests } = rest([2]);
    expect(await createPermissionChecker(transport, PROJECT).isProjectAdmin()).toBe(true);
    expect(requests).toEqual([
      {
        method: "GET",
        path: "_apis/permissions/52d39943-cb85-4d7f-8fa8-c6baac873819/2",
        apiVersion: "7.1",
        query: {
          tokens: `$PROJECT:vstfs:///Classification/TeamProject/${PROJECT}`,
          alwaysAllowAdministrators: false,
          delimiter: ",",
        },
        retryable: true,
      },
    ]);
  });

  it("saving settings needs Manage project properties too; each answer is asked once", async () => {
    const admin = rest([2, 131072]);
    const checker = createPermissionChecker(admin.transport, PROJECT);
    expect(await checker.maySaveSettings()).toBe(true);
    expect(await checker.isProjectAdmin()).toBe(true);
    expect(admin.requests.map((r) => r.path.split("/").pop())).toEqual(["2", "131072"]);
    expect(await createPermissionChecker(rest([2]).transport, PROJECT).maySaveSettings()).toBe(false);
    expect(await createPermissionChecker(rest([]).transport, PROJECT).isProjectAdmin()).toBe(false);
  });

  it("may create tags: Create tag definition (bit 2) of the Tagging namespace on the project's /{id} token", async () => {
    const { transport, requests } = rest([2]);
    const checker = createPermissionChecker(transport, PROJECT);
    expect(await checker.mayCreateTags()).toBe(true);
    expect(await checker.isProjectAdmin()).toBe(true);
    expect(requests.map((r) => [r.path, r.query?.tokens])).toEqual([
      ["_apis/permissions/bb50f182-8e5e-40b8-bc21-e8752a1e7ae2/2", `/${PROJECT}`],
      [
        "_apis/permissions/52d39943-cb85-4d7f-8fa8-c6baac873819/2",
        `$PROJECT:vstfs:///Classification/TeamProject/${PROJECT}`,
      ],
    ]);
    expect(await createPermissionChecker(rest([]).transport, PROJECT).mayCreateTags()).toBe(false);
  });

  it("a refused or malformed check is an error, asked again next time, never a yes", async () => {
    const refused = rest([], new RestError(401, "TF400813: not authorized"));
    const checker = createPermissionChecker(refused.transport, PROJECT);
    await expect(checker.isProjectAdmin()).rejects.toThrow("TF400813");
    await expect(checker.isProjectAdmin()).rejects.toThrow("TF400813");
    expect(refused.requests).toHaveLength(2);
    const odd: RestTransport = { send: async <T>() => ({ value: ["yes"] }) as T };
    await expect(createPermissionChecker(odd, PROJECT).isProjectAdmin()).rejects.toThrow(
      "Azure DevOps answered the permission check without a yes or no.",
    );
  });
});
