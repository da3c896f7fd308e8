/** Command-line options of `npm run bench` (npm passes what follows `--`), with environment fallbacks. */

export interface BenchOptions {
  runs: number;
  hubSizes: number[];
  /** Hub sizes above SCALE_THRESHOLD load for minutes: they are measured in the first `scaleRuns` runs only. */
  scaleRuns: number;
  out: string;
}

export const SCALE_THRESHOLD = 1000;

export const USAGE = `npm run bench [-- --runs N] [--hub-sizes 50,5000,20000] [--scale-runs N] [--out file]
  --runs        how many times each measurement runs; the table shows medians (env BENCH_RUNS, default 3)
  --hub-sizes   hub scale points, in requests (env BENCH_HUB_SIZES, default 50,5000,20000,100000;
                100,000 and above are seeded 95 % closed, a desk that has run for years)
  --scale-runs  runs that also load the hub sizes above 1,000 (env BENCH_SCALE_RUNS, default 1)
  --out         where the JSON results go (default bench-results.json at the repository root)`;

const positiveInt = (value: string, what: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${what} must be a whole number above 0, not "${value}".`);
  return n;
};

export function parseOptions(argv: string[], env: Record<string, string | undefined>): BenchOptions {
  const options: BenchOptions = {
    runs: positiveInt(env.BENCH_RUNS ?? "3", "BENCH_RUNS"),
    hubSizes: (env.BENCH_HUB_SIZES ?? "50,5000,20000,100000")
      .split(",")
      .map((s) => positiveInt(s.trim(), "BENCH_HUB_SIZES")),
    scaleRuns: positiveInt(env.BENCH_SCALE_RUNS ?? "1", "BENCH_SCALE_RUNS"),
    out: "bench-results.json",
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value.\n${USAGE}`);
      return v;
    };
    if (flag === "--runs") options.runs = positiveInt(value(), "--runs");
    else if (flag === "--hub-sizes")
      options.hubSizes = value()
        .split(",")
        .map((s) => positiveInt(s.trim(), "--hub-sizes"));
    else if (flag === "--scale-runs") options.scaleRuns = positiveInt(value(), "--scale-runs");
    else if (flag === "--out") options.out = value();
    else throw new Error(`Unknown option "${argv[i]}".\n${USAGE}`);
  }
  return options;
}
