import "./desk-widget.css";

import * as SDK from "azure-devops-extension-sdk";
import * as React from "react";

import { createDeskServices } from "../../ado/createDeskServices";
import { describeError } from "../../ado/restErrors";
import { mountContribution } from "../../components/mountContribution";
import { loadDeskFigures } from "../../workflow/deskFigures";
import { loadQueueContext } from "../../workflow/queue";
import { DeskWidget } from "./DeskWidget";
import { createWidgetBridge, type WidgetView } from "./widgetBridge";

function WidgetRoot({
  subscribe,
}: {
  subscribe(l: (v: WidgetView) => void): () => void;
}): React.ReactElement {
  const [view, setView] = React.useState<WidgetView>({ kind: "waiting" });
  React.useEffect(() => subscribe(setView), [subscribe]);
  return <DeskWidget view={view} />;
}

void mountContribution(() => {
  const desk = createDeskServices();
  const context = desk.then(loadQueueContext);
  const bridge = createWidgetBridge(
    async (settings) => loadDeskFigures(await desk, await context, { type: settings.type || undefined }),
    (e) => describeError(e, "load the request figures"),
  );
  // The dashboard asks for the object under the widget's full contribution id.
  SDK.register(SDK.getContributionId(), bridge.widget);
  return <WidgetRoot subscribe={bridge.subscribe} />;
});
