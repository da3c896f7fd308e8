/**
 * Who can read each client area, from what the extension can read of Azure DevOps security (Security REST
 * 7.1): the project's area tree (the CSS tokens), the access control lists under its root in one call
 * (`recurse=true`, `includeExtendedInfo=true`), and the names behind the descriptors (Identities REST). Reading
 * an ACL needs "View permissions for this node" on it, which project administrators have; anyone else, or a
 * token Azure DevOps does not accept for this read, gets the answer "unknown" with the reason, never a guess.
 *
 * Namespaces and bits: CSS 83e28ad4-… (WORK_ITEM_READ 16, "View work items in this node"); tokens are the
 * chain of `vstfs:///Classification/Node/{id}` from the root area down, joined with ":". Permissions are
 * inherited down the tree unless a node turns inheritance off; the nearest explicit entry decides, deny
 * winning over allow at the same node (Learn: "Security namespace and permission reference", "About
 * permissions and inheritance").
 */
import { clientAreaFor } from "../domain/clientAreas";
import { normalizeAreaPath, type Settings } from "../domain/settings";
import { SERVICES_API_VERSIONS } from "./apiVersions";
import type { RestTransport } from "./restTransport";

export const CSS_NAMESPACE = "83e28ad4-2d72-4ceb-97b0-c7726d5502c3";
export const WORK_ITEM_READ = 16;

export type AreaExposure =
  /** Only the desk and this area's own client can read it. */
  | { kind: "closed"; readers: string[] }
  /** `others` can read it too: people or groups that are neither the desk nor this client. */
  | { kind: "open"; others: string[]; readers: string[] }
  | { kind: "unknown"; reason: string };

export interface AreaSecurity {
  exposure(areas: string[], settings: Settings): Promise<Record<string, AreaExposure>>;
}

interface AreaNode {
  identifier?: string;
  name?: string;
  children?: AreaNode[];
}

interface Ace {
  descriptor?: string;
  allow?: number;
  deny?: number;
  extendedInfo?: { effectiveAllow?: number; effectiveDeny?: number };
}

interface Acl {
  token?: string;
  inheritPermissions?: boolean;
  acesDictionary?: Record<string, Ace>;
}

interface IdentityAnswer {
  descriptor?: string;
  providerDisplayName?: string;
  isContainer?: boolean;
  properties?: Record<string, { $value?: unknown } | undefined>;
}

const nodeToken = (id: string) => `vstfs:///Classification/Node/${id}`;

/** Area path (lower case) → the CSS tokens from the root area down to it. */
function tokensByPath(root: AreaNode): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (node: AreaNode, path: string, chain: string[]) => {
    if (!node.identifier || !node.name) return;
    const here = path ? `${path}\\${node.name}` : node.name;
    const tokens = [
      ...chain,
      chain.length ? `${chain.at(-1)}:${nodeToken(node.identifier)}` : nodeToken(node.identifier),
    ];
    out.set(here.toLowerCase(), tokens);
    for (const child of node.children ?? []) walk(child, here, tokens);
  };
  walk(root, "", []);
  return out;
}

/** Descriptors that may read at the last token of `tokens`: the nearest explicit entry decides, deny first. */
export function readersAt(tokens: string[], acls: Map<string, Acl>): string[] {
  const decided = new Map<string, boolean>();
  for (let i = tokens.length - 1; i >= 0; i--) {
    const acl = acls.get(tokens[i]);
    if (!acl) continue;
    for (const [descriptor, ace] of Object.entries(acl.acesDictionary ?? {})) {
      if (decided.has(descriptor)) continue;
      const info = i === tokens.length - 1 ? ace.extendedInfo : undefined;
      const deny = (info?.effectiveDeny ?? 0) | (ace.deny ?? 0);
      const allow = (info?.effectiveAllow ?? 0) | (ace.allow ?? 0);
      if (deny & WORK_ITEM_READ) decided.set(descriptor, false);
      else if (allow & WORK_ITEM_READ) decided.set(descriptor, true);
    }
    if (acl.inheritPermissions === false) break;
  }
  return [...decided].filter(([, canRead]) => canRead).map(([d]) => d);
}

const DESK_GROUPS =
  /\\(Project Administrators|Contributors|Project Collection Administrators)$|Build Service/i;

/** A user descriptor ends with the sign-in address (`…ClaimsIdentity;{tenant}\user@domain`). */
const mailOfDescriptor = (d: string) => /[\\;]([^\\;\s]+@[^\\;\s]+)$/.exec(d)?.[1];

export function createAreaSecurity(options: {
  transport: RestTransport;
  /** Identities REST lives on the organization's identity host (vssps on Services). */
  identities: RestTransport;
  project: string;
  /** 7.1 on Services, 7.0 on Server 2022. */
  apiVersion?: string;
}): AreaSecurity {
  const { transport, project } = options;
  const apiVersion = options.apiVersion ?? SERVICES_API_VERSIONS.core;
  return {
    async exposure(areas, settings) {
      const result: Record<string, AreaExposure> = {};
      if (areas.length === 0) return result;
      let tokens: Map<string, string[]>;
      let acls: Map<string, Acl>;
      try {
        const root = await transport.send<AreaNode>({
          method: "GET",
          path: `${encodeURIComponent(project)}/_apis/wit/classificationnodes/Areas`,
          apiVersion,
          query: { $depth: 10 },
          retryable: true,
        });
        tokens = tokensByPath(root);
        const rootToken = root.identifier ? nodeToken(root.identifier) : undefined;
        if (!rootToken) throw new Error("Azure DevOps answered the area tree without its root.");
        const answer = await transport.send<{ value?: Acl[] }>({
          method: "GET",
          path: `_apis/accesscontrollists/${CSS_NAMESPACE}`,
          apiVersion,
          query: { token: rootToken, recurse: true, includeExtendedInfo: true },
          retryable: true,
        });
        acls = new Map((answer?.value ?? []).filter((a) => a.token).map((a) => [a.token!, a]));
      } catch (e) {
        const reason = `Azure DevOps did not let the extension read who can read the client areas (${e instanceof Error ? e.message : String(e)}).`;
        for (const a of areas) result[a] = { kind: "unknown", reason };
        return result;
      }
      const readersByArea = new Map<string, string[]>();
      for (const area of areas) {
        const chain = tokens.get(normalizeAreaPath(area).toLowerCase());
        if (!chain) result[area] = { kind: "unknown", reason: `There is no area ${area} in this project.` };
        else readersByArea.set(area, readersAt(chain, acls));
      }
      const names = await nameDescriptors(options.identities, apiVersion, [
        ...new Set([...readersByArea.values()].flat()),
      ]);
      const desk = [settings.coordinator, ...settings.staff]
        .filter((p): p is NonNullable<typeof p> => !!p)
        .map((p) => p.uniqueName.toLowerCase());
      for (const [area, readers] of readersByArea) {
        const leaf = normalizeAreaPath(area).split("\\").at(-1)!.toLowerCase();
        const others: string[] = [];
        for (const d of readers) {
          const who = names.get(d) ?? { name: d, mail: mailOfDescriptor(d), group: !mailOfDescriptor(d) };
          const mail = who.mail?.toLowerCase();
          const deskSide = who.group ? DESK_GROUPS.test(who.name) : !!mail && desk.includes(mail);
          const ownClient = who.group
            ? who.name.toLowerCase().includes(leaf)
            : !!mail &&
              clientAreaFor(settings, mail)?.toLowerCase() === normalizeAreaPath(area).toLowerCase();
          if (!deskSide && !ownClient) others.push(who.name);
        }
        const readerNames = readers.map((d) => names.get(d)?.name ?? d);
        result[area] = others.length
          ? { kind: "open", others, readers: readerNames }
          : { kind: "closed", readers: readerNames };
      }
      return result;
    },
  };
}

/** Names for descriptors; a descriptor Azure DevOps does not name is shown as it is. */
async function nameDescriptors(
  transport: RestTransport,
  apiVersion: string,
  descriptors: string[],
): Promise<Map<string, { name: string; mail?: string; group: boolean }>> {
  const out = new Map<string, { name: string; mail?: string; group: boolean }>();
  if (descriptors.length === 0) return out;
  try {
    const answer = await transport.send<{ value?: IdentityAnswer[] }>({
      method: "GET",
      path: "_apis/identities",
      apiVersion,
      query: { descriptors: descriptors.join(",") },
      retryable: true,
    });
    for (const i of answer?.value ?? []) {
      if (!i?.descriptor) continue;
      const mail = i.properties?.Mail?.$value ?? i.properties?.Account?.$value;
      out.set(i.descriptor, {
        name: i.providerDisplayName || i.descriptor,
        mail: typeof mail === "string" && mail.includes("@") ? mail : mailOfDescriptor(i.descriptor),
        group: i.isContainer === true,
      });
    }
  } catch {
    // Without names the descriptors themselves are shown; the verdict still stands on what was read.
  }
  return out;
}
