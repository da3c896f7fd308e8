import "./sla.css";

import * as React from "react";

import { clockText, SLA_TARGET_LABELS, type TargetClock } from "../domain/sla/slaClock";
import { formatWhen } from "../workflow/format";

/** "Time to close: 10h (business hours), due 24 Nov 14:00": what a clock measures, for its tooltip. */
export function clockTitle(c: TargetClock, now: Date): string {
  const target = `${SLA_TARGET_LABELS[c.target]}: ${Math.round((c.targetMs / 3_600_000) * 100) / 100}h of business time`;
  const due = c.dueAt === undefined ? "" : `, due ${formatWhen(new Date(c.dueAt).toISOString(), now)}`;
  return `${target}${due}`;
}

/** A clock's state in words, coloured by the host theme's status colours. */
export function SlaClockText({ clock, now }: { clock: TargetClock; now: Date }): React.ReactElement {
  return (
    <span className={`umd-sla umd-sla-${clock.status.replace(" ", "-")}`} title={clockTitle(clock, now)}>
      {clockText(clock)}
    </span>
  );
}
