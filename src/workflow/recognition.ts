/** Telling requests and staff tasks apart from any other work item, from their tags. */
export const STAFF_TASK_TAG = "umd-staff-task";

export function tagsOf(fields: Record<string, unknown>): string[] {
  const raw = fields["System.Tags"];
  return typeof raw === "string"
    ? raw
        .split(";")
        .map((t) => t.trim())
        .filter(Boolean)
    : [];
}

const hasTag = (tags: string[], tag: string) => tags.some((t) => t.toLowerCase() === tag.toLowerCase());

export type WorkItemKind = "request" | "staff-task" | "other";

export function kindOf(fields: Record<string, unknown>, requestTag: string): WorkItemKind {
  const tags = tagsOf(fields);
  if (hasTag(tags, STAFF_TASK_TAG)) return "staff-task";
  if (hasTag(tags, requestTag)) return "request";
  return "other";
}
