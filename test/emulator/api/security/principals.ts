/**
 * Project security groups as Azure DevOps creates them ("[{project}]\\Project Administrators", Contributors,
 * Readers, Project Valid Users) plus the desk's Clients group and one group per client organization, with
 * identity descriptors of the shape Azure DevOps uses for groups ("Microsoft.TeamFoundation.Identity;S-1-9-…").
 */
import { createHash } from "crypto";

import { type ProjectDef } from "../model/processes";

export interface GroupRecord {
  id: string;
  /** Identity descriptor, the key of ACEs. */
  descriptor: string;
  /** Graph subject descriptor ("vssgp.…"). */
  subjectDescriptor: string;
  /** "[Client Services]\\Contributors" */
  name: string;
  /** "Contributors" */
  account: string;
  description: string;
  projectId: string;
}

export const PROJECT_GROUPS = ["Project Administrators", "Contributors", "Readers", "Clients"] as const;
export const VALID_USERS = "Project Valid Users";
export const CLIENT_ORGANIZATIONS = ["Contoso Dental", "Northwind Clinic"] as const;

const DESCRIPTIONS: Record<string, string> = {
  "Project Administrators": "Members of this group can perform all operations in the team project.",
  Contributors: "Members of this group can add, modify, and delete items within the team project.",
  Readers: "Members of this group have access to the team project.",
  [VALID_USERS]: "Members of this group have access to the team project.",
  Clients: "Client users (Stakeholder access) who file and follow their own organization's requests.",
};

function sidFor(seed: string): string {
  const h = createHash("sha1").update(seed).digest();
  const parts = [0, 4, 8, 12].map((o) => h.readUInt32BE(o));
  return `S-1-9-1551374245-${parts.join("-")}-1-${h.readUInt16BE(16)}`;
}

function guidFor(seed: string): string {
  const h = createHash("sha1").update(`guid|${seed}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function makeGroup(project: ProjectDef, account: string): GroupRecord {
  const sid = sidFor(`${project.id}|${account.toLowerCase()}`);
  return {
    id: guidFor(`${project.id}|${account.toLowerCase()}`),
    descriptor: `Microsoft.TeamFoundation.Identity;${sid}`,
    subjectDescriptor: "vssgp." + Buffer.from(sid).toString("base64url"),
    name: `[${project.name}]\\${account}`,
    account,
    description:
      DESCRIPTIONS[account] ?? `${account}: the client organization's own people (their area's requests).`,
    projectId: project.id,
  };
}

/** Every group of a project: the built-in ones, Clients, and one group per client organization. */
export function projectGroups(project: ProjectDef): GroupRecord[] {
  return [...PROJECT_GROUPS, VALID_USERS, ...CLIENT_ORGANIZATIONS].map((a) => makeGroup(project, a));
}
