import "../../components/panel.css";
import "./desk-widget-configuration.css";

import * as SDK from "azure-devops-extension-sdk";
import * as React from "react";

import { mountContribution } from "../../components/mountContribution";
import type { DeskWidgetSettings } from "../desk-widget/widgetSettings";
import { createConfigBridge } from "./configBridge";
import { WidgetConfiguration } from "./WidgetConfiguration";

function ConfigRoot({ bridge }: { bridge: ReturnType<typeof createConfigBridge> }): React.ReactElement {
  const [settings, setSettings] = React.useState<DeskWidgetSettings | undefined>(undefined);
  React.useEffect(() => bridge.subscribe(setSettings), [bridge]);
  return (
    <WidgetConfiguration
      settings={settings}
      onChange={(next) => {
        setSettings(next);
        bridge.change(next);
      }}
    />
  );
}

void mountContribution(() => {
  const bridge = createConfigBridge();
  SDK.register(SDK.getContributionId(), bridge.configuration);
  return <ConfigRoot bridge={bridge} />;
});
