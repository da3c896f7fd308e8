/**
 * Recursive-descent parser for the flat WIQL subset:
 *   SELECT [f], … FROM WorkItems [WHERE expr] [ORDER BY [f] [ASC|DESC], …]
 *   expr := term (OR term)* ; term := factor (AND factor)* ; factor := NOT factor | ( expr ) | condition
 * Anything outside the subset is a 400 that names the construct, never a silent mis-answer.
 */
import { type FieldDef, findField } from "../model/fields";
import { type CompareOp, type Expr, type Query, type Value } from "./ast";
import { type Token, tokenize, wiqlError } from "./tokenizer";

const SUPPORTED_MACROS = new Set(["@project", "@me", "@today"]);

export function parseWiql(source: string): Query {
  return new Parser(tokenize(source)).query();
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)];
  }
  private next(): Token {
    return this.tokens[this.i++];
  }
  private isWord(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === "word" && t.text.toUpperCase() === word;
  }
  private expectWord(word: string): void {
    if (!this.isWord(word)) throw this.unexpected(`expected ${word}`);
    this.i++;
  }
  private unexpected(what: string) {
    const t = this.peek();
    return wiqlError(
      `TF51006: The query statement is not valid: ${what}, found '${t.kind === "eof" ? "end of query" : t.text}' at position ${t.pos}.`,
    );
  }

  query(): Query {
    this.expectWord("SELECT");
    if (this.peek().kind === "op" && this.peek().text === "*") throw this.unexpected("SELECT * is not WIQL");
    const select = [this.field()];
    while (this.peek().kind === ",") {
      this.i++;
      select.push(this.field());
    }
    this.expectWord("FROM");
    const source = this.next();
    if (source.kind === "word" && /^workitemlinks$/i.test(source.text))
      throw wiqlError(
        "The emulator answers flat queries only: FROM WorkItemLinks (tree/one-hop) is not supported.",
      );
    if (!(source.kind === "word" && /^workitems$/i.test(source.text))) {
      this.i--;
      throw this.unexpected("expected WorkItems after FROM");
    }
    let where: Expr | undefined;
    if (this.isWord("WHERE")) {
      this.i++;
      where = this.expr();
    }
    const orderBy: Query["orderBy"] = [];
    if (this.isWord("ORDER")) {
      this.i++;
      this.expectWord("BY");
      do {
        if (orderBy.length) this.i++;
        const field = this.field();
        let descending = false;
        if (this.isWord("ASC")) this.i++;
        else if (this.isWord("DESC")) {
          this.i++;
          descending = true;
        }
        orderBy.push({ field, descending });
      } while (this.peek().kind === ",");
    }
    if (this.isWord("ASOF")) throw wiqlError("ASOF queries are not supported by the emulator.");
    if (this.isWord("MODE")) throw wiqlError("MODE (link queries) is not supported by the emulator.");
    if (this.peek().kind !== "eof") throw this.unexpected("expected end of query");
    return { select, where, orderBy };
  }

  private field(): FieldDef {
    const t = this.next();
    if (t.kind !== "field" && t.kind !== "word") {
      this.i--;
      throw this.unexpected("expected a field name");
    }
    const def = findField(t.text);
    if (!def)
      throw wiqlError(
        `TF51005: The query references a field that does not exist. The error is caused by «${t.text}».`,
      );
    return def;
  }

  private expr(): Expr {
    let left = this.term();
    while (this.isWord("OR")) {
      this.i++;
      left = { kind: "or", left, right: this.term() };
    }
    return left;
  }

  private term(): Expr {
    let left = this.factor();
    while (this.isWord("AND")) {
      this.i++;
      left = { kind: "and", left, right: this.factor() };
    }
    return left;
  }

  private factor(): Expr {
    if (this.isWord("NOT")) {
      this.i++;
      return { kind: "not", expr: this.factor() };
    }
    if (this.peek().kind === "(") {
      this.i++;
      const inner = this.expr();
      if (this.next().kind !== ")") {
        this.i--;
        throw this.unexpected("expected ')'");
      }
      return inner;
    }
    return this.condition();
  }

  private condition(): Expr {
    const ever = this.isWord("EVER");
    if (ever) this.i++;
    const field = this.field();
    const t = this.peek();
    if (t.kind === "op" && ["=", "<>", ">", "<", ">=", "<="].includes(t.text)) {
      this.i++;
      if (this.peek().kind === "field")
        throw wiqlError("Field-to-field comparisons are not supported by the emulator.");
      return { kind: "compare", field, op: t.text as CompareOp, value: this.value(), ever };
    }
    if (ever) throw this.unexpected("EVER supports comparison operators only");
    let negate = false;
    if (this.isWord("NOT")) {
      negate = true;
      this.i++;
    }
    if (this.isWord("IN")) {
      this.i++;
      if (this.isWord("GROUP")) throw wiqlError("IN GROUP is not supported by the emulator.");
      if (this.next().kind !== "(") {
        this.i--;
        throw this.unexpected("expected '(' after IN");
      }
      const values = [this.value()];
      while (this.peek().kind === ",") {
        this.i++;
        values.push(this.value());
      }
      if (this.next().kind !== ")") {
        this.i--;
        throw this.unexpected("expected ')' to close IN");
      }
      return { kind: "in", field, values, negate };
    }
    if (this.isWord("CONTAINS")) {
      this.i++;
      const words = this.isWord("WORDS");
      if (words) this.i++;
      return { kind: "contains", field, value: this.value(), words, negate };
    }
    if (this.isWord("UNDER")) {
      this.i++;
      if (field.type !== "treePath")
        throw wiqlError(`UNDER can only be used with tree path fields, not [${field.referenceName}].`);
      return { kind: "under", field, value: this.value(), negate };
    }
    if (!negate && this.isWord("IS")) {
      this.i++;
      const isNot = this.isWord("NOT");
      if (isNot) this.i++;
      this.expectWord("EMPTY");
      return { kind: "empty", field, negate: isNot };
    }
    if (this.isWord("IN") || this.isWord("WAS") || this.isWord("EVER"))
      throw wiqlError(`The operator '${this.peek().text}' is not supported by the emulator.`);
    throw this.unexpected("expected an operator");
  }

  private value(): Value {
    const t = this.next();
    if (t.kind === "string") return { kind: "literal", value: t.text };
    if (t.kind === "number") return { kind: "literal", value: Number(t.text) };
    if (t.kind === "op" && t.text === "-" && this.peek().kind === "number")
      return { kind: "literal", value: -Number(this.next().text) };
    if (t.kind === "macro") {
      if (!SUPPORTED_MACROS.has(t.text))
        throw wiqlError(
          `The macro ${t.text} is not supported by the emulator (supported: @project, @me, @today).`,
        );
      return { kind: "macro", name: t.text, offset: t.text === "@today" ? this.todayOffset() : 0 };
    }
    this.i--;
    throw this.unexpected("expected a value");
  }

  /** `@today - 7`, `@today + 1` or `@today(-7)`. */
  private todayOffset(): number {
    const t = this.peek();
    if (t.kind === "op" && (t.text === "-" || t.text === "+") && this.peek(1).kind === "number") {
      this.i += 2;
      return (t.text === "-" ? -1 : 1) * Number(this.peek(-1).text);
    }
    if (t.kind === "(") {
      this.i++;
      let sign = 1;
      if (this.peek().kind === "op" && (this.peek().text === "-" || this.peek().text === "+")) {
        sign = this.next().text === "-" ? -1 : 1;
      }
      const n = this.next();
      if (n.kind !== "number" || this.next().kind !== ")") throw this.unexpected("expected @today(±n)");
      return sign * Number(n.text);
    }
    return 0;
  }
}
