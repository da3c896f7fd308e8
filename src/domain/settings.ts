/** A project's settings: what they hold, their defaults for any process, repair of old documents, checks. */
import { normalizeSlaSettings, type SlaSettings, validateSlaSettings } from "./sla/slaSettings";
import { resolveActionStates, type StateOverrides, type WorkItemState } from "./states";
import { DEFAULT_TEMPLATES, type MessageTemplates, unknownPlaceholders } from "./templates";

export interface PersonRef {
  id: string;
  displayName: string;
  uniqueName: string;
}

/** A client organization, by e-mail domain, and the area path its requests go to. */
export interface ClientArea {
  domain: string;
  areaPath: string;
}

/** One person mapped explicitly: wins over their domain's mapping. */
export interface ClientAreaException {
  email: string;
  areaPath: string;
}

export interface Settings {
  schemaVersion: 2;
  /** +1 on every save; a save re-reads it first and refuses when it moved (project properties have no etags). */
  revision: number;
  intakeType: string;
  requestTag: string;
  taskType: string;
  states: StateOverrides;
  coordinator?: PersonRef;
  staff: PersonRef[];
  defaultAssigneeId?: string;
  services: string[];
  templates: MessageTemplates;
  webhookUrl?: string;
  /** The area under which every client organization has its own area, e.g. "Client Services\\Clients". */
  clientsAreaRoot?: string;
  clientAreas: ClientArea[];
  clientAreaExceptions: ClientAreaException[];
  /** Service levels (business calendar, targets, waiting marker); none when absent. */
  sla?: SlaSettings;
}

const INTAKE_PREFERENCE = ["User Request", "Issue", "User Story", "Product Backlog Item", "Requirement"];
export const DEFAULT_SERVICES = ["Customer portal", "Phone system", "Voicemail"];

export function defaultSettings(input: { workItemTypes: string[] }): Settings {
  const types = input.workItemTypes;
  const intakeType = INTAKE_PREFERENCE.find((t) => types.includes(t)) ?? types[0] ?? "Issue";
  return {
    schemaVersion: 2,
    revision: 0,
    intakeType,
    requestTag: "umd-request",
    taskType: types.includes("Task") || types.length === 0 ? "Task" : types[0],
    states: {},
    staff: [],
    services: [...DEFAULT_SERVICES],
    templates: JSON.parse(JSON.stringify(DEFAULT_TEMPLATES)),
    clientAreas: [],
    clientAreaExceptions: [],
  };
}

/**
 * Why a staff-channel webhook URL must not be used, or undefined when it may: only https, and no user name or
 * password in it (a credential in a URL ends up in logs and in every settings reader's hands). Checked where
 * the URL is typed, where settings are read, and right before a post.
 */
export function webhookUrlProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return "The webhook URL must be a valid https:// address.";
  }
  if (url.protocol !== "https:") return "The webhook URL must be a valid https:// address.";
  if (url.username || url.password)
    return "The webhook URL must not contain a user name or password; use the secret address the channel gives instead.";
  return undefined;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An area path as people type it: backslashes, no leading or trailing separator, no empty level. */
export function normalizeAreaPath(path: string): string {
  return path
    .trim()
    .replace(/\//g, "\\")
    .split("\\")
    .map((p) => p.trim())
    .filter(Boolean)
    .join("\\");
}

const underRoot = (path: string, root: string) => path.toLowerCase().startsWith(`${root.toLowerCase()}\\`);

const isString = (v: unknown): v is string => typeof v === "string";
const isPerson = (v: unknown): v is PersonRef =>
  !!v &&
  typeof v === "object" &&
  ["id", "displayName", "uniqueName"].every((k) => isString((v as Record<string, unknown>)[k]));

/** A stored object's own fields only: nothing inherited through a prototype is read as a setting. */
const ownFields = (v: object): Record<string, unknown> => Object.fromEntries(Object.entries(v));

/** Only the three fields of a person are kept, whatever else a stored document holds. */
function personRef(p: PersonRef): PersonRef;
function personRef(p: PersonRef | undefined): PersonRef | undefined;
function personRef(p: PersonRef | undefined): PersonRef | undefined {
  return p && { id: p.id, displayName: p.displayName, uniqueName: p.uniqueName };
}

/** Reads a stored document field by field: what is missing or damaged falls back, and is reported. */
export function normalizeSettings(
  raw: unknown,
  fallback: Settings,
): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    return {
      settings: JSON.parse(JSON.stringify(fallback)) as Settings,
      problems: raw === undefined ? [] : ["The stored settings were unreadable; defaults are in use."],
    };
  const r = ownFields(raw);
  const take = <T>(key: string, ok: (v: unknown) => boolean, dflt: T, label: string): T => {
    // JSON has no undefined: a stored null means "not set", like a missing key.
    if (r[key] === undefined || r[key] === null) return dflt;
    if (ok(r[key])) return r[key] as T;
    problems.push(`${label} was invalid and was reset.`);
    return dflt;
  };
  const nonEmpty = (v: unknown) => isString(v) && v.trim().length > 0;
  const rawStates = ownFields(
    take<object>("states", (v) => !!v && typeof v === "object" && !Array.isArray(v), {}, "The action states"),
  );
  const states: StateOverrides = {};
  for (const k of ["acknowledge", "close", "taskDone"] as const) {
    const v = rawStates[k];
    if (nonEmpty(v)) states[k] = (v as string).trim();
    else if (v !== undefined && v !== null && v !== "")
      problems.push(`The ${k} state override was invalid and was reset to the default.`);
  }
  const rawTemplates = ownFields(
    take<object>("templates", (v) => !!v && typeof v === "object" && !Array.isArray(v), {}, "The templates"),
  );
  const templates = JSON.parse(JSON.stringify(fallback.templates)) as MessageTemplates;
  for (const key of Object.keys(templates) as (keyof MessageTemplates)[]) {
    const value = rawTemplates[key];
    if (value === undefined || value === null) continue;
    const dflt = templates[key];
    if (typeof dflt === "string") {
      if (isString(value)) (templates[key] as string) = value;
      else problems.push(`The template ${key} was invalid and was reset.`);
    } else if (value && typeof value === "object" && !Array.isArray(value)) {
      // A mail template is read part by part: a stored body survives a missing or damaged subject.
      const parts = ownFields(value);
      for (const part of ["subject", "body"] as const) {
        if (isString(parts[part])) dflt[part] = parts[part] as string;
        else if (parts[part] !== undefined && parts[part] !== null)
          problems.push(`The template ${key} ${part} was invalid and was reset.`);
      }
    } else problems.push(`The template ${key} was invalid and was reset.`);
  }
  // Version 1 is the 0.1.0 document: the same fields without revision and client areas, read as is.
  if (r.schemaVersion !== undefined && r.schemaVersion !== 1 && r.schemaVersion !== 2)
    problems.push(`Settings of version ${String(r.schemaVersion)} were read as version 2.`);
  const rawStaff = take<unknown[]>("staff", Array.isArray, [], "The staff list");
  const staff = rawStaff.filter(isPerson).map((p) => personRef(p));
  if (staff.length < rawStaff.length)
    problems.push(
      `${rawStaff.length - staff.length} unreadable staff member(s) were removed from the staff list.`,
    );
  const rawServices = take<unknown[]>("services", Array.isArray, fallback.services, "The services");
  const services = [...new Set(rawServices.filter(nonEmpty).map((v) => (v as string).trim()))];
  if (services.length < rawServices.length)
    problems.push("Empty, duplicate or unreadable services were removed from the list.");
  const rawWebhook =
    take<string | undefined>("webhookUrl", isString, undefined, "The webhook URL") || undefined;
  const webhookProblem = rawWebhook && webhookUrlProblem(rawWebhook);
  if (webhookProblem) problems.push(`The staff channel webhook was dropped. ${webhookProblem}`);
  const rawRevision = take<number>(
    "revision",
    (v) => typeof v === "number" && Number.isInteger(v) && v >= 0,
    0,
    "The revision",
  );
  const settings: Settings = {
    schemaVersion: 2,
    revision: rawRevision,
    intakeType: take("intakeType", nonEmpty, fallback.intakeType, "The intake type"),
    requestTag: take("requestTag", nonEmpty, fallback.requestTag, "The request tag"),
    taskType: take("taskType", nonEmpty, fallback.taskType, "The task type"),
    states,
    coordinator: personRef(
      take<PersonRef | undefined>("coordinator", isPerson, undefined, "The coordinator"),
    ),
    staff,
    defaultAssigneeId: take<string | undefined>(
      "defaultAssigneeId",
      isString,
      undefined,
      "The default assignee",
    ),
    services,
    templates,
    webhookUrl: webhookProblem ? undefined : rawWebhook,
    ...readClientAreas(r, problems),
    sla: normalizeSlaSettings(r.sla, problems),
  };
  if (!settings.sla) delete settings.sla;
  return { settings, problems };
}

/** The client area mappings of a stored document: each entry checked, damaged ones dropped and reported. */
function readClientAreas(
  r: Record<string, unknown>,
  problems: string[],
): Pick<Settings, "clientsAreaRoot" | "clientAreas" | "clientAreaExceptions"> {
  const root = isString(r.clientsAreaRoot) ? normalizeAreaPath(r.clientsAreaRoot) : "";
  if (r.clientsAreaRoot !== undefined && r.clientsAreaRoot !== null && !isString(r.clientsAreaRoot))
    problems.push("The clients area root was invalid and was reset.");
  const list = <T>(key: string, keyField: string, check: (v: string) => boolean, label: string): T[] => {
    const raw = r[key];
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw)) {
      problems.push(`The ${label} were invalid and were reset.`);
      return [];
    }
    const kept = raw.flatMap((entry): T[] => {
      if (!entry || typeof entry !== "object") return [];
      const e = ownFields(entry as object);
      const id = isString(e[keyField]) ? e[keyField].trim().toLowerCase() : "";
      const areaPath = isString(e.areaPath) ? normalizeAreaPath(e.areaPath) : "";
      return check(id) && areaPath ? [{ [keyField]: id, areaPath } as T] : [];
    });
    if (kept.length < raw.length)
      problems.push(`${raw.length - kept.length} unreadable ${label} were removed.`);
    return kept;
  };
  return {
    clientsAreaRoot: root || undefined,
    clientAreas: list<ClientArea>("clientAreas", "domain", (d) => DOMAIN.test(d), "client area mapping(s)"),
    clientAreaExceptions: list<ClientAreaException>(
      "clientAreaExceptions",
      "email",
      (e) => EMAIL.test(e),
      "client area exception(s)",
    ),
  };
}

const TEMPLATE_PATHS: [string, (t: MessageTemplates) => string][] = [
  ["templates.acknowledgeComment", (t) => t.acknowledgeComment],
  ["templates.confirmationMail.subject", (t) => t.confirmationMail.subject],
  ["templates.confirmationMail.body", (t) => t.confirmationMail.body],
  ["templates.notifyMail.subject", (t) => t.notifyMail.subject],
  ["templates.notifyMail.body", (t) => t.notifyMail.body],
  ["templates.completionMail.subject", (t) => t.completionMail.subject],
  ["templates.completionMail.body", (t) => t.completionMail.body],
  ["templates.taskCompleteComment", (t) => t.taskCompleteComment],
  ["templates.closeComment", (t) => t.closeComment],
];

/** Field path → message, for everything that must be fixed before saving. */
export function validateSettings(
  s: Settings,
  ctx: { workItemTypes: string[]; intakeStates: WorkItemState[]; taskStates: WorkItemState[] },
): Record<string, string> {
  const errors: Record<string, string> = {};
  const types = ctx.workItemTypes.join(", ");
  if (!ctx.workItemTypes.includes(s.intakeType))
    errors.intakeType = `The work item type "${s.intakeType}" does not exist in this project (types: ${types}).`;
  if (!ctx.workItemTypes.includes(s.taskType))
    errors.taskType = `The work item type "${s.taskType}" does not exist in this project (types: ${types}).`;
  if (!s.requestTag.trim()) errors.requestTag = "Enter the tag that marks requests.";
  else if (/[;,]/.test(s.requestTag)) errors.requestTag = "A tag cannot contain ; or ,.";
  const resolved = resolveActionStates(ctx.intakeStates, ctx.taskStates, s.states);
  if (!resolved.ok) for (const e of resolved.errors) errors[`states.${e.field}`] = e.message;
  for (const [path, get] of TEMPLATE_PATHS) {
    const text = get(s.templates);
    const unknown = unknownPlaceholders(text);
    if (unknown.length)
      errors[path] =
        `Unknown placeholder${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `{{${u}}}`).join(", ")}; use one of the listed placeholders.`;
    else if (!text.trim()) errors[path] = "Write the message; it cannot be empty.";
  }
  if (s.webhookUrl) {
    const problem = webhookUrlProblem(s.webhookUrl);
    if (problem) errors.webhookUrl = problem;
  }
  Object.assign(errors, validateClientAreas(s));
  if (s.defaultAssigneeId && !s.staff.some((p) => p.id === s.defaultAssigneeId))
    errors.defaultAssigneeId = "The default assignee must be one of the staff members.";
  if (s.services.length === 0) errors.services = "Offer at least one service.";
  if (s.sla)
    Object.assign(
      errors,
      validateSlaSettings(
        s.sla,
        ctx.intakeStates.map((st) => st.name),
      ),
    );
  return errors;
}

/** The clients section: a root, and every mapped area under it, each domain and e-mail once. */
export function validateClientAreas(s: Settings): Record<string, string> {
  const errors: Record<string, string> = {};
  const root = s.clientsAreaRoot ? normalizeAreaPath(s.clientsAreaRoot) : "";
  const mapped = s.clientAreas.length + s.clientAreaExceptions.length > 0;
  if (mapped && !root)
    errors.clientsAreaRoot = "Enter the area under which each client organization has its own area.";
  const seen = new Set<string>();
  const check = (path: string, key: string, value: string, ok: boolean, what: string, areaPath: string) => {
    const id = value.trim().toLowerCase();
    if (!ok) errors[`${path}.${key}`] = what;
    else if (seen.has(`${key}:${id}`)) errors[`${path}.${key}`] = `${value.trim()} is mapped twice.`;
    seen.add(`${key}:${id}`);
    const area = normalizeAreaPath(areaPath);
    if (!area) errors[`${path}.areaPath`] = "Enter the area path.";
    else if (root && !underRoot(area, root))
      errors[`${path}.areaPath`] = `The area must be under ${root}, so that client areas are kept apart.`;
  };
  s.clientAreas.forEach((m, i) =>
    check(
      `clientAreas.${i}`,
      "domain",
      m.domain,
      DOMAIN.test(m.domain.trim().toLowerCase()),
      "Enter an e-mail domain, such as contoso-dental.example.",
      m.areaPath,
    ),
  );
  s.clientAreaExceptions.forEach((m, i) =>
    check(
      `clientAreaExceptions.${i}`,
      "email",
      m.email,
      EMAIL.test(m.email.trim()),
      "Enter an e-mail address.",
      m.areaPath,
    ),
  );
  return errors;
}
