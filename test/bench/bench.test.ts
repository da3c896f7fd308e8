/** The bench's own pure parts: medians, budget checks, the table and the options. */
import { BUDGETS, checkBudgets, formatBytes, KB, missedBudgets } from "./budgets";
import { parseOptions } from "./options";
import { formatTable, tableRows } from "./report";
import { frameOwner } from "./session";
import { median, medians, ratio } from "./stats";

describe("median and ratios", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
    expect(median([Number.NaN, 7])).toBe(7);
  });

  it("gives the median of every figure over the runs, a figure missing from a run from the others", () => {
    expect(medians([{ a: 1, b: 10 }, { a: 3 }, { a: 2, b: 20 }])).toEqual({ a: 2, b: 15 });
  });

  it("divides only when both sides exist and the divisor is not zero", () => {
    expect(ratio(6, 3)).toBe(2);
    expect(ratio(6, 0)).toBeUndefined();
    expect(ratio(undefined, 3)).toBeUndefined();
  });
});

describe("budgets", () => {
  const passing = Object.fromEntries(BUDGETS.map((b) => [b.key, b.max]));

  it("holds at exactly the budget and is missed one over", () => {
    expect(checkBudgets(passing).every((r) => r.ok)).toBe(true);
    const over = { ...passing, "weight.hub.gzip": 250 * KB + 1 };
    const results = checkBudgets(over);
    expect(results.filter((r) => !r.ok).map((r) => r.budget.key)).toEqual(["weight.hub.gzip"]);
    expect(missedBudgets(results)).toEqual(["Hub weight, gzip: 250.0 KB (budget ≤ 250.0 KB)"]);
  });

  it("counts a figure that was not measured as missed", () => {
    const { ["actions.acknowledge.calls"]: _dropped, ...rest } = passing;
    const missed = missedBudgets(checkBudgets(rest));
    expect(missed).toEqual(["Acknowledge, REST calls: not measured (budget ≤ 1 call)"]);
  });

  it("checks the large desk's budgets only when it was measured", () => {
    const { ["hub.100000.heap"]: _heap, ...rest } = passing;
    expect(missedBudgets(checkBudgets(rest))).toEqual([]);
    expect(missedBudgets(checkBudgets({ ...passing, "hub.100000.fullCounts": 3001 }))).toEqual([
      "Hub with 100,000 requests, full counts: 3,001 ms (budget ≤ 3,000 ms)",
    ]);
  });

  it("covers every budget the issue sets", () => {
    const byKey = Object.fromEntries(BUDGETS.map((b) => [b.key, b.max]));
    expect(byKey).toEqual({
      "weight.requestPanel.gzip": 150 * KB,
      "weight.taskPanel.gzip": 150 * KB,
      "weight.hub.gzip": 250 * KB,
      "weight.requestPanel.undisplayedFonts": 0,
      "weight.taskPanel.undisplayedFonts": 0,
      "actions.acknowledge.calls": 1,
      "actions.createStaffTask.calls": 1,
      "actions.completeTask.calls": 2,
      "actions.notifyClient.calls": 2,
      "actions.closeRequest.calls": 1,
      "load.requestPanel.callsBeforeReady": 3,
      "load.taskPanel.callsBeforeReady": 4,
      "hub.100000.firstRows": 1500,
      "hub.100000.fullCounts": 3000,
      "hub.100000.heap": 80 * KB * KB,
    });
  });

  it("writes sizes in B, KB and MB", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(150 * KB)).toBe("150.0 KB");
    expect(formatBytes(3 * KB * KB)).toBe("3.00 MB");
  });
});

describe("the table", () => {
  const figures = {
    "weight.requestPanel.raw": 500 * KB,
    "weight.requestPanel.gzip": 140 * KB,
    "weight.requestPanel.js": 400 * KB,
    "weight.requestPanel.css": 100 * KB,
    "weight.requestPanel.font": 0,
    "weight.requestPanel.undisplayedFonts": 1,
    "load.requestPanel.callsBeforeReady": 7,
    "load.requestPanel.calls": 8,
    "routine.extension.interactions": 10,
    "routine.manual.interactions": 40,
    "routine.extension.ms": 2000,
    "routine.manual.ms": 5000,
  };
  const rows = tableRows(figures, checkBudgets(figures));

  it("shows each figure with its budget and whether it holds", () => {
    const weight = rows.find((r) => r.figure === "Weight, request panel (first load)")!;
    expect(weight.median).toBe("500.0 KB raw, 140.0 KB gzip (JS 400.0 KB, CSS 100.0 KB, fonts 0 B)");
    expect(weight.budget).toBe("✓ ≤ 150.0 KB; ✗ MISSED no unused icon font");
    const load = rows.find((r) => r.figure === "Round trips, request panel load")!;
    expect(load.median).toBe("7 before its actions are enabled, 8 in all");
    expect(load.budget).toBe("✗ MISSED ≤ 3 calls");
    expect(rows.find((r) => r.figure === "Seed routine, by hand ÷ with the extension")!.median).toContain(
      "interactions 4.0×",
    );
  });

  it("leaves out contributions that were not weighed and says n/a for missing figures", () => {
    expect(rows.some((r) => r.figure.includes("settings hub"))).toBe(false);
    expect(rows.find((r) => r.figure === "Round trips, Acknowledge")!.median).toBe(
      "n/a (n/a click to outcome)",
    );
  });

  it("says when the hub's full counts did not come within the time the bench waits", () => {
    const hub = {
      "hub.20000.firstRows": 5000,
      "hub.20000.countsGaveUpMs": 600_000,
      "hub.20000.heap": 2 * KB * KB,
    };
    const row = tableRows(hub, [], { runs: 3, of: () => 1 }).find((r) => r.figure.includes("20,000"))!;
    expect(row.figure).toBe("Time to interactive, hub with 20,000 requests (1 run)");
    expect(row.median).toBe(
      "first rows 5,000 ms, full counts not within 600,000 ms, JS heap 2.00 MB, n/a REST calls",
    );
  });

  it("is a Markdown table with aligned columns and escaped pipes", () => {
    const text = formatTable([{ figure: "a|b", median: "1", budget: "" }]);
    const lines = text.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\| Figure +\| Median +\| Budget +\|$/);
    expect(lines[1]).toMatch(/^\| -+ \| -+ \| -+ \|$/);
    expect(lines[2]).toContain("a\\|b");
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});

describe("options", () => {
  it("defaults to 3 runs and the issue's hub sizes", () => {
    expect(parseOptions([], {})).toEqual({
      runs: 3,
      hubSizes: [50, 5000, 20000, 100000],
      scaleRuns: 1,
      out: "bench-results.json",
    });
  });

  it("reads flags before the environment", () => {
    expect(
      parseOptions(["--runs", "5", "--hub-sizes=50,500", "--scale-runs", "2", "--out", "x.json"], {
        BENCH_RUNS: "2",
      }),
    ).toEqual({ runs: 5, hubSizes: [50, 500], scaleRuns: 2, out: "x.json" });
    expect(parseOptions([], { BENCH_RUNS: "2", BENCH_HUB_SIZES: "100" })).toMatchObject({
      runs: 2,
      hubSizes: [100],
    });
  });

  it("refuses what it cannot use, saying why", () => {
    expect(() => parseOptions(["--runs", "0"], {})).toThrow(
      '--runs must be a whole number above 0, not "0".',
    );
    expect(() => parseOptions(["--fast"], {})).toThrow('Unknown option "--fast".');
    expect(() => parseOptions(["--runs"], {})).toThrow("--runs needs a value.");
  });
});

describe("request attribution", () => {
  const ext = "http://127.0.0.1:4000/";
  it("names the contribution of an extension frame and calls everything else the host", () => {
    expect(frameOwner(`${ext}dist/web/work-item-panel/index.html`, ext)).toBe("work-item-panel");
    expect(frameOwner("http://localhost:3000/fabrikam/Client%20Services/_workitems/edit/1", ext)).toBe(
      "host",
    );
  });
});
