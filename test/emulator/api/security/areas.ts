/**
 * Area path nodes of a project with stable identifiers, and their CSS security tokens: the node URIs from the
 * project's root area down, joined by ":" (Microsoft's namespace reference, Iteration/CSS token format).
 */
import { createHash } from "crypto";

import { type ProjectDef } from "../model/processes";

export interface AreaNode {
  id: number;
  identifier: string;
  name: string;
  /** "Client Services\\Clients\\Contoso Dental" */
  path: string;
  token: string;
  parent?: AreaNode;
}

/** A GUID derived from the project and path, so ids survive restarts and resets. */
function stableGuid(seed: string): string {
  const h = createHash("sha1").update(seed).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const cache = new Map<string, AreaNode[]>();

/** The project's area nodes, root first (ProjectDef.areas lists full paths, parents before children). */
export function areaNodes(project: ProjectDef): AreaNode[] {
  let nodes = cache.get(project.id);
  if (nodes) return nodes;
  const byPath = new Map<string, AreaNode>();
  nodes = project.areas.map((path, i) => {
    const cut = path.lastIndexOf("\\");
    const parent = cut > 0 ? byPath.get(path.slice(0, cut).toLowerCase()) : undefined;
    const identifier = stableGuid(`${project.id}|area|${path.toLowerCase()}`);
    const uri = `vstfs:///Classification/Node/${identifier}`;
    const node: AreaNode = {
      id: (Number.parseInt(identifier.slice(0, 6), 16) % 100000) + i,
      identifier,
      name: cut > 0 ? path.slice(cut + 1) : path,
      path,
      token: parent ? `${parent.token}:${uri}` : uri,
      parent,
    };
    byPath.set(path.toLowerCase(), node);
    return node;
  });
  cache.set(project.id, nodes);
  return nodes;
}

export function areaNode(project: ProjectDef, path: string): AreaNode | undefined {
  const lower = path.toLowerCase();
  return areaNodes(project).find((n) => n.path.toLowerCase() === lower);
}
