/** Turning a JSON Patch value into the stored value of a field, with ADO's validation errors. */
import { ApiError, badRequest, ruleError } from "../http/errors";
import { type FieldDef } from "../model/fields";
import { resolveIdentity } from "../model/identities";
import { type ProjectDef } from "../model/processes";
import { type FieldValue } from "../model/types";
import { type Store } from "./store";

/** `undefined` clears the field. */
export function normalizeFieldValue(
  store: Store,
  project: ProjectDef,
  def: FieldDef,
  value: unknown,
  workItemId: number,
): FieldValue | undefined {
  if (value === null || value === undefined || value === "") return def.type === "history" ? "" : undefined;
  switch (def.type) {
    case "string":
      return def.referenceName === "System.Tags" ? normalizeTags(String(value)) : scalarText(def, value);
    case "html":
    case "history":
      return scalarText(def, value);
    case "integer":
    case "double": {
      const n = typeof value === "number" ? value : Number(String(value).trim());
      if (!Number.isFinite(n) || (def.type === "integer" && !Number.isInteger(n)))
        throw ruleError(def.name, def.referenceName, "InvalidType");
      return n;
    }
    case "dateTime": {
      const d = value instanceof Date ? value : new Date(typeof value === "number" ? value : String(value));
      if (Number.isNaN(d.getTime())) throw ruleError(def.name, def.referenceName, "InvalidType");
      return d;
    }
    case "identity": {
      const user = resolveIdentity(value);
      if (!user) {
        const shown = typeof value === "string" ? value : JSON.stringify(value);
        throw badRequest(
          "RuleValidationException",
          `TF401320: Rule Error for field ${def.name}. Error code: ValidIdentity, UnknownIdentity. The identity value '${shown}' for field '${def.name}' is an unknown identity.`,
          { customProperties: { RuleValidationErrors: [{ fieldReferenceName: def.referenceName }] } },
        );
      }
      return store.identityRef(user);
    }
    case "treePath": {
      const nodes = def.referenceName === "System.AreaPath" ? project.areas : project.iterations;
      const wanted = String(value).trim().replace(/\//g, "\\").toLowerCase();
      const found = nodes.find((n) => n.toLowerCase() === wanted);
      if (!found)
        throw new ApiError(
          400,
          "WorkItemInvalidTreeNameException",
          `TF401347: Invalid tree name given for work item ${workItemId}, field '${def.referenceName}'.`,
        );
      return found;
    }
  }
}

function scalarText(def: FieldDef, value: unknown): string {
  if (typeof value === "object") throw ruleError(def.name, def.referenceName, "InvalidType");
  return String(value);
}

/** "a; b" — split on ";" or ",", trimmed, de-duplicated case-insensitively. */
export function normalizeTags(text: string): string | undefined {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[;,]/)) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags.length ? tags.join("; ") : undefined;
}

export function splitTags(value: unknown): string[] {
  return typeof value === "string"
    ? value
        .split(";")
        .map((t) => t.trim())
        .filter(Boolean)
    : [];
}
