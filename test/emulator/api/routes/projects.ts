/** GET /{org}/_apis/projects and /projects/{idOrName} (core), minimal. */
import { notFound } from "../http/errors";
import { type ProjectDef } from "../model/processes";
import { type Store } from "../store/store";
import { list, ok, type Route } from "./router";

const LAST_UPDATE = new Date("2026-01-05T09:00:00Z");

function reference(store: Store, p: ProjectDef) {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    url: `${store.orgUrl}/_apis/projects/${p.id}`,
    state: "wellFormed",
    revision: 11,
    visibility: "private",
    lastUpdateTime: LAST_UPDATE,
  };
}

export const projectRoutes: Route[] = [
  {
    method: "GET",
    pattern: "projects",
    project: "none",
    handler: (ctx) =>
      list(
        ctx,
        ctx.store.projects.map((p) => reference(ctx.store, p)),
      ),
  },
  {
    method: "GET",
    pattern: "projects/{project}",
    project: "none",
    handler(ctx) {
      const p = ctx.store.project(ctx.params.project);
      if (!p)
        throw notFound(
          "ProjectDoesNotExistWithNameException",
          `TF200016: The following project does not exist: ${ctx.params.project}.`,
        );
      return ok({
        ...reference(ctx.store, p),
        capabilities: {
          processTemplate: { templateName: p.process.name, templateTypeId: p.process.id },
          versioncontrol: { sourceControlType: "Git" },
        },
        _links: {
          self: { href: `${ctx.store.orgUrl}/_apis/projects/${p.id}` },
          collection: {
            href: `${ctx.store.orgUrl}/_apis/projectCollections/0d1e8f3a-2b4c-4d5e-8f90-a1b2c3d4e5f6`,
          },
          web: { href: `${ctx.store.orgUrl}/${encodeURIComponent(p.name)}` },
        },
        defaultTeam: {
          id: p.id.replace(/.$/, "f"),
          name: `${p.name} Team`,
          url: `${ctx.store.orgUrl}/_apis/projects/${p.id}/teams/${p.id.replace(/.$/, "f")}`,
        },
      });
    },
  },
];
