import "../../components/panel.css";
import "./desk-widget-configuration.css";

import * as SDK from "azure-devops-extension-sdk";
import * as React from "react";

import { mountContribution } from "../../components/mountContribution";
import { createConfigBridge } from "./configBridge";
import { ConfigRoot } from "./ConfigRoot";

void mountContribution(() => {
  const bridge = createConfigBridge();
  SDK.register(SDK.getContributionId(), bridge.configuration);
  return <ConfigRoot bridge={bridge} />;
});
