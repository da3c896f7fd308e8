/**
 * The security namespaces the emulator enforces (CSS, Project, Tagging), with Azure DevOps' ids, bits and display names (Microsoft's
 * "Security namespace and permission reference"; the bits as `az devops security permission namespace show`
 * lists them, MicrosoftDocs/azure-devops-docs#8920).
 */

export interface ActionDefinition {
  bit: number;
  name: string;
  displayName: string;
}

export interface NamespaceDefinition {
  namespaceId: string;
  name: string;
  displayName: string;
  separatorValue: string;
  elementLength: number;
  writePermission: number;
  readPermission: number;
  structureValue: number;
  actions: ActionDefinition[];
}

/** Area paths ("Classification" nodes): tokens are the chain of node URIs from the project's root area. */
export const CSS_NAMESPACE = "83e28ad4-2d72-4ceb-97b0-c7726d5502c3";
/** Project-level permissions: token `$PROJECT:vstfs:///Classification/TeamProject/{projectId}`. */
export const PROJECT_NAMESPACE = "52d39943-cb85-4d7f-8fa8-c6baac873819";

/** Work item tags: token `/{projectId}` (Microsoft's namespace reference, Tagging). */
export const TAGGING_NAMESPACE = "bb50f182-8e5e-40b8-bc21-e8752a1e7ae2";

export const TAGGING = { Enumerate: 1, Create: 2, Update: 4, Delete: 8 } as const;

export const taggingToken = (projectId: string) => `/${projectId}`;

export const CSS = {
  GENERIC_READ: 1,
  GENERIC_WRITE: 2,
  CREATE_CHILDREN: 4,
  DELETE: 8,
  WORK_ITEM_READ: 16,
  WORK_ITEM_WRITE: 32,
  MANAGE_TEST_PLANS: 64,
  MANAGE_TEST_SUITES: 128,
  WORK_ITEM_SAVE_COMMENT: 512,
} as const;

export const PROJECT = {
  GENERIC_READ: 1,
  GENERIC_WRITE: 2,
  DELETE: 4,
  PUBLISH_TEST_RESULTS: 8,
  ADMINISTER_BUILD: 16,
  START_BUILD: 32,
  EDIT_BUILD_STATUS: 64,
  UPDATE_BUILD: 128,
  DELETE_TEST_RESULTS: 256,
  VIEW_TEST_RESULTS: 512,
  MANAGE_TEST_ENVIRONMENTS: 2048,
  MANAGE_TEST_CONFIGURATIONS: 4096,
  WORK_ITEM_DELETE: 8192,
  WORK_ITEM_MOVE: 16384,
  WORK_ITEM_PERMANENTLY_DELETE: 32768,
  RENAME: 65536,
  MANAGE_PROPERTIES: 131072,
  MANAGE_SYSTEM_PROPERTIES: 262144,
  BYPASS_PROPERTY_CACHE: 524288,
  BYPASS_RULES: 1048576,
  SUPPRESS_NOTIFICATIONS: 2097152,
  UPDATE_VISIBILITY: 4194304,
  CHANGE_PROCESS: 8388608,
  AGILETOOLS_BACKLOG: 16777216,
  AGILETOOLS_PLANS: 33554432,
} as const;

const actions = (bits: Record<string, number>, names: Record<string, string>): ActionDefinition[] =>
  Object.entries(bits).map(([name, bit]) => ({ bit, name, displayName: names[name] ?? name }));

export const NAMESPACES: readonly NamespaceDefinition[] = [
  {
    namespaceId: CSS_NAMESPACE,
    name: "CSS",
    displayName: "CSS",
    separatorValue: ":",
    elementLength: -1,
    writePermission: CSS.GENERIC_WRITE,
    readPermission: CSS.GENERIC_READ,
    structureValue: 1,
    actions: actions(CSS, {
      GENERIC_READ: "View permissions for this node",
      GENERIC_WRITE: "Edit this node",
      CREATE_CHILDREN: "Create child nodes",
      DELETE: "Delete this node",
      WORK_ITEM_READ: "View work items in this node",
      WORK_ITEM_WRITE: "Edit work items in this node",
      MANAGE_TEST_PLANS: "Manage test plans",
      MANAGE_TEST_SUITES: "Manage test suites",
      WORK_ITEM_SAVE_COMMENT: "Edit work item comments in this node",
    }),
  },
  {
    namespaceId: PROJECT_NAMESPACE,
    name: "Project",
    displayName: "Project",
    separatorValue: ":",
    elementLength: -1,
    writePermission: PROJECT.GENERIC_WRITE,
    readPermission: PROJECT.GENERIC_READ,
    structureValue: 1,
    actions: actions(PROJECT, {
      GENERIC_READ: "View project-level information",
      GENERIC_WRITE: "Edit project-level information",
      DELETE: "Delete team project",
      PUBLISH_TEST_RESULTS: "Create test runs",
      ADMINISTER_BUILD: "Administer a build",
      START_BUILD: "Start a build",
      EDIT_BUILD_STATUS: "Edit build quality",
      UPDATE_BUILD: "Write to build operational store",
      DELETE_TEST_RESULTS: "Delete test runs",
      VIEW_TEST_RESULTS: "View test runs",
      MANAGE_TEST_ENVIRONMENTS: "Manage test environments",
      MANAGE_TEST_CONFIGURATIONS: "Manage test configurations",
      WORK_ITEM_DELETE: "Delete and restore work items",
      WORK_ITEM_MOVE: "Move work items out of this project",
      WORK_ITEM_PERMANENTLY_DELETE: "Permanently delete work items",
      RENAME: "Rename team project",
      MANAGE_PROPERTIES: "Manage project properties",
      MANAGE_SYSTEM_PROPERTIES: "Manage system project properties",
      BYPASS_PROPERTY_CACHE: "Bypass project property cache",
      BYPASS_RULES: "Bypass rules on work item updates",
      SUPPRESS_NOTIFICATIONS: "Suppress notifications for work item updates",
      UPDATE_VISIBILITY: "Update project visibility",
      CHANGE_PROCESS: "Change process of team project.",
      AGILETOOLS_BACKLOG: "Agile backlog management.",
      AGILETOOLS_PLANS: "Agile plans.",
    }),
  },
  {
    namespaceId: TAGGING_NAMESPACE,
    name: "Tagging",
    displayName: "Tagging",
    separatorValue: "/",
    elementLength: -1,
    writePermission: TAGGING.Create,
    readPermission: TAGGING.Enumerate,
    structureValue: 1,
    actions: actions(TAGGING, {
      Enumerate: "Enumerate tag definitions",
      Create: "Create tag definition",
      Update: "Update tag definition",
      Delete: "Delete tag definition",
    }),
  },
];

export const ALL_BITS = (bits: Record<string, number>) => Object.values(bits).reduce((a, b) => a | b, 0);

export function namespaceById(id: string): NamespaceDefinition | undefined {
  const lower = id.toLowerCase();
  return NAMESPACES.find((n) => n.namespaceId === lower);
}

export const projectToken = (projectId: string) =>
  `$PROJECT:vstfs:///Classification/TeamProject/${projectId}`;
