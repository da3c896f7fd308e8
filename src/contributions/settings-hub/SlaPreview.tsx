/** A sample request's clocks under the settings on screen, so the calendar and targets can be checked. */
import * as React from "react";

import { SlaClockText } from "../../components/SlaClockText";
import { REQUEST_TYPES } from "../../domain/requestTypes";
import { HOUR_MS } from "../../domain/sla/businessCalendar";
import { requestClocks, SLA_TARGET_LABELS } from "../../domain/sla/slaClock";
import { slaPolicy, type SlaSettings, targetsFor } from "../../domain/sla/slaSettings";
import { formatWhen } from "../../workflow/format";

/** The sample: submitted 26 hours ago, waiting on the client for the 2 hours that followed the first one. */
export function sampleRequest(now: Date) {
  const createdAt = now.getTime() - 26 * HOUR_MS;
  return { createdAt, pause: { from: createdAt + HOUR_MS, to: createdAt + 3 * HOUR_MS } };
}

export function SlaPreview({
  sla,
  errors,
  now,
}: {
  sla: SlaSettings;
  errors: Record<string, string>;
  now: Date;
}): React.ReactElement {
  const type = REQUEST_TYPES.find((t) => targetsFor(sla, t.key));
  const broken = Object.keys(errors).some((k) => k.startsWith("sla."));
  let body: React.ReactNode;
  if (broken)
    body = (
      <span className="secondary-text">Fix the service-level settings marked above to see the preview.</span>
    );
  else if (!type) body = <span className="secondary-text">No request type has a target yet.</span>;
  else {
    const sample = sampleRequest(now);
    const clocks = requestClocks({
      stage: "Submitted",
      createdAt: sample.createdAt,
      acknowledgedAt: undefined,
      closedAt: undefined,
      now: now.getTime(),
      pauses: [sample.pause],
      targets: targetsFor(sla, type.key)!,
      policy: slaPolicy(sla),
    });
    const when = (ms: number) => formatWhen(new Date(ms).toISOString(), now);
    body = (
      <>
        <span>
          {`A ${type.label} request submitted ${when(sample.createdAt)}, not yet acknowledged, waiting on the client from ${when(
            sample.pause.from,
          )} to ${when(sample.pause.to)} (times in your browser's zone):`}
        </span>
        <ul className="umd-list">
          {[clocks.acknowledge, clocks.close].map(
            (c) =>
              c && (
                <li key={c.target}>
                  {SLA_TARGET_LABELS[c.target]} ({c.targetMs / HOUR_MS}h):{" "}
                  <SlaClockText clock={c} now={now} />
                  {c.dueAt !== undefined && `, due ${when(c.dueAt)}`}
                  {`; ${Math.round((c.elapsedMs / HOUR_MS) * 10) / 10}h of business time counted`}
                </li>
              ),
          )}
        </ul>
      </>
    );
  }
  return (
    <section className="umd-sla-preview flex-column umd-gap-4" aria-label="Service level preview">
      <span className="umd-setting-label">Preview</span>
      {body}
    </section>
  );
}
