/**
 * Reads the settings, the project's work item types and whether the person may save, and offers a 0.1.0
 * document for migration; holds the draft on screen and the page's outcome message.
 */
import * as React from "react";

import { describeError } from "../../ado/restErrors";
import type { LoadedSettings } from "../../ado/settingsStore";
import type { Settings } from "../../domain/settings";
import type { SettingsHubServices } from "./settingsServices";

/** Whether Azure DevOps lets this person change the settings ("Edit project-level information"). */
export type Access = { kind: "admin" } | { kind: "readOnly" } | { kind: "unknown"; message: string };

export type Phase =
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "ready"; types: string[]; base: LoadedSettings; access: Access; migrating: boolean };

export type ReadyPhase = Extract<Phase, { kind: "ready" }>;

export type Status =
  | { kind: "idle" }
  | { kind: "saved" }
  | { kind: "reloaded" }
  | { kind: "reset" }
  | { kind: "conflict" }
  | { kind: "failed"; message: string };

const IDLE: Status = { kind: "idle" };

async function readAccess(services: SettingsHubServices): Promise<Access> {
  try {
    return (await services.permissions.maySaveSettings()) ? { kind: "admin" } : { kind: "readOnly" };
  } catch (e) {
    return { kind: "unknown", message: describeError(e, "check whether you may change these settings") };
  }
}

export function useSettingsLoad(
  services: Promise<SettingsHubServices>,
  /** Called with what is stored once it is trusted (saved by an administrator), for the area check. */
  onTrusted: (services: SettingsHubServices, stored: Settings) => void,
) {
  const [svc, setSvc] = React.useState<SettingsHubServices | undefined>();
  const [phase, setPhase] = React.useState<Phase>({ kind: "loading" });
  const [draft, setDraft] = React.useState<Settings | undefined>();
  const [status, setStatus] = React.useState<Status>(IDLE);

  const load = React.useCallback(
    async (after: Status = IDLE) => {
      setPhase({ kind: "loading" });
      try {
        const s = await services;
        setSvc(s);
        const [base, types, access] = await Promise.all([
          s.settings.load(),
          s.workItems.types(),
          readAccess(s),
        ]);
        // A 0.1.0 document is offered once, to someone who can save it, while nothing trusted is stored.
        const legacy =
          base.isDefault && access.kind !== "readOnly"
            ? await s.settings.loadLegacy().catch(() => undefined)
            : undefined;
        setDraft(legacy ? legacy.settings : base.settings);
        setStatus(after);
        setPhase({ kind: "ready", types, base, access, migrating: !!legacy });
        if (access.kind === "admin" && !base.isDefault) onTrusted(s, base.settings);
      } catch (e) {
        setPhase({ kind: "error", message: describeError(e, "load the settings") });
      }
    },
    [services, onTrusted],
  );
  React.useEffect(() => {
    void load();
  }, [load]);

  /** A save went through: what was saved is the base from now on, and nothing is migrating any more. */
  const acceptSaved = React.useCallback((saved: LoadedSettings) => {
    setPhase((p) => (p.kind === "ready" ? { ...p, base: saved, migrating: false } : p));
    setDraft(saved.settings);
    setStatus({ kind: "saved" });
  }, []);

  return { svc, phase, draft, setDraft, status, setStatus, load, acceptSaved };
}
