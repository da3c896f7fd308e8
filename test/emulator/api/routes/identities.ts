/** GET /{org}/_apis/identities (ims): search the seeded members, or read users and groups by descriptor. */
import { badRequest } from "../http/errors";
import { descriptorOf, identityDescriptorOf, type SeedUser } from "../model/identities";
import { type GroupRecord } from "../security/principals";
import { type Store } from "../store/store";
import { list, type Route, type RouteContext } from "./router";

function renderIdentity(user: SeedUser) {
  return {
    id: user.id,
    descriptor: identityDescriptorOf(user),
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

/** A project group as the identities API returns it: a container whose Domain is the project's URI. */
function renderGroup(store: Store, group: GroupRecord) {
  return {
    id: group.id,
    descriptor: group.descriptor,
    subjectDescriptor: group.subjectDescriptor,
    providerDisplayName: group.name,
    isActive: true,
    isContainer: true,
    members: [],
    memberOf: [],
    memberIds: [],
    properties: {
      SchemaClassName: { $type: "System.String", $value: "Group" },
      Description: { $type: "System.String", $value: group.description },
      Domain: { $type: "System.String", $value: `vstfs:///Classification/TeamProject/${group.projectId}` },
      Account: { $type: "System.String", $value: group.account },
      SecurityGroup: { $type: "System.String", $value: "SecurityGroup" },
      ScopeId: { $type: "System.Guid", $value: group.projectId },
      ScopeType: { $type: "System.String", $value: "TeamProject" },
      LocalScopeId: { $type: "System.Guid", $value: group.projectId },
      ScopeName: { $type: "System.String", $value: store.project(group.projectId)?.name ?? "" },
    },
    resourceVersion: 2,
    metaTypeId: 255,
  };
}

/** `descriptors=` (identity descriptors, comma separated): users and groups in the order asked, unknown ones left out. */
function byDescriptors(ctx: RouteContext, value: string) {
  const out: unknown[] = [];
  for (const d of value.split(",").map((s) => s.trim().toLowerCase())) {
    const user = ctx.store.users.find((u) => identityDescriptorOf(u).toLowerCase() === d);
    if (user) out.push(renderIdentity(user));
    const group = ctx.store.security.groups.find((g) => g.descriptor.toLowerCase() === d);
    if (group) out.push(renderGroup(ctx.store, group));
  }
  return out;
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
      "Supply searchFilter and filterValue, identityIds, descriptors or subjectDescriptors.",
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
    handler: (ctx) =>
      list(
        ctx,
        ctx.query.descriptors ? byDescriptors(ctx, ctx.query.descriptors) : search(ctx).map(renderIdentity),
      ),
  },
];
