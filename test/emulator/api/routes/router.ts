/** Matching `/{org}[/{project}[/{team}]]/_apis/...` paths (case-insensitive segments) to route handlers. */
import { notFound } from "../http/errors";
import { type AcceptOptions } from "../http/request";
import { type SeedUser } from "../model/identities";
import { type ProjectDef } from "../model/processes";
import { type EmulatorProfile } from "../profile";
import { type Store } from "../store/store";

export interface ExtensionIdentity {
  publisher: string;
  extensionId: string;
}

export interface RouteContext {
  store: Store;
  user: SeedUser;
  accept: AcceptOptions;
  method: string;
  query: Record<string, string>;
  body: unknown;
  project?: ProjectDef;
  team?: string;
  params: Record<string, string>;
  extension: ExtensionIdentity;
  profile: EmulatorProfile;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  /** e.g. "wit/workitems/{id}" — literal segments compare case-insensitively. */
  pattern: string;
  project: "required" | "optional" | "none";
  /** wiql accepts `{project}/{team}/_apis/...`. */
  team?: boolean;
  handler(ctx: RouteContext): RouteResult | Promise<RouteResult>;
}

export interface Located {
  organization: string;
  scope: string[];
  rest: string[];
}

/** Splits a decoded path around its `_apis` segment; undefined when it is not an API path. */
export function locate(path: string): Located | undefined {
  const segments = path.split("/").filter((s) => s !== "");
  const at = segments.findIndex((s) => s.toLowerCase() === "_apis");
  if (at < 1) return undefined;
  return { organization: segments[0], scope: segments.slice(1, at), rest: segments.slice(at + 1) };
}

export function matchRoute(
  routes: Route[],
  method: string,
  located: Located,
  store: Store,
): { route: Route; params: Record<string, string>; project?: ProjectDef; team?: string } {
  if (located.organization.toLowerCase() !== store.organization.toLowerCase())
    throw notFound(
      "AccountNotFoundException",
      `TF400813: The organization '${located.organization}' does not exist.`,
    );
  let anyPath = false;
  for (const route of routes) {
    const params = matchSegments(route.pattern.split("/"), located.rest);
    if (!params) continue;
    anyPath = true;
    if (route.method !== method) continue;
    const { scope } = located;
    if (scope.length > (route.team ? 2 : 1) || (route.project === "none" && scope.length > 0)) continue;
    if (route.project === "required" && scope.length === 0) continue;
    let project: ProjectDef | undefined;
    if (scope.length) {
      project = store.project(scope[0]);
      if (!project)
        throw notFound(
          "ProjectDoesNotExistWithNameException",
          `TF200016: The following project does not exist: ${scope[0]}. Verify that the name of the project is correct and that the project exists on the specified Azure DevOps Server.`,
        );
    }
    return { route, params, project, team: scope[1] };
  }
  throw notFound(
    anyPath ? "RouteMethodNotAllowedException" : "RouteNotFoundException",
    `The emulator has no ${method} route for '/${located.scope.join("/")}${located.scope.length ? "/" : ""}_apis/${located.rest.join("/")}'.`,
  );
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (p.startsWith("{")) params[p.slice(1, -1)] = actual[i];
    else if (p.toLowerCase() !== actual[i].toLowerCase()) return undefined;
  }
  return params;
}

export function ok(body: unknown, status = 200): RouteResult {
  return { status, body };
}

/** `{count, value}`, or a bare array when the caller asked for noArrayWrap. */
export function list(ctx: RouteContext, items: unknown[]): RouteResult {
  return ok(ctx.accept.noArrayWrap ? items : { count: items.length, value: items });
}

export function queryFlag(ctx: RouteContext, name: string): boolean {
  return (ctx.query[name.toLowerCase()] ?? "").toLowerCase() === "true";
}
