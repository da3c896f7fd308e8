import * as React from "react";

import type { RequestClocks } from "../domain/sla/slaClock";
import { type Stage, type StageEvent, STAGES } from "../domain/stages";
import { formatWhen } from "../workflow/format";
import { SlaTarget } from "./SlaTarget";

/** Submitted → Acknowledged → In progress → Ready to close → Closed, with who did each step and when. */
export function StageTracker({
  stage,
  events,
  sla,
  now = new Date(),
}: {
  stage: Stage;
  events: StageEvent[];
  /** The request's service-level clocks; the running target shows under the current stage. */
  sla?: RequestClocks;
  now?: Date;
}): React.ReactElement {
  const current = STAGES.indexOf(stage);
  return (
    <ol className="umd-stages" aria-label="Request stages">
      {STAGES.map((s, i) => {
        const event = events.find((e) => e.stage === s);
        const status = i < current ? "done" : i === current ? "current" : "todo";
        return (
          <li
            key={s}
            className={`umd-stage umd-stage-${status}`}
            aria-current={i === current ? "step" : undefined}
          >
            <span className="umd-stage-name">{s}</span>
            {event && i <= current && (
              <span className="umd-stage-who secondary-text body-s">
                {event.by}, {formatWhen(event.at)}
              </span>
            )}
            {sla && i === current && <SlaTarget clocks={sla} now={now} />}
          </li>
        );
      })}
    </ol>
  );
}
