/**
 * What staff record on a task before completing it: account changes and ticked checklist items. Each task's
 * draft is the one document of a collection of its own, so the task panel reads it together with the
 * project's settings in one query of collections (readWithSettings).
 */
import type { AccountChange } from "../domain/requestTypes";
import {
  createDocumentStore,
  type DataManagerSource,
  type DocumentStore,
  readDocuments,
  type StoredDocument,
} from "./documentStore";
import type { LoadedSettings, SettingsDocument } from "./settingsStore";

export interface TaskDraft {
  changes: AccountChange[];
  checked: string[];
}

export interface TaskDraftStore extends DocumentStore<TaskDraft> {
  /** The task's draft and the project's settings, read in one call: what the task panel needs first. */
  readWithSettings(
    taskId: string,
  ): Promise<{ draft: StoredDocument<TaskDraft | undefined>; settings: LoadedSettings }>;
}

/** `task-draft-<task id>`: a collection per task, as a query of collections returns them whole. */
export const taskDraftCollection = (taskId: string) => `task-draft-${taskId}`;

export function createTaskDraftStore(settings: SettingsDocument, source?: DataManagerSource): TaskDraftStore {
  const drafts = createDocumentStore<TaskDraft>(
    taskDraftCollection,
    "The account changes of this task",
    source,
  );
  return {
    ...drafts,
    async readWithSettings(taskId) {
      const [storedSettings, draft] = await readDocuments([settings.ref, drafts.locate(taskId)], source);
      return {
        draft: draft as StoredDocument<TaskDraft | undefined>,
        settings: await settings.loaded(storedSettings),
      };
    },
  };
}
