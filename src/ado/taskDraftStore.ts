/** What staff record on a task before completing it: account changes and ticked checklist items. */
import type { AccountChange } from "../domain/requestTypes";
import { createDocumentStore, type DocumentStore } from "./documentStore";

export interface TaskDraft {
  changes: AccountChange[];
  checked: string[];
}

export const TASK_DRAFTS_COLLECTION = "task-drafts";

export const createTaskDraftStore = (): DocumentStore<TaskDraft> =>
  createDocumentStore<TaskDraft>(TASK_DRAFTS_COLLECTION, "The account changes of this task");
