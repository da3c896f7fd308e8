/** Processes, work item types, their states, and the seeded projects with their area and iteration trees. */

export type StateCategory = "Proposed" | "InProgress" | "Resolved" | "Completed" | "Removed";

export interface StateDef {
  name: string;
  color: string;
  category: StateCategory;
}

export interface WorkItemTypeDef {
  name: string;
  referenceName: string;
  description: string;
  color: string;
  icon: string;
  states: StateDef[];
}

export interface ProcessDef {
  id: string;
  name: string;
  /** Reason recorded on creation. */
  createReason: string;
  types: WorkItemTypeDef[];
}

export interface ProjectDef {
  id: string;
  name: string;
  description: string;
  process: ProcessDef;
  /** Full paths, root first. */
  areas: string[];
  iterations: string[];
}

const S = (name: string, category: StateCategory, color: string): StateDef => ({ name, category, color });
const NEW = S("New", "Proposed", "b2b2b2");
const ACTIVE = S("Active", "InProgress", "007acc");
const RESOLVED = S("Resolved", "Resolved", "ff9d00");
const CLOSED = S("Closed", "Completed", "339933");
const REMOVED = S("Removed", "Removed", "ffffff");
const TODO = S("To Do", "Proposed", "b2b2b2");
const DOING = S("Doing", "InProgress", "007acc");
const DONE = S("Done", "Completed", "339933");

const type = (
  name: string,
  referenceName: string,
  color: string,
  icon: string,
  states: StateDef[],
): WorkItemTypeDef => ({
  name,
  referenceName,
  description: `${name} work item type.`,
  color,
  icon,
  states,
});

const agileTypes = (): WorkItemTypeDef[] => [
  type("Bug", "Microsoft.VSTS.WorkItemTypes.Bug", "CC293D", "icon_insect", [NEW, ACTIVE, RESOLVED, CLOSED]),
  type("Task", "Microsoft.VSTS.WorkItemTypes.Task", "F2CB1D", "icon_clipboard", [
    NEW,
    ACTIVE,
    CLOSED,
    REMOVED,
  ]),
  type("User Story", "Microsoft.VSTS.WorkItemTypes.UserStory", "009CCC", "icon_book", [
    NEW,
    ACTIVE,
    RESOLVED,
    CLOSED,
    REMOVED,
  ]),
  type("Feature", "Microsoft.VSTS.WorkItemTypes.Feature", "773B93", "icon_trophy", [
    NEW,
    ACTIVE,
    RESOLVED,
    CLOSED,
    REMOVED,
  ]),
  type("Epic", "Microsoft.VSTS.WorkItemTypes.Epic", "FF7B00", "icon_crown", [
    NEW,
    ACTIVE,
    RESOLVED,
    CLOSED,
    REMOVED,
  ]),
];

export const CLIENT_SERVICES_AGILE: ProcessDef = {
  id: "4a7c1e52-6f0d-4b8e-a1c3-5d2e9f0b7a11",
  name: "Client Services Agile",
  createReason: "New",
  types: [
    type("User Request", "ClientServicesAgile.UserRequest", "0F4C81", "icon_clipboard_issue", [
      NEW,
      S("In Planning", "InProgress", "5688E0"),
      CLOSED,
    ]),
    ...agileTypes(),
  ],
};

export const BASIC: ProcessDef = {
  id: "b8a3a935-7e91-48b8-a94c-606d37c3e9f2",
  name: "Basic",
  createReason: "Added to backlog",
  types: [
    type("Issue", "Microsoft.VSTS.WorkItemTypes.Issue", "339947", "icon_clipboard_issue", [
      TODO,
      DOING,
      DONE,
    ]),
    type("Task", "Microsoft.VSTS.WorkItemTypes.Task", "F2CB1D", "icon_clipboard", [TODO, DOING, DONE]),
    type("Epic", "Microsoft.VSTS.WorkItemTypes.Epic", "FF7B00", "icon_crown", [TODO, DOING, DONE]),
  ],
};

function tree(root: string): { areas: string[]; iterations: string[] } {
  return {
    areas: [
      root,
      `${root}\\Clients`,
      `${root}\\Clients\\Contoso Dental`,
      `${root}\\Clients\\Northwind Clinic`,
    ],
    iterations: [root, `${root}\\Sprint 1`, `${root}\\Sprint 2`],
  };
}

export const PROJECTS: readonly ProjectDef[] = [
  {
    id: "5e0b7a2d-9c41-4f3a-8e6b-1d2c3b4a5f01",
    name: "Client Services",
    description: "Client user-management requests (inherited Agile process).",
    process: CLIENT_SERVICES_AGILE,
    ...tree("Client Services"),
  },
  {
    id: "5e0b7a2d-9c41-4f3a-8e6b-1d2c3b4a5f02",
    name: "Basic Desk",
    description: "A project on the stock Basic process.",
    process: BASIC,
    ...tree("Basic Desk"),
  },
];

export function findType(project: ProjectDef, name: string): WorkItemTypeDef | undefined {
  const lower = name.toLowerCase();
  return project.process.types.find(
    (t) => t.name.toLowerCase() === lower || t.referenceName.toLowerCase() === lower,
  );
}

export function findState(type: WorkItemTypeDef, name: string): StateDef | undefined {
  const lower = name.toLowerCase();
  return type.states.find((s) => s.name.toLowerCase() === lower);
}
