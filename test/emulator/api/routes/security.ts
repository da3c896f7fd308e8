/**
 * Security 7.1: the caller's permission checks (`permissions/{ns}/{bits}`, `security/permissionevaluationbatch`),
 * ACL queries (`accesscontrollists/{ns}`) and the namespace descriptions (`securitynamespaces/{ns}`).
 */
import { ApiError, badRequest, notFound } from "../http/errors";
import { type SeedUser } from "../model/identities";
import { type Acl } from "../security/acl";
import { namespaceById, type NamespaceDefinition, NAMESPACES } from "../security/namespaces";
import { list, ok, queryFlag, type Route, type RouteContext } from "./router";

function namespaceOf(id: string): NamespaceDefinition {
  const ns = namespaceById(id);
  if (!ns)
    throw notFound(
      "InvalidSecurityNamespaceException",
      `TF50221: The security namespace ${id} does not exist.`,
    );
  return ns;
}

function bitsOf(value: unknown): number {
  const n = typeof value === "number" ? value : Number(String(value ?? ""));
  if (!Number.isInteger(n) || n < 0)
    throw badRequest("ArgumentException", `The permissions value '${String(value)}' is not valid.`);
  return n;
}

const allows = (ctx: RouteContext, ns: string, token: string, bits: number) =>
  ctx.store.security.has(ctx.user, ns, token, bits);

/**
 * Reading an ACL needs the namespace's read permission on its token ("View permissions for this node" on an
 * area), else the security service's access check fails with TF50309.
 */
function requireRead(ctx: RouteContext, ns: NamespaceDefinition, token: string): void {
  if (allows(ctx, ns.namespaceId, token, ns.readPermission)) return;
  const action = ns.actions.find((a) => a.bit === ns.readPermission)!;
  throw new ApiError(
    403,
    "AccessCheckException",
    `TF50309: The following account does not have sufficient permissions to complete the operation: ${ctx.user.displayName}. The following permissions are needed to perform this operation: ${action.displayName}.`,
    {
      typeName:
        "Microsoft.TeamFoundation.Framework.Server.AccessCheckException, Microsoft.TeamFoundation.Framework.Server",
    },
  );
}

function renderAcl(ctx: RouteContext, ns: string, acl: Acl, extended: boolean, only?: Set<string>) {
  const aces: Record<string, unknown> = {};
  for (const [descriptor, ace] of acl.aces) {
    if (only && !only.has(descriptor.toLowerCase())) continue;
    const entry: Record<string, unknown> = { descriptor, allow: ace.allow, deny: ace.deny };
    if (extended) {
      // The extended info is that identity's own view: its ACEs plus those of the groups it is in.
      const who = ctx.store.security.closureOf(descriptor);
      const effective = ctx.store.security.acls.evaluate(ns, acl.token, who);
      const inherited = ctx.store.security.acls.inherited(ns, acl.token, who);
      entry.extendedInfo = {
        effectiveAllow: effective.allow,
        effectiveDeny: effective.deny,
        inheritedAllow: inherited.allow,
        inheritedDeny: inherited.deny,
      };
    }
    aces[descriptor] = entry;
  }
  return {
    inheritPermissions: acl.inheritPermissions,
    token: acl.token,
    acesDictionary: aces,
    ...(extended ? { includeExtendedInfo: true } : {}),
  };
}

function evaluation(user: SeedUser, ctx: RouteContext, e: Record<string, unknown>) {
  const id = String(e.securityNamespaceId ?? e.securitynamespaceid ?? "");
  const ns = namespaceOf(id);
  const permissions = bitsOf(e.permissions);
  const token = typeof e.token === "string" ? e.token : "";
  return {
    securityNamespaceId: ns.namespaceId,
    token,
    permissions,
    value: ctx.store.security.has(user, ns.namespaceId, token, permissions),
  };
}

function renderNamespace(ns: NamespaceDefinition) {
  return {
    namespaceId: ns.namespaceId,
    name: ns.name,
    displayName: ns.displayName,
    separatorValue: ns.separatorValue,
    elementLength: ns.elementLength,
    writePermission: ns.writePermission,
    readPermission: ns.readPermission,
    dataspaceCategory: "Default",
    actions: ns.actions.map((a) => ({ ...a, namespaceId: ns.namespaceId })),
    structureValue: ns.structureValue,
    // Null, as recorded for namespaces without a server extension (the schema says string).
    extensionType: null,
    isRemotable: false,
    useTokenTranslator: false,
    systemBitMask: 0,
  };
}

export const securityRoutes: Route[] = [
  {
    method: "GET",
    pattern: "permissions/{namespaceId}/{permissions}",
    project: "none",
    handler(ctx) {
      const ns = namespaceOf(ctx.params.namespaceId);
      const bits = bitsOf(ctx.params.permissions);
      const delimiter = ctx.query.delimiter || ",";
      const raw = ctx.query.tokens ?? ctx.query.token ?? "";
      const tokens = raw === "" ? [""] : raw.split(delimiter);
      return list(
        ctx,
        tokens.map((t) => allows(ctx, ns.namespaceId, t, bits)),
      );
    },
  },
  {
    method: "POST",
    pattern: "security/permissionevaluationbatch",
    project: "none",
    handler(ctx) {
      const body = (ctx.body ?? {}) as Record<string, unknown>;
      const evaluations = body.evaluations;
      if (!Array.isArray(evaluations))
        throw badRequest("ArgumentNullException", "Value cannot be null. Parameter name: evaluations");
      return ok({
        alwaysAllowAdministrators: body.alwaysAllowAdministrators === true,
        evaluations: evaluations.map((e) => evaluation(ctx.user, ctx, (e ?? {}) as Record<string, unknown>)),
      });
    },
  },
  {
    method: "GET",
    pattern: "accesscontrollists/{namespaceId}",
    project: "none",
    handler(ctx) {
      const ns = namespaceOf(ctx.params.namespaceId);
      const token = ctx.query.token;
      const only = ctx.query.descriptors
        ? new Set(ctx.query.descriptors.split(",").map((d) => d.trim().toLowerCase()))
        : undefined;
      if (token !== undefined) requireRead(ctx, ns, token);
      const acls = ctx.store.security.acls
        .query(ns.namespaceId, token, queryFlag(ctx, "recurse"))
        .filter((a) => token !== undefined || allows(ctx, ns.namespaceId, a.token, ns.readPermission));
      return list(
        ctx,
        acls.map((a) => renderAcl(ctx, ns.namespaceId, a, queryFlag(ctx, "includeExtendedInfo"), only)),
      );
    },
  },
  {
    method: "GET",
    pattern: "securitynamespaces",
    project: "none",
    handler: (ctx) => list(ctx, NAMESPACES.map(renderNamespace)),
  },
  {
    method: "GET",
    pattern: "securitynamespaces/{namespaceId}",
    project: "none",
    handler: (ctx) =>
      list(
        ctx,
        NAMESPACES.filter((n) => n.namespaceId === ctx.params.namespaceId.toLowerCase()).map(renderNamespace),
      ),
  },
];
