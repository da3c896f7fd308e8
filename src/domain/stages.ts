/** A request's stage, derived from the work item itself (state category, tasks, history), never stored. */
import { categoryOf, type StateCategory, type WorkItemState } from "./states";

export type Stage = "Submitted" | "Acknowledged" | "In progress" | "Ready to close" | "Closed";

export const STAGES: readonly Stage[] = [
  "Submitted",
  "Acknowledged",
  "In progress",
  "Ready to close",
  "Closed",
];

const isDone = (c: string | undefined) => c === "Completed" || c === "Removed";

export function deriveStage(input: {
  stateCategory: StateCategory | string | undefined;
  state: string;
  acknowledgeState: string;
  tasks: { stateCategory: StateCategory | string | undefined }[];
}): Stage {
  if (isDone(input.stateCategory)) return "Closed";
  if (input.tasks.some((t) => !isDone(t.stateCategory))) return "In progress";
  if (input.tasks.length > 0) return "Ready to close";
  if (
    (input.acknowledgeState && input.state.toLowerCase() === input.acknowledgeState.toLowerCase()) ||
    input.stateCategory === "InProgress" ||
    input.stateCategory === "Resolved"
  )
    return "Acknowledged";
  return "Submitted";
}

export interface StageEvent {
  stage: Stage;
  by: string;
  at: string;
}

interface UpdateLike {
  revisedBy: string;
  revisedDate: string;
  fields?: Record<string, { oldValue?: unknown; newValue?: unknown }>;
}

/**
 * When an update happened: its own System.ChangedDate. An update's `revisedDate` is when that revision was
 * superseded (9999-01-01 for the latest one), so it is only the fallback for an update without the field.
 */
function changedAt(u: UpdateLike): string {
  const changed = u.fields?.["System.ChangedDate"]?.newValue;
  return typeof changed === "string" && changed ? changed : u.revisedDate;
}

/** Who did each step and when: only the steps that happened, in workflow order. */
export function stageEvents(input: {
  createdBy: string;
  createdDate: string;
  updates: UpdateLike[];
  intakeStates: WorkItemState[];
  acknowledgeState: string;
  tasks: { createdBy: string; createdDate: string; closedBy?: string; closedDate?: string }[];
}): StageEvent[] {
  const events: StageEvent[] = [{ stage: "Submitted", by: input.createdBy, at: input.createdDate }];
  const stateChanges = input.updates
    .map((u) => ({ u, to: u.fields?.["System.State"]?.newValue, from: u.fields?.["System.State"]?.oldValue }))
    .filter(
      (c): c is { u: UpdateLike; to: string; from: unknown } =>
        typeof c.to === "string" && c.from !== undefined,
    );
  const ack = stateChanges.find((c) => {
    const cat = categoryOf(input.intakeStates, c.to);
    return (
      c.to.toLowerCase() === input.acknowledgeState.toLowerCase() ||
      cat === "InProgress" ||
      cat === "Resolved"
    );
  });
  if (ack) events.push({ stage: "Acknowledged", by: ack.u.revisedBy, at: changedAt(ack.u) });
  const tasks = [...input.tasks].sort((a, b) => a.createdDate.localeCompare(b.createdDate));
  if (tasks.length > 0) {
    events.push({ stage: "In progress", by: tasks[0].createdBy, at: tasks[0].createdDate });
    if (tasks.every((t) => t.closedDate)) {
      const last = [...tasks].sort((a, b) => a.closedDate!.localeCompare(b.closedDate!)).at(-1)!;
      events.push({ stage: "Ready to close", by: last.closedBy ?? "", at: last.closedDate! });
    }
  }
  // Closed: the change that moved the request into a done state and kept it there (a reopened request
  // is not closed, so its earlier closing is not a step that stands).
  let closed: (typeof stateChanges)[number] | undefined;
  for (const c of stateChanges) {
    const done = isDone(categoryOf(input.intakeStates, c.to));
    if (!done) closed = undefined;
    else if (!closed) closed = c;
  }
  if (closed) events.push({ stage: "Closed", by: closed.u.revisedBy, at: changedAt(closed.u) });
  return events;
}
