/**
 * Who may do what: the one table every panel, the hub and the settings page ask. Pure: the roles come from
 * the trusted settings (coordinator, staff, client areas, kept where only project administrators can write)
 * and from what Azure DevOps says about the signed-in person (whether they hold "Edit project-level
 * information", the permission that makes a project administrator). Nothing here trusts what a person typed.
 */
import { clientAreaFor } from "./clientAreas";
import type { PersonRef, Settings } from "./settings";

export type Role = "coordinator" | "staff" | "projectAdmin" | "client";

export type DeskAction =
  | "acknowledge"
  | "closeRequest"
  | "notifyClient"
  | "createStaffTask"
  | "triage"
  | "completeTask"
  | "accountChanges"
  | "checklist"
  | "settings"
  | "newRequest"
  | "fileOnBehalf";

/** The owners of each action (issue #17). A project administrator on an unconfigured project acts as both. */
export const ACTION_OWNERS: Readonly<Record<DeskAction, readonly (Role | "anyone")[]>> = {
  acknowledge: ["coordinator", "staff"],
  closeRequest: ["coordinator", "staff"],
  notifyClient: ["coordinator", "staff"],
  createStaffTask: ["coordinator", "staff"],
  triage: ["coordinator", "staff"],
  completeTask: ["staff"],
  accountChanges: ["staff"],
  checklist: ["staff"],
  settings: ["projectAdmin"],
  // Anyone may file a request; only the desk files in someone else's name.
  newRequest: ["anyone"],
  fileOnBehalf: ["coordinator", "staff"],
};

export interface Me {
  id: string;
  uniqueName: string;
}

export interface Viewer {
  roles: ReadonlySet<Role>;
  /** No coordinator and no staff chosen yet: project administrators act, and are led to the settings. */
  firstRun: boolean;
  /** The signed-in person's client area, when their e-mail maps to one. */
  clientArea: string | undefined;
}

const same = (me: Me) => (p: PersonRef) =>
  p.id === me.id || (!!p.uniqueName && p.uniqueName.toLowerCase() === me.uniqueName.toLowerCase());

/** True when the settings name nobody yet: the desk is not set up. */
export const isFirstRun = (s: Pick<Settings, "coordinator" | "staff">): boolean =>
  !s.coordinator && s.staff.length === 0;

/**
 * The signed-in person's roles. `isProjectAdmin` is Azure DevOps's answer to the permission check; it is
 * needed only for the settings page and on an unconfigured project, so callers may pass undefined otherwise.
 */
export function deriveViewer(me: Me, settings: Settings, isProjectAdmin: boolean | undefined): Viewer {
  const roles = new Set<Role>();
  const isMe = same(me);
  const firstRun = isFirstRun(settings);
  if (settings.coordinator && isMe(settings.coordinator)) roles.add("coordinator");
  if (settings.staff.some(isMe)) roles.add("staff");
  if (isProjectAdmin) roles.add("projectAdmin");
  // On an unconfigured project the project administrators run the desk until they choose people.
  if (firstRun && isProjectAdmin) {
    roles.add("coordinator");
    roles.add("staff");
  }
  const clientArea = clientAreaFor(settings, me.uniqueName);
  // A client is someone whose e-mail maps to a client organization and who is not on the desk.
  if (clientArea && !roles.has("coordinator") && !roles.has("staff")) roles.add("client");
  return { roles, firstRun, clientArea };
}

export function may(viewer: Viewer, action: DeskAction): boolean {
  return ACTION_OWNERS[action].some((r) => r === "anyone" || viewer.roles.has(r));
}

/** True for the people who work requests: the coordinator and staff (or administrators on first run). */
export const worksRequests = (viewer: Viewer): boolean => may(viewer, "acknowledge");

const names = (people: PersonRef[]) => people.map((p) => p.displayName || p.uniqueName);

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** One line for someone who cannot act: who can. */
export function whoCanAct(settings: Settings): string {
  if (isFirstRun(settings))
    return "Nobody works requests here yet: a project administrator must first choose the coordinator and staff in Project settings > User Management Desk.";
  const coordinator = settings.coordinator ? `${names([settings.coordinator])[0]} (coordinator)` : undefined;
  const staff = settings.staff.filter((p) => p.id !== settings.coordinator?.id);
  const staffText = staff.length ? `${list(names(staff))} (staff)` : undefined;
  const people = (coordinator ? 1 : 0) + staff.length;
  return `Only ${[coordinator, staffText].filter(Boolean).join(", ")} ${people === 1 ? "acts" : "act"} on requests.`;
}

/** Why this person may not do `action`, in words for the screen; undefined when they may. */
export function refusal(viewer: Viewer, action: DeskAction, settings: Settings): string | undefined {
  if (may(viewer, action)) return undefined;
  if (action === "settings")
    return "Only project administrators can change these settings (Azure DevOps requires Edit project-level information).";
  if (action === "fileOnBehalf") return "You can file requests in your own name only.";
  if (action === "completeTask" || action === "accountChanges" || action === "checklist")
    return `Only staff complete staff tasks. ${whoCanAct(settings)}`;
  return whoCanAct(settings);
}
