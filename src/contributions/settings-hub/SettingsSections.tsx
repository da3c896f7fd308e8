import { Card } from "azure-devops-ui/Card";
import * as React from "react";

import type { Settings } from "../../domain/settings";
import { ClientsSection } from "./ClientsSection";
import type { DraftCheck } from "./draftCheck";
import { PeopleSection } from "./PeopleSection";
import { RequestsSection } from "./RequestsSection";
import { sampleTemplateValues } from "./sampleValues";
import { ServicesEditor } from "./ServicesEditor";
import type { SettingsHubServices } from "./settingsServices";
import { SlaSection } from "./SlaSection";
import { StaffChannelSection } from "./StaffChannelSection";
import { StatesSection } from "./StatesSection";
import { TemplatesSection } from "./TemplatesSection";
import type { ExposureByArea } from "./useAreaExposure";

export interface SettingsSectionsProps {
  /** The settings on screen, as typed. */
  draft: Settings;
  check: DraftCheck;
  types: string[];
  services: SettingsHubServices;
  /** Who can read each saved client area; only for administrators. */
  exposure: ExposureByArea | undefined;
  readOnly: boolean;
  update(patch: Partial<Settings>): void;
}

/** Every section of the settings, one card each. */
export function SettingsSections(props: SettingsSectionsProps): React.ReactElement {
  const { draft, check, types, services, update } = props;
  const { errors } = check;
  return (
    <>
      <Card titleProps={{ text: "Requests and staff tasks", ariaLevel: 2 }}>
        <RequestsSection settings={draft} types={types} errors={errors} onChange={update} />
      </Card>
      <Card titleProps={{ text: "States", ariaLevel: 2 }}>
        <StatesSection
          settings={draft}
          types={types}
          intakeEntry={check.intakeEntry}
          taskEntry={check.taskEntry}
          errors={errors}
          onChange={update}
        />
      </Card>
      <Card titleProps={{ text: "People", ariaLevel: 2 }}>
        <PeopleSection
          settings={draft}
          errors={errors}
          search={(text) => services.identities.search(text)}
          onChange={update}
        />
      </Card>
      <Card titleProps={{ text: "Services offered", ariaLevel: 2 }}>
        <ServicesEditor
          services={draft.services}
          error={errors.services}
          onChange={(list) => update({ services: list })}
        />
      </Card>
      <Card titleProps={{ text: "Messages", ariaLevel: 2 }}>
        <TemplatesSection
          templates={draft.templates}
          errors={errors}
          sample={sampleTemplateValues(check.candidate)}
          onChange={(templates) => update({ templates })}
        />
      </Card>
      <Card titleProps={{ text: "Clients", ariaLevel: 2 }}>
        <ClientsSection
          settings={draft}
          errors={errors}
          onChange={update}
          exposure={props.exposure}
          readOnly={props.readOnly}
        />
      </Card>
      <Card titleProps={{ text: "Service levels", ariaLevel: 2 }}>
        <SlaSection
          sla={draft.sla}
          errors={errors}
          intakeStates={check.intakeStates}
          now={services.now?.() ?? new Date()}
          onChange={(sla) => update({ sla })}
        />
      </Card>
      <Card titleProps={{ text: "Staff channel", ariaLevel: 2 }}>
        <StaffChannelSection
          webhookUrl={draft.webhookUrl}
          error={errors.webhookUrl}
          onChange={(webhookUrl) => update({ webhookUrl })}
        />
      </Card>
    </>
  );
}
