/**
 * Project properties (core 7.1, "Get/Set project properties", 7.1-preview.1): GET with `keys` (comma list,
 * `*` wildcards) answers `{count, value: [{name, value}]}`, never 404 for a missing key; PATCH is a JSON
 * Patch of `add`/`remove` on `/{name}` answered 204, and needs "Manage project properties" on the project
 * (Microsoft's permissions reference ties that permission to the Set project properties REST API).
 */
import { ApiError, badRequest, notFound } from "../http/errors";
import { type ProjectDef } from "../model/processes";
import { PROJECT } from "../security/namespaces";
import { type Store } from "../store/store";
import { list, type Route, type RouteContext } from "./router";

function projectOf(ctx: RouteContext): ProjectDef {
  const p = ctx.store.project(ctx.params.project);
  // A project the caller is not a member of does not exist for them.
  if (!p || !ctx.store.security.isProjectMember(ctx.user, p))
    throw notFound(
      "ProjectDoesNotExistWithNameException",
      `TF200016: The following project does not exist: ${ctx.params.project}. Verify that the name of the project is correct and that the project exists on the specified Azure DevOps Server.`,
    );
  return p;
}

/** What every project carries (the recorded example's System.* keys), under what the project's users wrote. */
function allProperties(store: Store, p: ProjectDef): [string, unknown][] {
  const system: [string, unknown][] = [
    ["System.CurrentProcessTemplateId", p.process.id],
    ["System.OriginalProcessTemplateId", p.process.id],
    ["System.Process Template", p.process.name],
    ["System.Microsoft.TeamFoundation.Team.Default", p.id.replace(/.$/, "f")],
    ["System.SourceControlGitEnabled", "True"],
  ];
  return [...system, ...(store.properties.get(p.id) ?? new Map<string, unknown>())];
}

function keyMatcher(keys: string | undefined): (name: string) => boolean {
  if (!keys) return () => true;
  const patterns = keys
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => new RegExp(`^${k.split("*").map(escapeRegExp).join(".*")}$`, "i"));
  return (name) => patterns.some((re) => re.test(name));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function refuse(ctx: RouteContext): ApiError {
  return new ApiError(
    403,
    "UnauthorizedRequestException",
    `VS402904: Access denied: User ${ctx.user.displayName} does not have access to the requested project-level information.  Manage project properties permission is required.`,
    {
      typeName:
        "Microsoft.TeamFoundation.Framework.Server.UnauthorizedRequestException, Microsoft.TeamFoundation.Framework.Server",
    },
  );
}

export const propertyRoutes: Route[] = [
  {
    method: "GET",
    pattern: "projects/{project}/properties",
    project: "none",
    handler(ctx) {
      const p = projectOf(ctx);
      const wanted = keyMatcher(ctx.query.keys);
      const value = allProperties(ctx.store, p)
        .filter(([name]) => wanted(name))
        .map(([name, v]) => ({ name, value: v }));
      return list(ctx, value);
    },
  },
  {
    method: "PATCH",
    pattern: "projects/{project}/properties",
    project: "none",
    handler(ctx) {
      const p = projectOf(ctx);
      if (!Array.isArray(ctx.body) || ctx.body.length === 0)
        throw badRequest("VssPropertyValidationException", "The request body must be a JSON Patch document.");
      const ops = ctx.body.map((raw) => {
        const op = (raw ?? {}) as Record<string, unknown>;
        const kind = String(op.op ?? "").toLowerCase();
        if (kind !== "add" && kind !== "remove")
          throw badRequest(
            "VssPropertyValidationException",
            `The operation '${String(op.op)}' is not supported: project properties accept only add and remove.`,
          );
        const path = typeof op.path === "string" ? op.path : "";
        if (!/^\/[^/]+$/.test(path))
          throw badRequest(
            "VssPropertyValidationException",
            `The path '${path}' is not valid: it must be "/" followed by the property name.`,
          );
        if (kind === "add" && op.value === undefined)
          throw badRequest("VssPropertyValidationException", `The add of '${path}' has no value.`);
        return { kind, name: path.slice(1), value: op.value };
      });
      if (!ctx.store.security.hasProjectPermission(ctx.user, p, PROJECT.MANAGE_PROPERTIES)) throw refuse(ctx);
      let props = ctx.store.properties.get(p.id);
      if (!props) ctx.store.properties.set(p.id, (props = new Map()));
      for (const op of ops) {
        if (op.kind === "add") props.set(op.name, op.value);
        else props.delete(op.name);
      }
      return { status: 204 };
    },
  },
];
