/**
 * What staff record on a task before completing it: account changes and ticked checklist items, one
 * extension data document per task, each in a collection of its own (`task-draft-<task id>`).
 */
import type { AccountChange } from "../domain/requestTypes";
import { createDocumentStore, type DataManagerSource, type DocumentStore } from "./documentStore";

export interface TaskDraft {
  changes: AccountChange[];
  checked: string[];
}

export type TaskDraftStore = DocumentStore<TaskDraft>;

/** `task-draft-<task id>`: a collection per task, as 0.1.0 stored them. */
export const taskDraftCollection = (taskId: string) => `task-draft-${taskId}`;

export function createTaskDraftStore(source?: DataManagerSource): TaskDraftStore {
  return createDocumentStore<TaskDraft>(taskDraftCollection, "The account changes of this task", source);
}
