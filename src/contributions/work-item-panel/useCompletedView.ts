import * as React from "react";

import { describeError } from "../../ado/restErrors";

/**
 * Shows a view at once and swaps in its completed form (history, the client's membership) when that has
 * been read. `ensure()` is what an action waits for: the completed view, or the reason it could not be read.
 */
export function useCompletedView<V>(
  view: V,
  complete: (() => Promise<V>) | undefined,
): { current: V; problem: string | undefined; ensure(): Promise<V> } {
  const [current, setCurrent] = React.useState(view);
  const [problem, setProblem] = React.useState<string | undefined>();
  const pending = React.useRef<Promise<V>>(Promise.resolve(view));

  React.useEffect(() => {
    let live = true;
    setCurrent(view);
    setProblem(undefined);
    // Started after the first paint, so the actions work before these reads return.
    pending.current = complete ? complete() : Promise.resolve(view);
    pending.current.then(
      (done) => live && setCurrent(done),
      (e: unknown) =>
        live && setProblem(describeError(e, "read the request's history and the client's membership")),
    );
    return () => {
      live = false;
    };
  }, [view, complete]);

  return { current, problem, ensure: () => pending.current };
}
