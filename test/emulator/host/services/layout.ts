/**
 * ms.vss-features.host-page-layout-service: panels and custom dialogs host another contribution with
 * initialConfig = {...configuration, panel|dialog: {close(result)}}; closing (from the content, or the
 * user dismissing it) calls the opener's onClose proxy with the result. Message dialogs are host-drawn.
 */
import type { HostedContribution } from "../contributionHost";
import type { PageEnv } from "../env";
import { hostLog } from "../log";
import { showMessageDialog } from "../ui/messageDialog";
import { openOverlay } from "../ui/overlay";

interface OverlayOptions {
  title?: string;
  description?: string;
  size?: number;
  configuration?: Record<string, unknown>;
  onClose?: (result?: unknown) => void;
}

/** Accepts the full id ("publisher.extension.contribution") or this extension's relative id. */
function resolve(env: PageEnv, contributionId: string) {
  const { publisher, id } = env.bootstrap.manifest;
  const prefix = `${publisher}.${id}.`;
  const relative = contributionId.startsWith(prefix) ? contributionId.slice(prefix.length) : contributionId;
  const contribution = env.findContribution(relative);
  if (!contribution)
    throw new Error(`The contribution "${contributionId}" is not in the extension's manifest.`);
  return contribution;
}

function openHosted(
  env: PageEnv,
  opener: string,
  kind: "panel" | "dialog",
  id: string,
  options: OverlayOptions,
) {
  const contribution = resolve(env, id);
  let closed = false;
  const close = (result?: unknown) => {
    if (closed) return;
    closed = true;
    overlay.close();
    content.dispose();
    hostLog(opener, `layout.${kind}.closed`, { contributionId: contribution.id, result });
    void options.onClose?.(result);
  };
  const overlay = openOverlay({
    kind,
    title: options.title,
    description: options.description,
    size: options.size,
    onDismiss: () => close(undefined),
  });
  const content = env.mount({
    container: overlay.body,
    contribution,
    sizing: kind === "panel" ? "fill" : "height",
    initialConfig: { ...(options.configuration ?? {}), [kind]: { close } },
  });
}

export function layoutService(env: PageEnv, hosted: HostedContribution) {
  return createLayout(env, hosted.contribution.id);
}

/** The service's behaviour for an opener named `opener` (a contribution id, or "host" for test hooks). */
export function createLayout(env: PageEnv, opener: string) {
  let fullScreen = false;
  return {
    openPanel(contributionId: string, options: OverlayOptions = {}): void {
      openHosted(env, opener, "panel", contributionId, options);
    },
    openCustomDialog(contributionId: string, options: OverlayOptions = {}): void {
      openHosted(env, opener, "dialog", contributionId, options);
    },
    async openMessageDialog(
      message: string,
      options: {
        title?: string;
        okText?: string;
        cancelText?: string;
        showCancel?: boolean;
        onClose?: (r: boolean) => void;
      } = {},
    ): Promise<void> {
      const result = await showMessageDialog(message, options);
      void options.onClose?.(result);
    },
    async getFullScreenMode(): Promise<boolean> {
      return fullScreen;
    },
    setFullScreenMode(value: boolean): void {
      fullScreen = value;
      document.documentElement.classList.toggle("full-screen", value);
    },
  };
}
