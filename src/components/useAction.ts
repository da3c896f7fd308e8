import * as React from "react";

import type { ActionOutcome } from "../workflow/outcome";

/**
 * Runs one action at a time: a double click or a second click while the first is in flight does nothing,
 * so one click can never send two updates.
 */
export function useAction(onFinished: (outcome: ActionOutcome) => void): {
  busy: string | undefined;
  run(name: string, action: () => Promise<ActionOutcome | undefined>): Promise<void>;
} {
  const [busy, setBusy] = React.useState<string | undefined>(undefined);
  const inFlight = React.useRef(false);
  const run = React.useCallback(
    async (name: string, action: () => Promise<ActionOutcome | undefined>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setBusy(name);
      try {
        const outcome = await action();
        if (outcome) onFinished(outcome);
      } catch (e) {
        onFinished({
          kind: "failed",
          message: `Could not ${name.toLowerCase()}: ${e instanceof Error ? e.message : String(e)}`,
        });
      } finally {
        inFlight.current = false;
        setBusy(undefined);
      }
    },
    [onFinished],
  );
  return { busy, run };
}
