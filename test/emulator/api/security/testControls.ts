/**
 * POST /_emulator/permissions: what a project administrator would change in Azure DevOps' security UI, for
 * tests — group membership, access level, an ACE on an area path or the project, breaking inheritance — and
 * the older shorthand `{ user, access: "read" | "write" }` (move someone into Readers and back).
 */
import { badRequest } from "../http/errors";
import { type AccessLevel, identityDescriptorOf, type SeedUser, userByKey } from "../model/identities";
import { type ProjectDef } from "../model/processes";
import { type Store } from "../store/store";
import { areaNode } from "./areas";
import { CSS_NAMESPACE, namespaceById, PROJECT_NAMESPACE, projectToken } from "./namespaces";
import { type GroupRecord } from "./principals";

type Body = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

function userOf(value: unknown): SeedUser {
  const user = userByKey(str(value) ?? "");
  if (!user)
    throw badRequest(
      "ArgumentException",
      `permissions need a seeded user key, not ${JSON.stringify(value)}.`,
    );
  return user;
}

function projectsOf(store: Store, value: unknown): ProjectDef[] {
  if (value === undefined) return [...store.projects];
  const p = store.project(str(value) ?? "");
  if (!p) throw badRequest("ArgumentException", `No project ${JSON.stringify(value)}.`);
  return [p];
}

function groupIn(store: Store, project: ProjectDef, name: string): GroupRecord {
  const g =
    store.security.findGroup(name) ??
    store.security.groups.find(
      (x) => x.projectId === project.id && x.account.toLowerCase() === name.toLowerCase(),
    );
  if (!g) throw badRequest("ArgumentException", `No group "${name}" in ${project.name}.`);
  return g;
}

/** Users who are in Readers (of the first project) and nowhere that lets them edit. */
export function readers(store: Store): string[] {
  const project = store.projects[0];
  const group = store.security.group(project, "Readers");
  const members = new Set(store.security.directMembers(group));
  return store.users.filter((u) => members.has(identityDescriptorOf(u))).map((u) => u.key);
}

/** The legacy shorthand: "read" moves the user from their seeded groups into Readers, "write" moves them back. */
function setReader(store: Store, user: SeedUser, access: unknown) {
  if (access !== "read" && access !== "write")
    throw badRequest("ArgumentException", 'access must be "read" or "write".');
  const me = identityDescriptorOf(user);
  for (const project of store.projects) {
    const seeded = [user.group, ...(user.client ? [user.client] : [])].map((a) =>
      store.security.group(project, a),
    );
    const reader = store.security.group(project, "Readers");
    for (const g of seeded) {
      if (access === "read") store.security.removeMember(g, me);
      else store.security.addMember(g, me);
    }
    if (access === "read") store.security.addMember(reader, me);
    else if (user.group !== "Readers") store.security.removeMember(reader, me);
  }
  return { readers: readers(store) };
}

function tokenOf(body: Body, project: ProjectDef): { namespaceId: string; token: string } {
  const ns = str(body.namespace)?.toLowerCase() ?? (body.areaPath !== undefined ? "css" : "project");
  const namespaceId =
    ns === "css" ? CSS_NAMESPACE : ns === "project" ? PROJECT_NAMESPACE : namespaceById(ns)?.namespaceId;
  if (!namespaceId)
    throw badRequest(
      "ArgumentException",
      `Unknown namespace ${JSON.stringify(body.namespace)} (CSS, Project or an id).`,
    );
  if (str(body.token)) return { namespaceId, token: str(body.token)! };
  if (namespaceId === PROJECT_NAMESPACE) return { namespaceId, token: projectToken(project.id) };
  const node = areaNode(project, str(body.areaPath) ?? project.name);
  if (!node)
    throw badRequest(
      "ArgumentException",
      `No area path ${JSON.stringify(body.areaPath)} in ${project.name}.`,
    );
  return { namespaceId, token: node.token };
}

function identityDescriptor(store: Store, project: ProjectDef, value: unknown): string {
  const name = str(value) ?? "";
  const user = userByKey(name);
  return user ? identityDescriptorOf(user) : groupIn(store, project, name).descriptor;
}

export function changePermissions(store: Store, raw: unknown): unknown {
  const body = (raw && typeof raw === "object" ? raw : {}) as Body;
  if (body.access !== undefined) return setReader(store, userOf(body.user), body.access);
  if (body.accessLevel !== undefined) {
    const level = str(body.accessLevel)?.toLowerCase();
    if (level !== "basic" && level !== "stakeholder")
      throw badRequest("ArgumentException", 'accessLevel must be "basic" or "stakeholder".');
    const user = userOf(body.user);
    store.security.setAccessLevel(user, level as AccessLevel);
    return { user: user.key, accessLevel: level };
  }
  if (body.addTo !== undefined || body.removeFrom !== undefined) {
    const user = userOf(body.user);
    for (const project of projectsOf(store, body.project)) {
      if (str(body.addTo))
        store.security.addMember(groupIn(store, project, str(body.addTo)!), identityDescriptorOf(user));
      if (str(body.removeFrom))
        store.security.removeMember(
          groupIn(store, project, str(body.removeFrom)!),
          identityDescriptorOf(user),
        );
    }
    return { user: user.key, groups: store.security.groupsOf(user).map((g) => g.name) };
  }
  const [project] = projectsOf(store, body.project ?? store.projects[0].name);
  const { namespaceId, token } = tokenOf(body, project);
  if (typeof body.inheritPermissions === "boolean") {
    store.security.setInherit(namespaceId, token, body.inheritPermissions);
    return { token, inheritPermissions: body.inheritPermissions };
  }
  const bits = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : 0);
  if (body.identity === undefined)
    throw badRequest(
      "ArgumentException",
      "Give user+access, user+accessLevel, user+addTo/removeFrom, or identity+allow/deny (with areaPath or namespace), or inheritPermissions.",
    );
  const descriptor = identityDescriptor(store, project, body.identity);
  store.security.setAce(namespaceId, token, descriptor, { allow: bits(body.allow), deny: bits(body.deny) });
  return { token, descriptor, allow: bits(body.allow), deny: bits(body.deny) };
}
