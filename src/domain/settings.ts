/** A project's settings: what they hold, their defaults for any process, repair of old documents, checks. */
import { normalizeSlaSettings, type SlaSettings, validateSlaSettings } from "./sla/slaSettings";
import { resolveActionStates, type StateOverrides, type WorkItemState } from "./states";
import { DEFAULT_TEMPLATES, type MessageTemplates, unknownPlaceholders } from "./templates";

export interface PersonRef {
  id: string;
  displayName: string;
  uniqueName: string;
}

export interface Settings {
  schemaVersion: 1;
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
  /** Service levels (business calendar, targets, waiting marker); none when absent. */
  sla?: SlaSettings;
}

const INTAKE_PREFERENCE = ["User Request", "Issue", "User Story", "Product Backlog Item", "Requirement"];
export const DEFAULT_SERVICES = ["Customer portal", "Phone system", "Voicemail"];

export function defaultSettings(input: { workItemTypes: string[] }): Settings {
  const types = input.workItemTypes;
  const intakeType = INTAKE_PREFERENCE.find((t) => types.includes(t)) ?? types[0] ?? "Issue";
  return {
    schemaVersion: 1,
    intakeType,
    requestTag: "umd-request",
    taskType: types.includes("Task") || types.length === 0 ? "Task" : types[0],
    states: {},
    staff: [],
    services: [...DEFAULT_SERVICES],
    templates: JSON.parse(JSON.stringify(DEFAULT_TEMPLATES)),
  };
}

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
  if (r.schemaVersion !== undefined && r.schemaVersion !== 1)
    problems.push(`Settings of version ${String(r.schemaVersion)} were read as version 1.`);
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
  const settings: Settings = {
    schemaVersion: 1,
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
    webhookUrl: take<string | undefined>("webhookUrl", isString, undefined, "The webhook URL") || undefined,
    sla: normalizeSlaSettings(r.sla, problems),
  };
  if (!settings.sla) delete settings.sla;
  return { settings, problems };
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
    let url: URL | undefined;
    try {
      url = new URL(s.webhookUrl);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== "https:")
      errors.webhookUrl = "The webhook URL must be a valid https:// address.";
  }
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
