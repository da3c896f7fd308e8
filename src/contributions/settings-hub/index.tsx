import "./settings-hub.css";

import * as React from "react";

import { createDeskServices } from "../../ado/createDeskServices";
import { confirmAction } from "../../ado/hostUi";
import { keepingFocus } from "../../components/keepingFocus";
import { mountContribution } from "../../components/mountContribution";
import { SettingsPage } from "./SettingsPage";
import type { SettingsHubServices } from "./settingsServices";

void mountContribution(() => {
  const services: Promise<SettingsHubServices> = createDeskServices().then((desk) => ({
    workItems: desk.workItems,
    settings: desk.settings,
    identities: desk.identities,
    confirm: (title: string, message: string, action: string) =>
      keepingFocus(() => confirmAction(title, message, action)),
  }));
  return <SettingsPage services={services} />;
});
