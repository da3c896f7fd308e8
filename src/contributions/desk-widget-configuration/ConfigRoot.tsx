import * as React from "react";

import type { DeskWidgetSettings } from "../desk-widget/widgetSettings";
import type { createConfigBridge } from "./configBridge";
import { WidgetConfiguration } from "./WidgetConfiguration";

/** The configuration form, fed by the dashboard through the bridge and telling it every change. */
export function ConfigRoot({
  bridge,
}: {
  bridge: ReturnType<typeof createConfigBridge>;
}): React.ReactElement {
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
