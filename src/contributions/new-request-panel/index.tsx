import "../../components/panel.css";
import "./new-request-panel.css";

import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import { createDeskServices } from "../../ado/createDeskServices";
import { confirmAction } from "../../ado/hostUi";
import { describeError } from "../../ado/restErrors";
import { configuration } from "../../ado/sdkHost";
import type { LoadedSettings } from "../../ado/settingsStore";
import { Loading } from "../../components/Loading";
import { mountContribution } from "../../components/mountContribution";
import { useEscape } from "../../components/useEscape";
import { may } from "../../domain/roles";
import type { DeskServices } from "../../workflow/deskServices";
import { viewerOf } from "../../workflow/viewer";
import type { NewRequestConfig, NewRequestResult } from "../queue-hub/hubServices";
import { NewRequestForm } from "./NewRequestForm";

type Config = Partial<NewRequestConfig> & { panel?: { close(result?: NewRequestResult): void } };

function NewRequestPanel({ config }: { config: Config }): React.ReactElement {
  const [state, setState] = React.useState<
    | { kind: "loading" }
    | { kind: "error"; message: string }
    | { kind: "ready"; services: DeskServices; settings: LoadedSettings; onBehalf: boolean }
  >({ kind: "loading" });
  React.useEffect(() => {
    createDeskServices()
      .then(async (services) => {
        const settings = await services.settings.load();
        // Decided here from the trusted settings, not from what the opening page passed.
        const onBehalf = may(await viewerOf(services, settings), "fileOnBehalf");
        return { services, settings, onBehalf };
      })
      .then(
        ({ services, settings, onBehalf }) => setState({ kind: "ready", services, settings, onBehalf }),
        (e) => setState({ kind: "error", message: describeError(e, "open the new request form") }),
      );
  }, []);
  const close = (result?: NewRequestResult) => config.panel?.close(result);
  // Escape closes the panel as Cancel does, as the host's own Escape would if it had the key press.
  useEscape(() => close(undefined));
  if (state.kind === "loading") return <Loading label="Loading the request form…" />;
  if (state.kind === "error")
    return (
      <div role="alert" style={{ padding: 16 }}>
        <MessageCard severity={MessageCardSeverity.Error}>{state.message}</MessageCard>
      </div>
    );
  return (
    <NewRequestForm
      services={state.services}
      settings={state.settings}
      asClient={config.asClient === true || !state.onBehalf}
      confirm={confirmAction}
      onSubmitted={(result) => close(result)}
      onCancel={() => close(undefined)}
    />
  );
}

void mountContribution(() => <NewRequestPanel config={configuration<Config>()} />, "callout");
