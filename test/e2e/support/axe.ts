/**
 * axe-core, the real library, run inside a page or a contribution's frame. The source is evaluated through
 * the DevTools protocol (Playwright's evaluate), so it needs no script tag and no change to a page's CSP.
 */
import * as fs from "fs";
import type { Frame, Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** The WCAG 2.0 and 2.1 A and AA rules: what the bar (WCAG 2.1 AA) covers. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Every WCAG 2.1 A/AA violation axe finds in the scope's document, with where and why. */
export async function axeViolations(scope: Page | Frame): Promise<AxeViolation[]> {
  const loaded = await scope.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  if (!loaded) await scope.evaluate(`${AXE_SOURCE}\n;void 0;`);
  return scope.evaluate(async (tags) => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; html: string; failureSummary?: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(" "),
        html: n.html.slice(0, 200),
        summary: n.failureSummary ?? "",
      })),
    }));
  }, TAGS);
}

/** The violations a user is blocked or badly hindered by: axe's "serious" and "critical". */
export function seriousViolations(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** One line per violation and node, for a failure message a person can act on. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target} — ${n.summary}`))
    .join("\n");
}
