/** GET /{org}/_apis/identities (ims): search the seeded members. */
import { badRequest } from "../http/errors";
import { descriptorOf, type SeedUser } from "../model/identities";
import { list, type Route, type RouteContext } from "./router";

function renderIdentity(user: SeedUser) {
  return {
    id: user.id,
    descriptor: `Microsoft.IdentityModel.Claims.ClaimsIdentity;fabrikam.example\\${user.email}`,
    subjectDescriptor: descriptorOf(user),
    providerDisplayName: user.displayName,
    isActive: true,
    isContainer: false,
    members: [],
    memberOf: [],
    memberIds: [],
    properties: {
      SchemaClassName: { $type: "System.String", $value: "User" },
      Description: { $type: "System.String", $value: "" },
      Domain: { $type: "System.String", $value: "fabrikam.example" },
      Account: { $type: "System.String", $value: user.email },
      Mail: { $type: "System.String", $value: user.email },
    },
    resourceVersion: 2,
    metaTypeId: 0,
  };
}

function search(ctx: RouteContext): SeedUser[] {
  const { users } = ctx.store;
  if (ctx.query.identityids) {
    const ids = new Set(ctx.query.identityids.split(",").map((s) => s.trim().toLowerCase()));
    return users.filter((u) => ids.has(u.id));
  }
  if (ctx.query.subjectdescriptors) {
    const ds = new Set(ctx.query.subjectdescriptors.split(","));
    return users.filter((u) => ds.has(descriptorOf(u)));
  }
  const filter = (ctx.query.searchfilter ?? "").toLowerCase();
  const value = (ctx.query.filtervalue ?? "").trim().toLowerCase();
  if (!filter || !value)
    throw badRequest(
      "ArgumentException",
      "Supply searchFilter and filterValue, identityIds or subjectDescriptors.",
    );
  switch (filter) {
    case "mailaddress":
    case "accountname":
      return users.filter((u) => u.email.toLowerCase() === value);
    case "displayname":
      return users.filter((u) => u.displayName.toLowerCase().includes(value));
    case "general":
      return users.filter(
        (u) =>
          u.email.toLowerCase() === value || u.displayName.toLowerCase().includes(value) || u.id === value,
      );
    default:
      throw badRequest("ArgumentException", `Unsupported searchFilter '${ctx.query.searchfilter}'.`);
  }
}

export const identityRoutes: Route[] = [
  {
    method: "GET",
    pattern: "identities",
    project: "none",
    handler: (ctx) => list(ctx, search(ctx).map(renderIdentity)),
  },
];
