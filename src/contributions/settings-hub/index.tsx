import "./settings-hub.css";

import * as React from "react";

import { createAreaSecurity } from "../../ado/areaSecurity";
import { createDeskServices } from "../../ado/createDeskServices";
import { confirmAction } from "../../ado/hostUi";
import { createRestTransport } from "../../ado/restTransport";
import { reportRetry } from "../../ado/retryProgress";
import { accessToken, hostApiVersions, identityBaseUrl, witBaseUrl } from "../../ado/sdkHost";
import { keepingFocus } from "../../components/keepingFocus";
import { mountContribution } from "../../components/mountContribution";
import { SettingsPage } from "./SettingsPage";
import type { SettingsHubServices } from "./settingsServices";

void mountContribution(() => {
  const services: Promise<SettingsHubServices> = createDeskServices().then((desk) => ({
    workItems: desk.workItems,
    settings: desk.settings,
    permissions: desk.permissions,
    areaSecurity: createAreaSecurity({
      transport: createRestTransport({ getBaseUrl: witBaseUrl, getToken: accessToken, onRetry: reportRetry }),
      identities: createRestTransport({
        getBaseUrl: identityBaseUrl,
        getToken: accessToken,
        onRetry: reportRetry,
      }),
      project: desk.workItems.project,
      apiVersion: hostApiVersions().core,
    }),
    identities: desk.identities,
    confirm: (title: string, message: string, action: string) =>
      keepingFocus(() => confirmAction(title, message, action)),
  }));
  return <SettingsPage services={services} />;
});
