/**
 * The bench's one table, as Markdown (the README section shows the same table): every figure a median
 * over the runs, with its budget and whether it holds.
 */
import { type BudgetResult, formatAmount, formatBytes, LARGE_DESK, LARGE_DESK_CLOSED_SHARE } from "./budgets";
import { ratio, type Sample } from "./stats";

export interface Row {
  figure: string;
  median: string;
  budget: string;
}

/** The contributions whose first load is weighed, in table order. */
export const WEIGHED: { key: string; label: string }[] = [
  { key: "requestPanel", label: "request panel" },
  { key: "taskPanel", label: "task panel" },
  { key: "hub", label: "hub" },
  { key: "settingsHub", label: "settings hub" },
  { key: "notifyDialog", label: "notify-client dialog" },
  { key: "newRequestPanel", label: "new-request panel" },
];

export const ACTIONS: { key: string; label: string }[] = [
  { key: "acknowledge", label: "Acknowledge" },
  { key: "createStaffTask", label: "Create staff task" },
  { key: "completeTask", label: "Complete task" },
  { key: "notifyClient", label: "Notify client" },
  { key: "closeRequest", label: "Close request" },
];

export const HUB_SIZES = [50, 5000, 20000, LARGE_DESK];

const ms = (v: number | undefined) =>
  v === undefined ? "n/a" : `${Math.round(v).toLocaleString("en-US")} ms`;
const bytes = (v: number | undefined) => (v === undefined ? "n/a" : formatBytes(v));
const count = (v: number | undefined) =>
  v === undefined ? "n/a" : Number.isInteger(v) ? String(v) : v.toFixed(1);
const seconds = (v: number | undefined) => (v === undefined ? "n/a" : `${Math.round(v / 1000)} s`);
const times = (v: number | undefined) => (v === undefined ? "n/a" : `${v.toFixed(1)}×`);

/** "✓ ≤ 150 KB" / "✗ MISSED ≤ 150 KB" for the budgets of the given keys, joined. */
function budgetCell(results: BudgetResult[], ...keys: string[]): string {
  return results
    .filter((r) => keys.includes(r.budget.key))
    .map((r) => {
      const what =
        r.budget.unit === "fonts" ? "no unused icon font" : `≤ ${formatAmount(r.budget.max, r.budget.unit)}`;
      return `${r.ok ? "✓" : "✗ MISSED"} ${what}`;
    })
    .join("; ");
}

/**
 * The rows of the table. `hubRuns(size)` says in how many of the runs a hub size was measured, so a
 * figure taken fewer times than the rest says so.
 */
export function tableRows(
  f: Sample,
  budgets: BudgetResult[],
  hubRuns?: { runs: number; of(size: number): number },
): Row[] {
  const rows: Row[] = [];
  for (const { key, label } of WEIGHED) {
    const w = (part: string) => f[`weight.${key}.${part}`];
    if (w("raw") === undefined) continue;
    rows.push({
      figure: `Weight, ${label} (first load)`,
      median: `${bytes(w("raw"))} raw, ${bytes(w("gzip"))} gzip (JS ${bytes(w("js"))}, CSS ${bytes(w("css"))}, fonts ${bytes(w("font"))})`,
      budget: budgetCell(budgets, `weight.${key}.gzip`, `weight.${key}.undisplayedFonts`),
    });
  }
  for (const [key, label] of [
    ["requestPanel", "request panel"],
    ["taskPanel", "task panel"],
  ]) {
    rows.push({
      figure: `Round trips, ${label} load`,
      median: `${count(f[`load.${key}.callsBeforeReady`])} before its actions are enabled, ${count(f[`load.${key}.calls`])} in all`,
      budget: budgetCell(budgets, `load.${key}.callsBeforeReady`),
    });
  }
  for (const { key, label } of ACTIONS)
    rows.push({
      figure: `Round trips, ${label}`,
      median: `${count(f[`actions.${key}.calls`])} (${ms(f[`actions.${key}.ms`])} click to outcome)`,
      budget: budgetCell(budgets, `actions.${key}.calls`),
    });
  for (const [key, label] of [
    ["requestPanel", "request panel"],
    ["taskPanel", "task panel"],
  ])
    rows.push({ figure: `Time to interactive, ${label}`, median: ms(f[`load.${key}.tti`]), budget: "" });
  for (const size of HUB_SIZES) {
    const h = (part: string) => f[`hub.${size}.${part}`];
    if (h("firstRows") === undefined) continue;
    const runs = hubRuns?.of(size) ?? 0;
    const fewer = hubRuns && runs < hubRuns.runs ? ` (${runs} run${runs === 1 ? "" : "s"})` : "";
    const closedNote =
      size >= LARGE_DESK ? ` (${(size * LARGE_DESK_CLOSED_SHARE).toLocaleString("en-US")} closed)` : "";
    rows.push({
      figure: `Time to interactive, hub with ${size.toLocaleString("en-US")} requests${closedNote}${fewer}`,
      median: `first rows ${ms(h("firstRows"))}, full counts ${h("fullCounts") === undefined && h("countsGaveUpMs") !== undefined ? `not within ${ms(h("countsGaveUpMs"))}` : ms(h("fullCounts"))}${h("closedCounted") === undefined ? "" : `, closed counted ${ms(h("closedCounted"))}`}, JS heap ${bytes(h("heap"))}, ${count(h("calls"))} REST calls`,
      budget: budgetCell(budgets, `hub.${size}.firstRows`, `hub.${size}.fullCounts`, `hub.${size}.heap`),
    });
  }
  // The large desk against the 20,000 point of the same run: machine speed cancels out of a ratio.
  const big = (part: string) => ratio(f[`hub.${LARGE_DESK}.${part}`], f[`hub.20000.${part}`]);
  if (big("firstRows") !== undefined)
    rows.push({
      figure: `Hub with ${LARGE_DESK.toLocaleString("en-US")} requests ÷ 20,000, same run`,
      median: `first rows ${times(big("firstRows"))}, full counts ${times(big("fullCounts"))}, JS heap ${times(big("heap"))}, REST calls ${times(big("calls"))}`,
      budget: "",
    });
  for (const [key, label] of [
    ["extension", "with the extension"],
    ["manual", "by hand"],
  ]) {
    const r = (part: string) => f[`routine.${key}.${part}`];
    rows.push({
      figure: `Seed routine ${label}`,
      median: `${count(r("interactions"))} interactions (${count(r("clicks"))} clicks, ${count(r("fields"))} fields typed, ${count(r("chars"))} characters), ${count(r("calls"))} REST calls (${count(r("writes"))} writes), ${ms(r("ms"))} driven, about ${seconds(r("personMs"))} for a person`,
      budget: "",
    });
  }
  const ratioOf = (part: string) => ratio(f[`routine.manual.${part}`], f[`routine.extension.${part}`]);
  rows.push({
    figure: "Seed routine, by hand ÷ with the extension",
    median: `interactions ${times(ratioOf("interactions"))}, characters ${times(ratioOf("chars"))}, REST calls ${times(ratioOf("calls"))}, writes ${times(ratioOf("writes"))}, time driven ${times(ratioOf("ms"))}, time for a person ${times(ratioOf("personMs"))}`,
    budget: "",
  });
  return rows;
}

/** A Markdown table with padded columns (readable in a terminal too). */
export function formatTable(rows: Row[]): string {
  const header: Row = { figure: "Figure", median: "Median", budget: "Budget" };
  const cells = (r: Row) => [r.figure, r.median, r.budget].map((c) => c.replace(/\|/g, "\\|"));
  const all = [header, ...rows].map(cells);
  const widths = [0, 1, 2].map((i) => Math.max(3, ...all.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(" | ")} |`;
  return [line(all[0]), line(widths.map((w) => "-".repeat(w))), ...all.slice(1).map(line)].join("\n");
}
