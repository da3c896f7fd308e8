/**
 * Passes on the latest of many calls at most once per interval: the first call at once (the first rows show
 * without delay), later ones at the end of the interval with only the newest arguments (earlier ones are
 * superseded, never queued). `flush` delivers a pending call now, so the last batch of a load is never
 * dropped nor kept waiting; `cancel` drops it (the load was replaced or the view went away).
 */
export interface Throttled<A extends unknown[]> {
  (...args: A): void;
  /** Delivers the pending call, if any, now. */
  flush(): void;
  /** Drops the pending call, if any. */
  cancel(): void;
}

export interface Timers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function throttleLatest<A extends unknown[]>(
  deliver: (...args: A) => void,
  intervalMs: number,
  timers: Timers = realTimers,
): Throttled<A> {
  let pending: { args: A } | undefined;
  let timer: unknown;
  let last = -Infinity;
  const run = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    const call = pending;
    pending = undefined;
    if (!call) return;
    last = timers.now();
    deliver(...call.args);
  };
  const throttled = (...args: A) => {
    pending = { args };
    const wait = last + intervalMs - timers.now();
    if (wait <= 0) run();
    else if (timer === undefined) timer = timers.setTimeout(run, wait);
  };
  throttled.flush = run;
  throttled.cancel = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  return throttled;
}
