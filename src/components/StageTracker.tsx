import * as React from "react";

import type { RequestClocks } from "../domain/sla/slaClock";
import { type Stage, type StageEvent, STAGES } from "../domain/stages";
import { formatWhen } from "../workflow/format";
import { SlaTarget } from "./SlaTarget";

/**
 * Submitted → Acknowledged → In progress → Ready to close → Closed on one compact line (it wraps in a
 * 320 px form column), with who did the current step and when beneath it, and the running service-level
 * target when the project has one. Who did each earlier step is in its tooltip and read out with it.
 */
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
  const who = (s: Stage) => {
    const event = events.find((e) => e.stage === s);
    return event ? `${event.by}, ${formatWhen(event.at)}` : undefined;
  };
  const byNow = who(stage);
  return (
    <div className="umd-tracker flex-column">
      <ol className="umd-stages" aria-label="Request stages">
        {STAGES.map((s, i) => {
          const status = i < current ? "done" : i === current ? "current" : "todo";
          const by = i <= current ? who(s) : undefined;
          return (
            <li
              key={s}
              className={`umd-stage umd-stage-${status}`}
              aria-current={i === current ? "step" : undefined}
              title={by}
            >
              <span className="umd-stage-mark" aria-hidden="true" />
              <span className="umd-stage-name">{s}</span>
              {by && <span className="umd-visually-hidden">{` (${by})`}</span>}
            </li>
          );
        })}
      </ol>
      {byNow && (
        <span className="secondary-text body-s" aria-hidden="true">
          {stage}: {byNow}
        </span>
      )}
      {sla && <SlaTarget clocks={sla} now={now} />}
    </div>
  );
}
