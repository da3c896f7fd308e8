/** The parsed form of the WIQL subset the emulator answers. */
import { type FieldDef } from "../model/fields";

export type Value =
  { kind: "literal"; value: string | number } | { kind: "macro"; name: string; offset: number };

export type CompareOp = "=" | "<>" | ">" | "<" | ">=" | "<=";

export type Expr =
  | { kind: "and" | "or"; left: Expr; right: Expr }
  | { kind: "not"; expr: Expr }
  | { kind: "compare"; field: FieldDef; op: CompareOp; value: Value; ever: boolean }
  | { kind: "in"; field: FieldDef; values: Value[]; negate: boolean }
  | { kind: "contains"; field: FieldDef; value: Value; words: boolean; negate: boolean }
  | { kind: "under"; field: FieldDef; value: Value; negate: boolean }
  | { kind: "empty"; field: FieldDef; negate: boolean };

export interface Query {
  select: FieldDef[];
  where?: Expr;
  orderBy: { field: FieldDef; descending: boolean }[];
}
