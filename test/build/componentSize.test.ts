/**
 * Small components: a React component (a function in src/ named in PascalCase, or a hook named useXxx)
 * stays under about 120 lines, so state and effects live in hooks and each file keeps one job. The test
 * reads the sources with TypeScript's parser, so a rename or a move cannot slip a long function past it.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

import { filesUnder } from "./filesUnder";

const SRC = path.resolve(__dirname, "../../src");
const LIMIT = 120;

interface Measured {
  name: string;
  file: string;
  lines: number;
}

/** Each named component or hook in `text` with its length in lines (from its first line to its last). */
export function componentLengths(file: string, text: string): Measured[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Measured[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node) => {
    let name: string | undefined;
    if (ts.isFunctionDeclaration(node) && node.name) name = node.name.text;
    else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    )
      name = node.name.text;
    if (name && (/^[A-Z]/.test(name) || /^use[A-Z]/.test(name))) {
      found.push({ name, file, lines: lineOf(node.getEnd()) - lineOf(node.getStart(source)) + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

it("finds a component's length, so the limit below measures something", () => {
  const body = Array.from({ length: 130 }, (_, i) => `  const v${i} = ${i};`).join("\n");
  const text = `export function Long() {\n${body}\n  return null;\n}\nconst useShort = () => 1;\n`;
  expect(componentLengths("x.tsx", text)).toEqual([
    { name: "Long", file: "x.tsx", lines: 133 },
    { name: "useShort", file: "x.tsx", lines: 1 },
  ]);
});

it(`no component or hook in src/ is over ${LIMIT} lines`, () => {
  const long = filesUnder(SRC, /\.tsx?$/)
    .flatMap((f) => componentLengths(path.relative(SRC, f), fs.readFileSync(f, "utf8")))
    .filter((m) => m.lines > LIMIT)
    .map((m) => `${m.file}: ${m.name} is ${m.lines} lines`);
  expect(long).toEqual([]);
});
