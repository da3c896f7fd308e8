/** Changes to the draft on screen: a field edited, or every setting reset to the process's defaults. */
import type * as React from "react";

import { describeError } from "../../ado/restErrors";
import { defaultSettings, type Settings } from "../../domain/settings";
import type { SettingsHubServices } from "./settingsServices";
import type { Status } from "./useSettingsLoad";

export function useDraftEdits(options: {
  services: SettingsHubServices | undefined;
  types: string[] | undefined;
  setDraft: React.Dispatch<React.SetStateAction<Settings | undefined>>;
  setStatus: React.Dispatch<React.SetStateAction<Status>>;
}): { update(patch: Partial<Settings>): void; reset(): Promise<void> } {
  const { services, types, setDraft, setStatus } = options;

  const update = (patch: Partial<Settings>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    // An edit clears the last outcome, except a conflict: that one stays until Reload.
    setStatus((s) => (s.kind === "conflict" ? s : { kind: "idle" }));
  };

  const reset = async () => {
    if (!services || !types) return;
    try {
      const confirmed = await services.confirm(
        "Reset to defaults",
        "Replace every setting on this page with the defaults for this project's process? Nothing is saved until you select Save.",
        "Reset to defaults",
      );
      if (!confirmed) return;
      setDraft(defaultSettings({ workItemTypes: types }));
      setStatus((s) => (s.kind === "conflict" ? s : { kind: "reset" }));
    } catch (e) {
      setStatus({ kind: "failed", message: describeError(e, "reset to defaults") });
    }
  };

  return { update, reset };
}
