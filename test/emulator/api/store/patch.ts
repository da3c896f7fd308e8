/** Applying a JSON Patch document (add/replace/remove/test) to a work item draft. */
import { ApiError, badRequest } from "../http/errors";
import { type FieldDef, findField } from "../model/fields";
import { displayForm, userById } from "../model/identities";
import { type Fields, type FieldValue, type Relation } from "../model/types";

export type PatchOpName = "add" | "remove" | "replace" | "test";

export interface PatchOp {
  op: PatchOpName;
  path: string;
  value?: unknown;
}

export interface Draft {
  fields: Fields;
  relations: Relation[];
  /** System.History of this revision, if any. */
  history?: string;
  /** The revision the patch is applied to (0 on create). */
  rev: number;
  /** Fields the caller wrote explicitly. */
  explicit: Set<string>;
}

export interface PatchEnv {
  bypassRules: boolean;
  normalize(def: FieldDef, value: unknown): FieldValue | undefined;
}

const NUMERIC_OPS: Record<number, string> = {
  0: "add",
  1: "remove",
  2: "replace",
  3: "move",
  4: "copy",
  5: "test",
};

export function parsePatchDocument(body: unknown): PatchOp[] {
  if (!Array.isArray(body) || body.length === 0)
    throw badRequest(
      "VssPropertyValidationException",
      "You must pass a valid patch document in the body of the request.",
    );
  return body.map((raw) => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const name = typeof item.op === "number" ? NUMERIC_OPS[item.op] : String(item.op ?? "").toLowerCase();
    if (name === "move" || name === "copy")
      throw badRequest("PatchOperationFailedException", `The patch operation '${name}' is not supported.`);
    if (!["add", "remove", "replace", "test"].includes(name) || typeof item.path !== "string")
      throw badRequest("PatchOperationFailedException", `Invalid patch operation: ${JSON.stringify(raw)}.`);
    return { op: name as PatchOpName, path: item.path, value: item.value };
  });
}

export function applyPatch(draft: Draft, ops: PatchOp[], env: PatchEnv): void {
  for (const op of ops) {
    const segments = op.path.split("/").slice(1);
    const head = (segments[0] ?? "").toLowerCase();
    if (head === "rev" && segments.length === 1) applyRev(draft, op);
    else if (head === "fields" && segments.length === 2) applyField(draft, op, segments[1], env);
    else if (head === "relations") applyRelation(draft, op, segments.slice(1));
    else if (head === "id" && segments.length === 1 && op.op !== "test") continue;
    else
      throw badRequest(
        "PatchOperationFailedException",
        `The path '${op.path}' is not valid for a work item patch.`,
      );
  }
}

function applyRev(draft: Draft, op: PatchOp): void {
  if (op.op !== "test")
    throw badRequest("PatchOperationFailedException", `Operation '${op.op}' is not supported on path /rev.`);
  if (Number(op.value) !== draft.rev || op.value === null || op.value === "")
    throw new ApiError(
      412,
      "TestPatchOperationFailedException",
      "VS403351: Test Operation for path /rev failed",
    );
}

function applyField(draft: Draft, op: PatchOp, name: string, env: PatchEnv): void {
  const def = findField(name);
  if (!def)
    throw badRequest("WorkItemFieldInvalidException", `TF51535: Cannot find field ${name}.`, {
      customProperties: { FieldReferenceName: name },
    });
  const ref = def.referenceName;
  if (op.op === "test") {
    if (!sameValue(draft.fields[ref], op.value))
      throw new ApiError(
        412,
        "TestPatchOperationFailedException",
        `VS403351: Test Operation for path /fields/${ref} failed`,
      );
    return;
  }
  if (def.readOnly && !(def.bypassable && env.bypassRules))
    throw badRequest(
      "RuleValidationException",
      `TF401326: Invalid field status 'ReadOnly' for field '${ref}'.`,
    );
  draft.explicit.add(ref);
  if (def.type === "history") {
    draft.history = op.op === "remove" ? undefined : String(env.normalize(def, op.value) ?? "");
    return;
  }
  const value = op.op === "remove" ? undefined : env.normalize(def, op.value);
  if (value === undefined) delete draft.fields[ref];
  else draft.fields[ref] = value;
}

function applyRelation(draft: Draft, op: PatchOp, rest: string[]): void {
  const indexText = rest[0] ?? "";
  if (indexText === "-" && rest.length === 1 && op.op === "add") {
    draft.relations.push(relationFrom(op.value));
    return;
  }
  const index = Number(indexText);
  if (!/^\d+$/.test(indexText) || index >= draft.relations.length)
    throw badRequest(
      "PatchOperationFailedException",
      `Relation index '${indexText}' is out of range for path /relations/${rest.join("/")}.`,
    );
  if (rest.length === 1) {
    if (op.op === "remove") draft.relations.splice(index, 1);
    else if (op.op === "test") {
      if (JSON.stringify(draft.relations[index]) !== JSON.stringify(op.value))
        throw new ApiError(
          412,
          "TestPatchOperationFailedException",
          `VS403351: Test Operation for path /relations/${index} failed`,
        );
    } else draft.relations[index] = relationFrom(op.value);
    return;
  }
  if (rest.length === 3 && rest[1].toLowerCase() === "attributes" && op.op !== "test") {
    const current = draft.relations[index];
    const attributes = { ...current.attributes };
    if (op.op === "remove") delete attributes[rest[2]];
    else attributes[rest[2]] = op.value;
    draft.relations[index] = { ...current, attributes };
    return;
  }
  throw badRequest(
    "PatchOperationFailedException",
    `The path '/relations/${rest.join("/")}' is not supported.`,
  );
}

function relationFrom(value: unknown): Relation {
  const v = (value ?? {}) as Record<string, unknown>;
  if (typeof v.rel !== "string" || !v.rel || typeof v.url !== "string" || !v.url)
    throw badRequest("PatchOperationFailedException", "A relation needs a 'rel' and a 'url'.");
  const attributes = v.attributes && typeof v.attributes === "object" ? { ...(v.attributes as object) } : {};
  return { rel: v.rel, url: v.url, attributes };
}

function sameValue(current: FieldValue | undefined, expected: unknown): boolean {
  if (current === undefined) return expected === null || expected === undefined || expected === "";
  if (current instanceof Date) return current.getTime() === new Date(String(expected)).getTime();
  if (typeof current === "object") {
    const user = userById(current.id);
    const probe =
      typeof expected === "object" && expected ? (expected as { id?: string }).id : String(expected);
    return [current.id, current.uniqueName, current.displayName, user ? displayForm(user) : ""]
      .map((s) => s.toLowerCase())
      .includes(String(probe).toLowerCase());
  }
  return String(current) === String(expected);
}
