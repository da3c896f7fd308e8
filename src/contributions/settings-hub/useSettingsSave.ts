/**
 * Save: writes the checked draft based on the revision it was read at. The store re-reads the revision first
 * and refuses when someone else saved meanwhile (project properties have no etag), which is the conflict.
 */
import * as React from "react";

import { describeError, DocumentConflictError, SettingsRefusedError } from "../../ado/restErrors";
import type { LoadedSettings } from "../../ado/settingsStore";
import type { Settings } from "../../domain/settings";
import type { SettingsHubServices } from "./settingsServices";
import type { Status } from "./useSettingsLoad";

const isConflict = (e: unknown) =>
  e instanceof DocumentConflictError || (e instanceof Error && e.name === "DocumentConflictError");

export function useSettingsSave(options: {
  services: SettingsHubServices | undefined;
  base: LoadedSettings | undefined;
  candidate: Settings | undefined;
  blocker: string | undefined;
  onSaved(saved: LoadedSettings): void;
  onOutcome(status: Status): void;
}): { saving: boolean; save(): Promise<void> } {
  const [saving, setSaving] = React.useState(false);
  // A second click before the first save is answered does nothing (the state update may not be in yet).
  const inFlight = React.useRef(false);
  const { services, base, candidate, blocker, onSaved, onOutcome } = options;

  const save = async () => {
    if (!services || !base || !candidate || blocker !== undefined || inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    try {
      onSaved(await services.settings.save(candidate, base.revision));
    } catch (e) {
      onOutcome(
        isConflict(e)
          ? { kind: "conflict" }
          : {
              kind: "failed",
              // Azure DevOps's refusal is already a sentence for the person: shown as it is.
              message: e instanceof SettingsRefusedError ? e.message : describeError(e, "save the settings"),
            },
      );
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  };
  return { saving, save };
}
