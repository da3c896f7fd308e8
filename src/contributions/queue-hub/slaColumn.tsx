/** The hub's SLA column: the current target's time left, or how long overdue (business hours). */
import * as React from "react";

import { SlaClockText } from "../../components/SlaClockText";
import type { QueueRow } from "../../workflow/queue";
import type { ColumnDef } from "./QueueTable";

export function slaColumn(now: Date): ColumnDef {
  return {
    id: "sla",
    name: "SLA",
    fixed: 130,
    render: (r: QueueRow) => (r.sla?.current ? <SlaClockText clock={r.sla.current} now={now} /> : "—"),
  };
}
