/** Structural comparison: every key of a recorded example exists in the emulator's answer with the same JSON type. */

export type JsonType = "null" | "array" | "object" | "string" | "number" | "boolean";

export const jsonType = (v: unknown): JsonType =>
  v === null || v === undefined ? "null" : Array.isArray(v) ? "array" : (typeof v as JsonType);

export interface ShapeRules {
  /** Paths (like `$.fields` or `$.relations[].attributes`) whose keys are data, not schema: only shared keys compare. */
  dynamic?: RegExp[];
  /** Paths to skip, each with the reason in the caller's comment. */
  ignore?: RegExp[];
}

export function shapeDiff(expected: unknown, actual: unknown, rules: ShapeRules = {}, path = "$"): string[] {
  if (rules.ignore?.some((r) => r.test(path))) return [];
  const te = jsonType(expected);
  const ta = jsonType(actual);
  if (te === "null") return [];
  if (te !== ta) return [`${path}: example has ${te}, emulator has ${ta}`];
  if (te === "array") {
    const e = expected as unknown[];
    const a = actual as unknown[];
    if (!e.length || !a.length) return [];
    const diffs: string[] = [];
    for (const item of a) {
      const candidates = e.map((ex) => shapeDiff(ex, item, rules, `${path}[]`));
      if (!candidates.some((d) => d.length === 0)) diffs.push(...candidates[0]);
    }
    return [...new Set(diffs)];
  }
  if (te !== "object") return [];
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  const dynamic = rules.dynamic?.some((r) => r.test(path));
  const diffs: string[] = [];
  for (const key of Object.keys(e)) {
    if (rules.ignore?.some((r) => r.test(`${path}.${key}`))) continue;
    if (!(key in a)) {
      if (!dynamic) diffs.push(`${path}.${key}: missing in the emulator's answer`);
      continue;
    }
    diffs.push(...shapeDiff(e[key], a[key], rules, `${path}.${key}`));
  }
  return diffs;
}
