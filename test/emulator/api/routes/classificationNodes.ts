/**
 * Area classification nodes (wit 7.1, "Classification Nodes - Get", structure group Areas, `$depth`): the tree
 * with each node's GUID `identifier`, the part of a CSS security token an area contributes.
 */
import { notFound } from "../http/errors";
import { type ProjectDef } from "../model/processes";
import { type AreaNode, areaNodes } from "../security/areas";
import { type Store } from "../store/store";
import { ok, type Route } from "./router";

function render(store: Store, project: ProjectDef, node: AreaNode, depth: number): Record<string, unknown> {
  const children = areaNodes(project).filter((n) => n.parent === node);
  const below = node.path.split("\\").slice(1);
  const out: Record<string, unknown> = {
    id: node.id,
    identifier: node.identifier,
    name: node.name,
    structureType: "area",
    hasChildren: children.length > 0,
    // Azure DevOps writes the structure group into the path: \Project\Area\Child.
    path: `\\${project.name}\\Area${below.map((s) => `\\${s}`).join("")}`,
  };
  if (depth > 0 && children.length) out.children = children.map((c) => render(store, project, c, depth - 1));
  out.url = `${store.orgUrl}/${project.id}/_apis/wit/classificationNodes/Areas${below
    .map((s) => `/${encodeURIComponent(s)}`)
    .join("")}`;
  return out;
}

export const classificationNodeRoutes: Route[] = [
  {
    method: "GET",
    pattern: "wit/classificationnodes/{structureGroup}",
    project: "required",
    handler(ctx) {
      const project = ctx.project!;
      if (ctx.params.structureGroup.toLowerCase() !== "areas")
        throw notFound(
          "ClassificationNodeNotFoundException",
          `The emulator serves the Areas classification nodes only, not '${ctx.params.structureGroup}'.`,
        );
      const depth = Number(ctx.query["$depth"] ?? 0) || 0;
      const root = render(ctx.store, project, areaNodes(project)[0], depth);
      // As recorded: only the node asked for carries _links.
      return ok({ ...root, _links: { self: { href: root.url } } });
    },
  },
];
