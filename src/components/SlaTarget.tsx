import * as React from "react";

import { type RequestClocks, SLA_TARGET_LABELS } from "../domain/sla/slaClock";
import { SlaClockText } from "./SlaClockText";

/**
 * The running service-level target under the current stage: "Time to close: at risk, 2h left", and the
 * acknowledgement's result once it stopped.
 */
export function SlaTarget({ clocks, now }: { clocks: RequestClocks; now: Date }): React.ReactElement | null {
  const { current, acknowledge } = clocks;
  if (!current) return null;
  const ackResult = current.target === "close" && acknowledge ? acknowledge : undefined;
  return (
    <span className="umd-sla-target body-s" role="status" aria-label="Service level">
      <span>
        {SLA_TARGET_LABELS[current.target]}: <SlaClockText clock={current} now={now} />
      </span>
      {ackResult && (
        <span className="secondary-text">
          {" · "}
          {SLA_TARGET_LABELS.acknowledge}: <SlaClockText clock={ackResult} now={now} />
        </span>
      )}
    </span>
  );
}
