/** A project's settings: what they hold, their defaults for any process, repair of old documents, checks. */
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

/** Reads a stored document field by field: what is missing or damaged falls back, and is reported. */
export function normalizeSettings(
  raw: unknown,
  fallback: Settings,
): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    return { settings: fallback, problems: ["The stored settings were unreadable; defaults are in use."] };
  const r = raw as Record<string, unknown>;
  const take = <T>(key: string, ok: (v: unknown) => boolean, dflt: T, label: string): T => {
    if (r[key] === undefined) return dflt;
    if (ok(r[key])) return r[key] as T;
    problems.push(`${label} was invalid and was reset.`);
    return dflt;
  };
  const nonEmpty = (v: unknown) => isString(v) && v.trim().length > 0;
  const rawStates = take<Record<string, unknown>>(
    "states",
    (v) => !!v && typeof v === "object",
    {},
    "The action states",
  );
  const states: StateOverrides = {};
  for (const k of ["acknowledge", "close", "taskDone"] as const)
    if (nonEmpty(rawStates[k])) states[k] = rawStates[k] as string;
  const rawTemplates = take<Record<string, unknown>>(
    "templates",
    (v) => !!v && typeof v === "object",
    {},
    "The templates",
  );
  const templates = JSON.parse(JSON.stringify(fallback.templates)) as MessageTemplates;
  for (const key of Object.keys(templates) as (keyof MessageTemplates)[]) {
    const value = rawTemplates[key];
    if (value === undefined) continue;
    const dflt = templates[key];
    if (typeof dflt === "string") {
      if (isString(value)) (templates[key] as string) = value;
      else problems.push(`The template ${key} was invalid and was reset.`);
    } else if (
      value &&
      typeof value === "object" &&
      isString((value as Record<string, unknown>).subject) &&
      isString((value as Record<string, unknown>).body)
    )
      (templates[key] as { subject: string; body: string }) = {
        subject: (value as { subject: string }).subject,
        body: (value as { body: string }).body,
      };
    else problems.push(`The template ${key} was invalid and was reset.`);
  }
  if (r.schemaVersion !== undefined && r.schemaVersion !== 1)
    problems.push(`Settings of version ${String(r.schemaVersion)} were read as version 1.`);
  const staff = take<unknown[]>("staff", Array.isArray, [], "The staff list").filter(isPerson);
  const settings: Settings = {
    schemaVersion: 1,
    intakeType: take("intakeType", nonEmpty, fallback.intakeType, "The intake type"),
    requestTag: take("requestTag", nonEmpty, fallback.requestTag, "The request tag"),
    taskType: take("taskType", nonEmpty, fallback.taskType, "The task type"),
    states,
    coordinator: take<PersonRef | undefined>("coordinator", isPerson, undefined, "The coordinator"),
    staff,
    defaultAssigneeId: take<string | undefined>(
      "defaultAssigneeId",
      isString,
      undefined,
      "The default assignee",
    ),
    services: take<unknown[]>("services", Array.isArray, fallback.services, "The services").filter(
      nonEmpty,
    ) as string[],
    templates,
    webhookUrl: take<string | undefined>("webhookUrl", isString, undefined, "The webhook URL") || undefined,
  };
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
  return errors;
}
