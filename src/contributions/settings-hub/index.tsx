import "./settings-hub.css";

import * as React from "react";

import { createDeskServices } from "../../ado/createDeskServices";
import { confirmAction } from "../../ado/hostUi";
import { mountContribution } from "../../components/mountContribution";
import { SettingsPage } from "./SettingsPage";
import type { SettingsHubServices } from "./settingsServices";

void mountContribution(() => {
  const services: Promise<SettingsHubServices> = createDeskServices().then((desk) => ({
    workItems: desk.workItems,
    settings: desk.settings,
    permissions: desk.permissions,
    identities: desk.identities,
    confirm: confirmAction,
  }));
  return <SettingsPage services={services} />;
});
