/** WIQL tokens: [fields], 'strings' (with '' escapes), numbers, @macros, operators, words. */
import { badRequest } from "../http/errors";

export type TokenKind = "field" | "word" | "string" | "number" | "macro" | "op" | "(" | ")" | "," | "eof";

export interface Token {
  kind: TokenKind;
  text: string;
  pos: number;
}

const OPERATORS = ["<>", "!=", ">=", "<=", "=", "<", ">", "+", "-", ".", "*"];

export function wiqlError(message: string) {
  return badRequest("QuerySyntaxException", message);
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "[") {
      const end = source.indexOf("]", i);
      if (end < 0) throw wiqlError(`TF51004: Unterminated field name at position ${i}: missing ']'.`);
      tokens.push({ kind: "field", text: source.slice(i + 1, end).trim(), pos: i });
      i = end + 1;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      let text = "";
      for (;;) {
        if (j >= source.length) throw wiqlError(`TF51004: Unterminated string literal at position ${i}.`);
        if (source[j] === ch) {
          if (source[j + 1] === ch) {
            text += ch;
            j += 2;
            continue;
          }
          break;
        }
        text += source[j++];
      }
      tokens.push({ kind: "string", text, pos: i });
      i = j + 1;
    } else if (/\d/.test(ch)) {
      const m = /^\d+(\.\d+)?/.exec(source.slice(i))!;
      tokens.push({ kind: "number", text: m[0], pos: i });
      i += m[0].length;
    } else if (ch === "@") {
      const m = /^@[A-Za-z_]\w*/.exec(source.slice(i));
      if (!m) throw wiqlError(`TF51004: Invalid macro at position ${i}.`);
      tokens.push({ kind: "macro", text: m[0].toLowerCase(), pos: i });
      i += m[0].length;
    } else if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ kind: ch, text: ch, pos: i });
      i++;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][\w.]*/.exec(source.slice(i))!;
      tokens.push({ kind: "word", text: m[0], pos: i });
      i += m[0].length;
    } else {
      const op = OPERATORS.find((o) => source.startsWith(o, i));
      if (!op) throw wiqlError(`TF51004: Unexpected character '${ch}' at position ${i}.`);
      tokens.push({ kind: "op", text: op === "!=" ? "<>" : op, pos: i });
      i += op.length;
    }
  }
  tokens.push({ kind: "eof", text: "", pos: source.length });
  return tokens;
}
