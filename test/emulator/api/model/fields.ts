/** The field catalog: reference names, friendly names, types, and which ones callers may not write. */

export type FieldType =
  "string" | "html" | "integer" | "double" | "dateTime" | "identity" | "treePath" | "history";

export interface FieldDef {
  referenceName: string;
  name: string;
  type: FieldType;
  /** Never writable through JSON Patch. */
  readOnly?: boolean;
  /** Writable only with bypassRules=true. */
  bypassable?: boolean;
  /** Not returned unless asked for with `fields=`. */
  hidden?: boolean;
}

const f = (
  referenceName: string,
  name: string,
  type: FieldType,
  flags: Partial<FieldDef> = {},
): FieldDef => ({
  referenceName,
  name,
  type,
  ...flags,
});
const RO = { readOnly: true };
const BY = { readOnly: true, bypassable: true };

export const FIELDS: readonly FieldDef[] = [
  f("System.Id", "ID", "integer", { ...RO, hidden: true }),
  f("System.Rev", "Rev", "integer", { ...RO, hidden: true }),
  f("System.AreaPath", "Area Path", "treePath"),
  f("System.TeamProject", "Team Project", "string", RO),
  f("System.IterationPath", "Iteration Path", "treePath"),
  f("System.WorkItemType", "Work Item Type", "string", RO),
  f("System.State", "State", "string"),
  f("System.Reason", "Reason", "string"),
  f("System.AssignedTo", "Assigned To", "identity"),
  f("System.CreatedDate", "Created Date", "dateTime", BY),
  f("System.CreatedBy", "Created By", "identity", BY),
  f("System.ChangedDate", "Changed Date", "dateTime", BY),
  f("System.ChangedBy", "Changed By", "identity", BY),
  f("System.AuthorizedDate", "Authorized Date", "dateTime", { ...RO, hidden: true }),
  f("System.AuthorizedAs", "Authorized As", "identity", { ...RO, hidden: true }),
  f("System.CommentCount", "Comment Count", "integer", RO),
  f("System.Title", "Title", "string"),
  f("System.Description", "Description", "html"),
  f("System.History", "History", "history"),
  f("System.Tags", "Tags", "string"),
  f("System.Parent", "Parent", "integer", RO),
  f("Microsoft.VSTS.Common.Priority", "Priority", "integer"),
  f("Microsoft.VSTS.Common.Severity", "Severity", "string"),
  f("Microsoft.VSTS.Common.ValueArea", "Value Area", "string"),
  f("Microsoft.VSTS.Common.Activity", "Activity", "string"),
  f("Microsoft.VSTS.Common.AcceptanceCriteria", "Acceptance Criteria", "html"),
  f("Microsoft.VSTS.Common.StateChangeDate", "State Change Date", "dateTime", RO),
  f("Microsoft.VSTS.Common.ActivatedDate", "Activated Date", "dateTime", RO),
  f("Microsoft.VSTS.Common.ActivatedBy", "Activated By", "identity", RO),
  f("Microsoft.VSTS.Common.ResolvedDate", "Resolved Date", "dateTime", RO),
  f("Microsoft.VSTS.Common.ResolvedBy", "Resolved By", "identity", RO),
  f("Microsoft.VSTS.Common.ClosedDate", "Closed Date", "dateTime", RO),
  f("Microsoft.VSTS.Common.ClosedBy", "Closed By", "identity", RO),
  f("Microsoft.VSTS.Scheduling.RemainingWork", "Remaining Work", "double"),
  f("Microsoft.VSTS.Scheduling.OriginalEstimate", "Original Estimate", "double"),
  f("Microsoft.VSTS.Scheduling.CompletedWork", "Completed Work", "double"),
  f("Microsoft.VSTS.Scheduling.StoryPoints", "Story Points", "double"),
  f("Microsoft.VSTS.Scheduling.Effort", "Effort", "double"),
  f("Microsoft.VSTS.Scheduling.DueDate", "Due Date", "dateTime"),
  f("Microsoft.VSTS.Scheduling.StartDate", "Start Date", "dateTime"),
  f("Microsoft.VSTS.Scheduling.TargetDate", "Target Date", "dateTime"),
  f("Microsoft.VSTS.TCM.ReproSteps", "Repro Steps", "html"),
];

const byKey = new Map<string, FieldDef>();
for (const def of FIELDS) {
  byKey.set(def.referenceName.toLowerCase(), def);
  byKey.set(def.name.toLowerCase(), def);
}

/** By reference name or friendly name, case-insensitive. */
export function findField(nameOrRef: string): FieldDef | undefined {
  return byKey.get(nameOrRef.trim().toLowerCase());
}
