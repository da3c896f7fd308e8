/** The verification table, as plain text a person can paste into an issue. */
import type { Row, VerifyResult } from "./checks";

const MARK: Record<Row["status"], string> = {
  held: "held",
  failed: "FAILED",
  "could not be checked": "not checked",
};

/** Wraps `text` at `width`, on spaces where it can. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = "";
    }
    line = line ? `${line} ${word}` : word;
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  return [...lines, line];
}

export function formatReport(result: VerifyResult, target: string): string {
  const a = Math.max(10, ...result.rows.map((r) => r.assumption.length));
  const s = 11;
  const e = 70;
  const rule = `+-${"-".repeat(a)}-+-${"-".repeat(s)}-+-${"-".repeat(e)}-+`;
  const out = [`User Management Desk: verification of ${target}`, rule];
  out.push(`| ${"assumption".padEnd(a)} | ${"result".padEnd(s)} | ${"evidence".padEnd(e)} |`, rule);
  for (const r of result.rows) {
    wrap(r.evidence, e).forEach((line, i) =>
      out.push(
        `| ${(i ? "" : r.assumption).padEnd(a)} | ${(i ? "" : MARK[r.status]).padEnd(s)} | ${line.padEnd(e)} |`,
      ),
    );
  }
  out.push(rule);
  const count = (st: Row["status"]) => result.rows.filter((r) => r.status === st).length;
  out.push(`${count("held")} held, ${count("failed")} failed, ${count("could not be checked")} not checked.`);
  if (result.tidied.length) out.push("", "Removed:", ...result.tidied.map((t) => `  ${t}`));
  if (result.left.length)
    out.push("", "Left behind (closed; delete them when you like):", ...result.left.map((t) => `  ${t}`));
  return out.join("\n");
}
