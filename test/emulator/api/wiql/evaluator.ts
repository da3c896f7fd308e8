/** Runs a parsed WIQL query over the store, as a given user (items they cannot read are left out). */
import { type FieldDef } from "../model/fields";
import { displayForm, resolveIdentity, type SeedUser } from "../model/identities";
import { type FieldValue, type IdentityRef, type WorkItemRecord } from "../model/types";
import { splitTags } from "../store/fieldValues";
import { type Store } from "../store/store";
import { type Expr, type Query, type Value } from "./ast";
import { wiqlError } from "./tokenizer";

export interface EvalContext {
  store: Store;
  user: SeedUser;
  projectName?: string;
  timePrecision: boolean;
}

type Predicate = (item: WorkItemRecord) => boolean;
/** A literal turned into what a field's values are compared with. */
type Operand = number | string | { identities: Set<string> } | undefined;

export function runQuery(query: Query, ctx: EvalContext): WorkItemRecord[] {
  const predicate = query.where ? compile(query.where, ctx) : () => true;
  const matches: WorkItemRecord[] = [];
  for (const item of ctx.store.items.values()) {
    if (ctx.store.canRead(ctx.user, item) && predicate(item)) matches.push(item);
  }
  const order = [
    ...query.orderBy,
    { field: { referenceName: "System.Id", type: "integer" } as FieldDef, descending: false },
  ];
  const keyed = matches.map((item) => ({
    item,
    keys: order.map((o) => sortKey(fieldOf(ctx.store, item, o.field), o.field)),
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < order.length; i++) {
      const c = compareKeys(a.keys[i], b.keys[i]);
      if (c) return order[i].descending ? -c : c;
    }
    return 0;
  });
  return keyed.map((k) => k.item);
}

function fieldOf(store: Store, item: WorkItemRecord, field: FieldDef, fields = store.current(item).fields) {
  return field.referenceName === "System.Id" ? item.id : fields[field.referenceName];
}

function compile(expr: Expr, ctx: EvalContext): Predicate {
  switch (expr.kind) {
    case "and": {
      const l = compile(expr.left, ctx);
      const r = compile(expr.right, ctx);
      return (item) => l(item) && r(item);
    }
    case "or": {
      const l = compile(expr.left, ctx);
      const r = compile(expr.right, ctx);
      return (item) => l(item) || r(item);
    }
    case "not": {
      const inner = compile(expr.expr, ctx);
      return (item) => !inner(item);
    }
    case "empty":
      return (item) => {
        const v = fieldOf(ctx.store, item, expr.field);
        return (v === undefined || v === "") !== expr.negate;
      };
    case "in": {
      const operands = expr.values.map((v) => operand(expr.field, v, ctx));
      return (item) => {
        const v = fieldOf(ctx.store, item, expr.field);
        return operands.some((o) => equals(v, o, ctx)) !== expr.negate;
      };
    }
    case "under": {
      const path = String(operand(expr.field, expr.value, ctx) ?? "");
      return (item) => {
        const v = String(fieldOf(ctx.store, item, expr.field) ?? "").toLowerCase();
        return (v === path || v.startsWith(path + "\\")) !== expr.negate;
      };
    }
    case "contains": {
      const needle = String(
        expr.value.kind === "literal" ? expr.value.value : operand(expr.field, expr.value, ctx),
      ).toLowerCase();
      const isTags = expr.field.referenceName === "System.Tags";
      const words = new RegExp(`(^|\\W)${needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|\\W)`, "i");
      return (item) => {
        const v = fieldOf(ctx.store, item, expr.field);
        let hit: boolean;
        if (isTags) hit = splitTags(v).some((t) => t.toLowerCase() === needle);
        else {
          const text = textOf(v);
          hit = expr.words ? words.test(text.replace(/<[^>]*>/g, " ")) : text.toLowerCase().includes(needle);
        }
        return hit !== expr.negate;
      };
    }
    case "compare": {
      const o = operand(expr.field, expr.value, ctx);
      const test = (v: FieldValue | number | undefined): boolean => {
        if (expr.op === "=") return equals(v, o, ctx);
        if (expr.op === "<>") return !equals(v, o, ctx);
        if (v === undefined || o === undefined) return false;
        const c = compareKeys(comparable(v, expr.field, ctx), typeof o === "object" ? "" : o);
        return expr.op === ">" ? c > 0 : expr.op === "<" ? c < 0 : expr.op === ">=" ? c >= 0 : c <= 0;
      };
      if (!expr.ever) return (item) => test(fieldOf(ctx.store, item, expr.field));
      return (item) => item.revisions.some((rev) => test(fieldOf(ctx.store, item, expr.field, rev.fields)));
    }
  }
}

function operand(field: FieldDef, value: Value, ctx: EvalContext): Operand {
  let raw: string | number;
  if (value.kind === "macro") {
    if (value.name === "@me") return { identities: identityKeys(ctx.user) };
    if (value.name === "@project") {
      if (!ctx.projectName) throw wiqlError("The @project macro needs a project in the request URL.");
      raw = ctx.projectName;
    } else {
      const day = new Date();
      day.setUTCHours(0, 0, 0, 0);
      return day.getTime() + value.offset * 86_400_000;
    }
  } else raw = value.value;
  switch (field.type) {
    case "integer":
    case "double": {
      const n = Number(raw);
      if (!Number.isFinite(n))
        throw wiqlError(`TF51006: '${raw}' is not a number for field [${field.referenceName}].`);
      return n;
    }
    case "dateTime": {
      const d = new Date(typeof raw === "number" ? raw : String(raw));
      if (Number.isNaN(d.getTime()))
        throw wiqlError(`TF51006: '${raw}' is not a date for field [${field.referenceName}].`);
      return truncate(d.getTime(), ctx);
    }
    case "identity": {
      const user = resolveIdentity(String(raw));
      return { identities: user ? identityKeys(user) : new Set([String(raw).toLowerCase()]) };
    }
    default:
      return String(raw).toLowerCase();
  }
}

function identityKeys(user: SeedUser): Set<string> {
  return new Set([user.id, user.email, user.displayName, displayForm(user)].map((s) => s.toLowerCase()));
}

function truncate(ms: number, ctx: EvalContext): number {
  if (ctx.timePrecision) return ms;
  const d = new Date(ms);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
}

function equals(v: FieldValue | number | undefined, o: Operand, ctx: EvalContext): boolean {
  if (v === undefined || o === undefined) return v === o || (v === undefined && o === "");
  if (typeof o === "object") {
    if (typeof v !== "object" || v instanceof Date) return false;
    const ref = v as IdentityRef;
    return [ref.id, ref.uniqueName, ref.displayName].some((k) => o.identities.has(k.toLowerCase()));
  }
  if (v instanceof Date) return truncate(v.getTime(), ctx) === o;
  if (typeof v === "number") return v === o;
  if (typeof v === "object") return false;
  return String(v).toLowerCase() === String(o);
}

function comparable(v: FieldValue | number, field: FieldDef, ctx: EvalContext): number | string {
  if (v instanceof Date) return truncate(v.getTime(), ctx);
  return sortKey(v, field) ?? "";
}

function textOf(v: FieldValue | number | undefined): string {
  if (v === undefined) return "";
  if (typeof v === "object" && !(v instanceof Date)) return v.displayName;
  return String(v);
}

function sortKey(v: FieldValue | number | undefined, _field: FieldDef): number | string | undefined {
  if (v === undefined) return undefined;
  if (v instanceof Date) return v.getTime();
  if (typeof v === "number") return v;
  if (typeof v === "object") return v.displayName.toLowerCase();
  return String(v).toLowerCase();
}

function compareKeys(a: number | string | undefined, b: number | string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : 1;
}
