import "azure-devops-ui/Core/override.css";
import "./surface.css";

import * as SDK from "azure-devops-extension-sdk";
import * as React from "react";
import * as ReactDOM from "react-dom";

import { followThemeColorScheme } from "./colorScheme";
import { ErrorBoundary } from "./ErrorBoundary";
import { showFocusOnKeyboardEntry } from "./focusOnEntry";
import { RetryNotice } from "./RetryNotice";

/** Where the frame sits in the host: on the page (hub, form group) or on a panel's or dialog's surface. */
export type Surface = "page" | "callout";

/**
 * Starts a contribution: handshake with the host (theme applied by the host), render, then tell the host
 * the contribution loaded. Rendering waits for the handshake so every SDK getter is safe inside the tree.
 */
export async function mountContribution(
  render: () => React.ReactElement,
  surface: Surface = "page",
): Promise<void> {
  const root = document.getElementById("root");
  if (!root) throw new Error("The page has no #root element.");
  if (surface === "callout") document.documentElement.classList.add("umd-surface-callout");
  followThemeColorScheme();
  showFocusOnKeyboardEntry();
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
