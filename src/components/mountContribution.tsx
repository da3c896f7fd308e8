import "azure-devops-ui/Core/override.css";

import * as SDK from "azure-devops-extension-sdk";
import * as React from "react";
import * as ReactDOM from "react-dom";

import { followThemeColorScheme } from "./colorScheme";
import { ErrorBoundary } from "./ErrorBoundary";
import { RetryNotice } from "./RetryNotice";

/**
 * Starts a contribution: handshake with the host (theme applied by the host), render, then tell the host
 * the contribution loaded. Rendering waits for the handshake so every SDK getter is safe inside the tree.
 */
export async function mountContribution(render: () => React.ReactElement): Promise<void> {
  const root = document.getElementById("root");
  if (!root) throw new Error("The page has no #root element.");
  followThemeColorScheme();
  await SDK.init({ loaded: false, applyTheme: true });
  ReactDOM.render(
    <ErrorBoundary>
      <RetryNotice />
      {render()}
    </ErrorBoundary>,
    root,
    () => {
      void SDK.notifyLoadSucceeded();
    },
  );
}
