/** Medians and ratios of bench samples: the machine is noisy, so every figure reported is a median. */

/** The median of the numbers given (mean of the middle two for an even count); undefined for none. */
export function median(values: number[]): number | undefined {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One flat record of named figures per run. */
export type Sample = Record<string, number>;

/** The median of every figure over the runs; a figure missing from some runs is the median of the rest. */
export function medians(samples: Sample[]): Sample {
  const keys = [...new Set(samples.flatMap((s) => Object.keys(s)))];
  const out: Sample = {};
  for (const key of keys) {
    const m = median(samples.map((s) => s[key]).filter((v) => v !== undefined));
    if (m !== undefined) out[key] = m;
  }
  return out;
}

/** a / b, or undefined when either is missing or b is 0. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || b === 0) return undefined;
  return a / b;
}
