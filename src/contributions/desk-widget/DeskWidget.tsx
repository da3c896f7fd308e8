import * as React from "react";

import { STAGES } from "../../domain/stages";
import { formatSpan } from "../../workflow/turnaround";
import type { WidgetView } from "./widgetBridge";

const n = (v: number) => v.toLocaleString("en-US");

/** The figures: at 1×1 what needs attention, at 2×1 also the stages, at 2×2 also the turnaround. */
export function DeskWidget({ view }: { view: WidgetView }): React.ReactElement {
  if (view.kind === "waiting") return <div className="umd-widget" />;
  const heading = <h2 className="umd-widget-title title-s">{view.title}</h2>;
  if (view.kind === "loading")
    return (
      <div className="umd-widget" aria-busy="true">
        {heading}
        <span className="secondary-text body-s">Loading…</span>
      </div>
    );
  if (view.kind === "error")
    return (
      <div className="umd-widget">
        {heading}
        <span role="alert" className="body-s">
          {view.message}
        </span>
      </div>
    );
  const { figures, size } = view;
  const wide = size.columnSpan >= 2;
  const tall = size.rowSpan >= 2;
  const attention = (
    <dl className="umd-widget-attention" aria-label="Needing attention">
      <div>
        <dt>At risk</dt>
        <dd>{figures.measured ? n(figures.atRisk) : "—"}</dd>
      </div>
      <div className="umd-widget-overdue">
        <dt>Overdue</dt>
        <dd>{figures.measured ? n(figures.overdue) : "—"}</dd>
      </div>
    </dl>
  );
  return (
    <div className={`umd-widget umd-widget-${size.columnSpan}x${size.rowSpan}`}>
      {heading}
      {attention}
      {wide && (
        <dl className="umd-widget-stages" aria-label="Requests by stage">
          {STAGES.map((s) => (
            <div key={s}>
              <dt>{s}</dt>
              <dd>{n(figures.byStage[s])}</dd>
            </div>
          ))}
        </dl>
      )}
      {!wide && (
        <span className="body-s secondary-text">
          {n(STAGES.filter((s) => s !== "Closed").reduce((t, s) => t + figures.byStage[s], 0))} open
        </span>
      )}
      {tall && (
        <p className="body-s umd-widget-turnaround">
          {figures.medianTurnaroundMs === undefined
            ? "No request closed in the last 30 days."
            : `Median turnaround, last 30 days: ${formatSpan(figures.medianTurnaroundMs)} (${n(figures.closedRecently)} closed)`}
        </p>
      )}
      {!figures.measured && tall && (
        <span className="body-s secondary-text">
          Service levels are not set: Project settings &gt; User Management Desk.
        </span>
      )}
    </div>
  );
}
