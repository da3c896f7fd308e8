import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import type { LoadedSettings } from "../../ado/settingsStore";
import { FIRST_RUN_HINT, MIGRATION_HINT, READ_ONLY_REASON } from "./settingsMessages";
import type { Access } from "./useSettingsLoad";

/** What the person should know before editing: read-only and why, a migration, the first run, repairs. */
export function SettingsNotices({
  access,
  base,
  migrating,
}: {
  access: Access;
  base: LoadedSettings;
  migrating: boolean;
}): React.ReactElement {
  const readOnly = access.kind === "readOnly";
  return (
    <>
      {readOnly && (
        <div role="note">
          <MessageCard severity={MessageCardSeverity.Info}>{READ_ONLY_REASON}</MessageCard>
        </div>
      )}
      {access.kind === "unknown" && (
        <MessageCard severity={MessageCardSeverity.Warning}>
          {`${access.message} You can still edit; Azure DevOps checks your permission when you save.`}
        </MessageCard>
      )}
      {migrating && (
        <div className="umd-first-run" role="note">
          {MIGRATION_HINT}
        </div>
      )}
      {base.isDefault && !migrating && !readOnly && (
        <div className="umd-first-run" role="note">
          {FIRST_RUN_HINT}
        </div>
      )}
      {base.problems.length > 0 && (
        <MessageCard severity={MessageCardSeverity.Warning}>
          <div className="flex-column">
            <span>The saved settings were old or damaged and were repaired; review them and save:</span>
            <ul className="umd-list">
              {base.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        </MessageCard>
      )}
    </>
  );
}
