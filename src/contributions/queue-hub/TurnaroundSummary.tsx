import * as React from "react";

import { REQUEST_TYPES } from "../../domain/requestTypes";
import type { QueueFilter, QueueRow } from "../../workflow/queue";
import { turnaroundSentence, turnaroundStats } from "../../workflow/turnaround";

/**
 * Turnaround of the requests the filter shows (all stages), e.g. every Reassign user request: how long they
 * took from submitted to closed and how long open ones have waited, so a slow dependency is measurable.
 */
export function TurnaroundSummary({
  rows,
  filter,
  now,
  partialNote,
}: {
  /** The filtered rows of every stage. */
  rows: QueueRow[];
  filter: QueueFilter;
  now: Date;
  /** Said after the sentence when only some closed requests were read (the hub reads them in pages). */
  partialNote?: string;
}): React.ReactElement {
  const type = REQUEST_TYPES.find((t) => t.key === filter.type)?.label;
  const prefix = type ? `${type} ` : "";
  const suffix = filter.service || filter.client || filter.text.trim() ? " matching the filter" : "";
  const sentence = turnaroundSentence(turnaroundStats(rows, now), {
    one: `${prefix}request${suffix}`,
    many: `${prefix}requests${suffix}`,
  });
  return (
    <section className="umd-turnaround secondary-text body-s" aria-label="Turnaround">
      {partialNote ? `${sentence} ${partialNote}` : sentence}
    </section>
  );
}
