import * as React from "react";

import type { RequestView } from "../../workflow/requestView";

/** The request's staff tasks, each a link that opens it, with its state and assignee. */
export function StaffTaskList({
  tasks,
  onOpen,
}: {
  tasks: RequestView["tasks"];
  onOpen(id: number): void;
}): React.ReactElement {
  return (
    <section aria-label="Staff tasks">
      <div className="umd-section-title">Staff tasks</div>
      <ul className="umd-list">
        {tasks.map((t) => (
          <li key={t.id}>
            <a
              href="#"
              onClick={(e) => {
                e.preventDefault();
                onOpen(t.id);
              }}
            >
              #{t.id}
            </a>{" "}
            {t.state} · {t.assignedTo || "unassigned"}
          </li>
        ))}
      </ul>
    </section>
  );
}
