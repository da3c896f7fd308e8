import * as React from "react";

import { refusal, type Viewer } from "../../domain/roles";
import type { TaskView } from "../../workflow/taskView";

/** A staff task for someone who does not work tasks: what it is and who can act, no editors, no buttons. */
export function TaskReadOnlyView({ view, viewer }: { view: TaskView; viewer: Viewer }): React.ReactElement {
  const settings = view.request?.settings.settings;
  return (
    <div className="umd-panel flex-column">
      <p className="umd-who-acts secondary-text body-s" role="note">
        {settings ? refusal(viewer, "completeTask", settings) : "Only staff complete staff tasks."}
      </p>
      <div className="body-m">
        {`Staff task #${view.id}: ${view.state}`}
        {view.assignedTo ? ` · assigned to ${view.assignedTo}` : " · not assigned"}
      </div>
      {view.request && (
        <div className="secondary-text body-s">{`Request #${view.request.id}: ${view.request.stage}`}</div>
      )}
    </div>
  );
}
