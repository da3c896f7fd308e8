import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import { Loading } from "../../components/Loading";
import { checkDraft } from "./draftCheck";
import { SettingsForm } from "./SettingsForm";
import type { SettingsHubServices } from "./settingsServices";
import { useAreaExposure } from "./useAreaExposure";
import { useDraftEdits } from "./useDraftEdits";
import { useSettingsLoad } from "./useSettingsLoad";
import { useSettingsSave } from "./useSettingsSave";
import { useTypeStates } from "./useTypeStates";

export interface SettingsPageProps {
  services: Promise<SettingsHubServices>;
}

/** The project-admin hub: load, edit with validation next to each field, save based on the read revision. */
export function SettingsPage({ services }: SettingsPageProps): React.ReactElement {
  const { exposure, checkAreas } = useAreaExposure();
  const { svc, phase, draft, setDraft, status, setStatus, load, acceptSaved } = useSettingsLoad(
    services,
    checkAreas,
  );
  const ready = phase.kind === "ready" ? phase : undefined;
  const states = useTypeStates(svc, ready?.types, draft?.intakeType, draft?.taskType);
  const check = ready && draft ? checkDraft(draft, ready, states, status) : undefined;
  const { saving, save } = useSettingsSave({
    services: svc,
    base: ready?.base,
    candidate: check?.candidate,
    blocker: check?.blocker,
    onSaved: (saved) => {
      acceptSaved(saved);
      if (svc) checkAreas(svc, saved.settings);
    },
    onOutcome: setStatus,
  });
  const { update, reset } = useDraftEdits({ services: svc, types: ready?.types, setDraft, setStatus });

  if (phase.kind === "loading" || (ready && (!draft || !svc)))
    return <Loading label="Loading the settings…" />;
  if (!ready || !draft || !svc || !check)
    return (
      <div className="umd-settings-error padding-16">
        <MessageCard
          severity={MessageCardSeverity.Error}
          buttonProps={[{ text: "Try again", onClick: () => void load() }]}
        >
          {phase.kind === "error" ? phase.message : "Could not load the settings."}
        </MessageCard>
      </div>
    );
  return (
    <SettingsForm
      phase={ready}
      draft={draft}
      check={check}
      services={svc}
      status={status}
      saving={saving}
      exposure={exposure}
      update={update}
      save={() => void save()}
      reset={() => void reset()}
      reload={() => void load({ kind: "reloaded" })}
      dismiss={() => setStatus({ kind: "idle" })}
    />
  );
}
