import { Button } from "azure-devops-ui/Button";
import { Header, TitleSize } from "azure-devops-ui/Header";
import { Page } from "azure-devops-ui/Page";
import * as React from "react";

import { ActionButton } from "../../components/ActionButton";
import type { Settings } from "../../domain/settings";
import type { DraftCheck } from "./draftCheck";
import { SettingsLock } from "./settingsLock";
import { SettingsNotices } from "./SettingsNotices";
import { SettingsOutcome } from "./SettingsOutcome";
import { SettingsSections } from "./SettingsSections";
import type { SettingsHubServices } from "./settingsServices";
import { SettingsToFix } from "./SettingsToFix";
import type { ExposureByArea } from "./useAreaExposure";
import type { ReadyPhase, Status } from "./useSettingsLoad";

export interface SettingsFormProps {
  phase: ReadyPhase;
  draft: Settings;
  check: DraftCheck;
  services: SettingsHubServices;
  status: Status;
  saving: boolean;
  exposure: ExposureByArea | undefined;
  update(patch: Partial<Settings>): void;
  save(): void;
  reset(): void;
  reload(): void;
  dismiss(): void;
}

/** The page: what to know first, the outcome of the last step, Save and Reset, what to fix, the sections. */
export function SettingsForm(props: SettingsFormProps): React.ReactElement {
  const { phase, check, saving } = props;
  const readOnly = phase.access.kind === "readOnly";
  const fix = Object.keys(check.errors).length > 0 && check.pending.length === 0 && !readOnly;
  return (
    <Page className="umd-settings flex-grow">
      <Header
        title="User Management Desk"
        titleSize={TitleSize.Large}
        description="How requests are recognized, the states the actions use, the people involved, the services offered and the messages sent. Changes apply to everyone working on requests in this project."
      />
      <div className="page-content page-content-top flex-column umd-gap-16">
        <SettingsNotices access={phase.access} base={phase.base} migrating={phase.migrating} />
        <SettingsOutcome status={props.status} onReload={props.reload} onDismiss={props.dismiss} />
        {!readOnly && (
          <div className="umd-toolbar" role="group" aria-label="Save or reset the settings">
            <ActionButton text="Save" primary blocker={check.blocker} busy={saving} onClick={props.save} />
            <Button text="Reset to defaults" disabled={saving} onClick={props.reset} />
          </div>
        )}
        {fix && <SettingsToFix errors={check.errors} />}
        <SettingsLock.Provider value={saving || readOnly}>
          <fieldset className="umd-fieldset flex-column umd-gap-16" disabled={saving || readOnly}>
            <legend className="umd-visually-hidden">Settings</legend>
            <SettingsSections
              draft={props.draft}
              check={check}
              types={phase.types}
              services={props.services}
              exposure={phase.access.kind === "admin" ? props.exposure : undefined}
              readOnly={readOnly}
              update={props.update}
            />
          </fieldset>
        </SettingsLock.Provider>
      </div>
    </Page>
  );
}
