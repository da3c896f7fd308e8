import "../../components/panel.css";
import "./queue-hub.css";

import * as React from "react";

import { createDeskServices } from "../../ado/createDeskServices";
import { confirmAction, openPanel, openWorkItem } from "../../ado/hostUi";
import { createRestTransport } from "../../ado/restTransport";
import { reportRetry } from "../../ado/retryProgress";
import { accessToken, hostApiVersions, hostService, witBaseUrl } from "../../ado/sdkHost";
import { keepingFocus } from "../../components/keepingFocus";
import { mountContribution } from "../../components/mountContribution";
import { createCommentsReader } from "./commentsApi";
import type { HubServices, NewRequestConfig, NewRequestResult } from "./hubServices";
import { QueueHub } from "./QueueHub";

interface NavigationService {
  getQueryParams(): Promise<Record<string, string>>;
  setQueryParams(params: Record<string, string>): void;
}

void mountContribution(() => {
  const services: Promise<HubServices> = createDeskServices().then((desk) => ({
    desk,
    comments: createCommentsReader(
      createRestTransport({ getBaseUrl: witBaseUrl, getToken: accessToken, onRetry: reportRetry }),
      desk.workItems.project,
      hostApiVersions(),
    ),
    host: {
      confirm: (title: string, message: string, action: string) =>
        keepingFocus(() => confirmAction(title, message, action)),
      openNewRequest: (config: NewRequestConfig) =>
        keepingFocus(() => openPanel<NewRequestResult>("new-request-panel", "New request", config)),
      openWorkItem: (id: number) => void openWorkItem(id),
      getQueryParams: async () => (await hostService<NavigationService>("navigation")).getQueryParams(),
      setQueryParams: (params: Record<string, string>) =>
        void hostService<NavigationService>("navigation").then((n) => n.setQueryParams(params)),
    },
  }));
  return <QueueHub services={services} />;
});
