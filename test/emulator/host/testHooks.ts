/**
 * window.__emulatorHost: lets e2e tests (and a curious developer in the console) open any contribution in
 * a panel or dialog with a configuration, through the same layout code an extension's call takes. The
 * contribution inside still goes through the real XDM handshake; only the opener is the host itself, and
 * what it closes with lands in the host log as "layout.panel.closed" / "layout.dialog.closed".
 */
import type { PageEnv } from "./env";
import { hostLog } from "./log";
import { createLayout } from "./services/layout";

export interface EmulatorHostHooks {
  openPanel(
    contributionId: string,
    options?: { title?: string; configuration?: Record<string, unknown> },
  ): void;
  openCustomDialog(
    contributionId: string,
    options?: { title?: string; configuration?: Record<string, unknown> },
  ): void;
  openMessageDialog(
    message: string,
    options?: { title?: string; okText?: string; cancelText?: string },
  ): void;
}

export function installTestHooks(env: PageEnv): void {
  const layout = createLayout(env, "host");
  const hooks: EmulatorHostHooks = {
    openPanel: (id, options = {}) => layout.openPanel(id, options),
    openCustomDialog: (id, options = {}) => layout.openCustomDialog(id, options),
    openMessageDialog: (message, options = {}) =>
      void layout.openMessageDialog(message, {
        ...options,
        showCancel: true,
        onClose: (result) => hostLog("host", "layout.message.closed", { result }),
      }),
  };
  (window as unknown as { __emulatorHost: EmulatorHostHooks }).__emulatorHost = hooks;
}
