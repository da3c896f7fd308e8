/**
 * Who can read each client area, computed from the area tree, the ACLs under its root (one call) and the
 * names behind the descriptors, as Security REST 7.1 answers them.
 */
import { createAreaSecurity, CSS_NAMESPACE } from "../../src/ado/areaSecurity";
import { RestError } from "../../src/ado/restErrors";
import type { RestRequest, RestTransport } from "../../src/ado/restTransport";
import { defaultSettings, type Settings } from "../../src/domain/settings";
import { HOLLY, notImplemented, REMI } from "../support/fakeDesk";

const node = (id: string) => `vstfs:///Classification/Node/${id}`;
const ROOT = node("r");
const CLIENTS = `${ROOT}:${node("c")}`;
const CONTOSO = `${CLIENTS}:${node("cd")}`;
const NORTHWIND = `${CLIENTS}:${node("nw")}`;
const TREE = {
  identifier: "r",
  name: "Client Services",
  children: [
    {
      identifier: "c",
      name: "Clients",
      children: [
        { identifier: "cd", name: "Contoso Dental" },
        { identifier: "nw", name: "Northwind Clinic" },
      ],
    },
  ],
};
const G = (sid: string) => `Microsoft.TeamFoundation.Identity;S-1-9-${sid}`;
const U = (mail: string) => `Microsoft.IdentityModel.Claims.ClaimsIdentity;tenant\\${mail}`;
const NAMES: Record<string, { providerDisplayName: string; isContainer: boolean }> = {
  [G("admins")]: { providerDisplayName: "[Client Services]\\Project Administrators", isContainer: true },
  [G("contrib")]: { providerDisplayName: "[Client Services]\\Contributors", isContainer: true },
  [G("clients")]: { providerDisplayName: "[Client Services]\\Clients", isContainer: true },
  [U("dana@contoso-dental.example")]: { providerDisplayName: "Dana Whitfield", isContainer: false },
  [U("chris@northwind.example")]: { providerDisplayName: "Chris Ng", isContainer: false },
};

class FakeSecurity implements RestTransport {
  public requests: RestRequest[] = [];
  public aclRefusal?: RestError;
  public constructor(private readonly acls: unknown[]) {}
  public async send<T>(r: RestRequest): Promise<T> {
    this.requests.push(r);
    if (r.path === "Client%20Services/_apis/wit/classificationnodes/Areas") return TREE as T;
    if (r.path === `_apis/accesscontrollists/${CSS_NAMESPACE}`) {
      if (this.aclRefusal) throw this.aclRefusal;
      return { count: this.acls.length, value: this.acls } as T;
    }
    if (r.path === "_apis/identities") {
      const asked = String(r.query?.descriptors).split(",");
      return { value: asked.map((d) => ({ descriptor: d, ...NAMES[d] })) } as T;
    }
    return notImplemented(`${r.method} ${r.path}`);
  }
}

const READ = 16;
const ace = (allow: number, deny = 0) => ({ allow, deny });
const settings = (): Settings => ({
  ...defaultSettings({ workItemTypes: ["User Request", "Task"] }),
  coordinator: HOLLY,
  staff: [REMI],
  clientsAreaRoot: "Client Services\\Clients",
  clientAreas: [
    { domain: "contoso-dental.example", areaPath: "Client Services\\Clients\\Contoso Dental" },
    { domain: "northwind.example", areaPath: "Client Services\\Clients\\Northwind Clinic" },
  ],
});
const AREAS = ["Client Services\\Clients\\Contoso Dental", "Client Services\\Clients\\Northwind Clinic"];

const run = async (rest: FakeSecurity) =>
  createAreaSecurity({ transport: rest, identities: rest, project: "Client Services" }).exposure(
    AREAS,
    settings(),
  );

describe("who can read each client area", () => {
  it("closed: the desk's groups and the area's own client only, with inheritance and per-area denies", async () => {
    const rest = new FakeSecurity([
      {
        token: ROOT,
        inheritPermissions: true,
        acesDictionary: { [G("admins")]: ace(READ | 32), [G("contrib")]: ace(READ | 32) },
      },
      { token: CLIENTS, inheritPermissions: true, acesDictionary: { [G("clients")]: ace(READ) } },
      {
        token: CONTOSO,
        inheritPermissions: true,
        acesDictionary: { [G("clients")]: ace(0, READ), [U("dana@contoso-dental.example")]: ace(READ | 32) },
      },
      {
        token: NORTHWIND,
        inheritPermissions: true,
        acesDictionary: { [G("clients")]: ace(0, READ), [U("chris@northwind.example")]: ace(READ | 32) },
      },
    ]);
    const result = await run(rest);
    expect(result[AREAS[0]]).toEqual({
      kind: "closed",
      readers: [
        "Dana Whitfield",
        "[Client Services]\\Project Administrators",
        "[Client Services]\\Contributors",
      ],
    });
    expect(result[AREAS[1]].kind).toBe("closed");
    // The ACLs of the whole tree in one call, from the root, with the effective permissions.
    const acl = rest.requests.filter((r) => r.path.includes("accesscontrollists"));
    expect(acl).toHaveLength(1);
    expect(acl[0].query).toEqual({ token: ROOT, recurse: true, includeExtendedInfo: true });
  });

  it("open: a group of all clients inherited from the clients root, and another client's person", async () => {
    const rest = new FakeSecurity([
      { token: ROOT, inheritPermissions: true, acesDictionary: { [G("contrib")]: ace(READ) } },
      { token: CLIENTS, inheritPermissions: true, acesDictionary: { [G("clients")]: ace(READ) } },
      {
        token: CONTOSO,
        inheritPermissions: true,
        acesDictionary: { [U("chris@northwind.example")]: ace(READ) },
      },
    ]);
    const result = await run(rest);
    expect(result[AREAS[0]]).toMatchObject({
      kind: "open",
      others: ["Chris Ng", "[Client Services]\\Clients"],
    });
    expect(result[AREAS[1]]).toMatchObject({ kind: "open", others: ["[Client Services]\\Clients"] });
  });

  it("an area with inheritance off keeps its parents' entries out", async () => {
    const rest = new FakeSecurity([
      { token: CLIENTS, inheritPermissions: true, acesDictionary: { [G("clients")]: ace(READ) } },
      { token: CONTOSO, inheritPermissions: false, acesDictionary: { [G("contrib")]: ace(READ) } },
    ]);
    expect((await run(rest))[AREAS[0]]).toEqual({
      kind: "closed",
      readers: ["[Client Services]\\Contributors"],
    });
  });

  it("when Azure DevOps refuses to show the ACLs, every area is unknown, with the reason", async () => {
    const rest = new FakeSecurity([]);
    rest.aclRefusal = new RestError(403, "TF50309: You do not have permission to view permissions.");
    const result = await run(rest);
    expect(result[AREAS[0]]).toEqual({
      kind: "unknown",
      reason:
        "Azure DevOps did not let the extension read who can read the client areas (TF50309: You do not have permission to view permissions.).",
    });
  });

  it("an area the project does not have is said so", async () => {
    const rest = new FakeSecurity([]);
    const result = await createAreaSecurity({
      transport: rest,
      identities: rest,
      project: "Client Services",
    }).exposure(["Client Services\\Clients\\Fabrikam"], settings());
    expect(result["Client Services\\Clients\\Fabrikam"]).toEqual({
      kind: "unknown",
      reason: "There is no area Client Services\\Clients\\Fabrikam in this project.",
    });
  });
});
