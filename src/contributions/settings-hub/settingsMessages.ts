/** The page's fixed messages, kept apart so tests and the notices name the same sentences. */
export const CONFLICT_MESSAGE =
  "These settings were changed by someone else since you opened them. Reload to see their version.";
export const FIRST_RUN_HINT = "These are the defaults for this project's process; review and save them.";
export const READ_ONLY_REASON =
  "You can read these settings, but only project administrators can change them: Azure DevOps saves them only for people with Edit project-level information and Manage project properties on this project.";
export const MIGRATION_HINT =
  "These settings come from version 0.1.0, which kept them in extension data that any user of the extension can write. Nothing acts on them until a project administrator saves them here; until then the project runs on the defaults. Review them, then select Save.";
