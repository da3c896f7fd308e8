/** The open work item's form, as far as the panel needs it. */
import { hostService } from "./sdkHost";
import type { WorkItemRelation } from "./workItemsApi";

export interface WorkItemForm {
  getId(): Promise<number>;
  getFieldValue(field: string): Promise<unknown>;
  isDirty(): Promise<boolean>;
  /** The form's links, saved or not. */
  getWorkItemRelations(): Promise<WorkItemRelation[]>;
  /** Re-reads the work item so the form shows what an action changed. */
  refresh(): Promise<void>;
}

export const workItemForm = (): Promise<WorkItemForm> => hostService<WorkItemForm>("form");
