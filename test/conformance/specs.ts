/**
 * Microsoft's official specs and recorded examples, vendored in `test/conformance/specs/` (see its README for
 * the source commit and licence). Files keep their byte-order mark, stripped here.
 */
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import * as fs from "fs";
import * as path from "path";

export const SPEC_ROOT = path.join(__dirname, "specs");

/** Spec files vendored into the repository (Microsoft's MIT licence in specs/LICENSE), read first. */
export const VENDORED_ROOT = path.join(__dirname, "specs");

export function readSpecJson<T = unknown>(relative: string): T {
  const vendored = path.join(VENDORED_ROOT, relative);
  const file = fs.existsSync(vendored) ? vendored : path.join(SPEC_ROOT, relative);
  return JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "")) as T;
}

export interface HttpExample {
  parameters: Record<string, unknown>;
  responses: Record<string, { body?: unknown }>;
}

export function example(relative: string): HttpExample {
  return readSpecJson<HttpExample>(relative);
}

/**
 * The .NET `object` type is written as a bare `{"type":"object"}` in these swagger files, yet means "any
 * value" (field values are strings, numbers, identity objects...). Such leaf schemas become `{}`.
 */
function anyForDotNetObject(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(anyForDotNetObject);
  if (!node || typeof node !== "object") return node;
  const o = node as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => k !== "description");
  if (o.type === "object" && keys.length === 1) return {};
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, anyForDotNetObject(v)]));
}

/** Validators for `#/definitions/<name>` of a swagger file, with `$ref`s resolved by ajv. */
export function definitionValidators(
  relative: string,
  overrides: Record<string, object> = {},
): (definition: string) => ValidateFunction {
  const spec = anyForDotNetObject(readSpecJson(relative)) as Record<string, unknown>;
  spec.definitions = { ...(spec.definitions as object), ...overrides };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const f of ["int32", "int64", "double", "float", "byte"]) ajv.addFormat(f, true);
  ajv.addSchema({ $id: "spec", definitions: spec.definitions }, "spec");
  return (definition) => {
    const validate = ajv.getSchema(`spec#/definitions/${definition}`);
    if (!validate) throw new Error(`No definition ${definition} in ${relative}`);
    return validate;
  };
}

/** Expects `value` to satisfy `validate`, showing ajv's errors when it does not. */
export function expectValid(validate: ValidateFunction, value: unknown): void {
  const ok = validate(value);
  expect(ok ? [] : validate.errors).toEqual([]);
}
