/**
 * Panels (right-hand side sheets) and custom dialogs (centred) as host-page overlays. The content is
 * whatever the caller mounts into `body` (another contribution's iframe); the overlay only owns the frame,
 * the title and dismissal (Close button, Escape, click on the scrim).
 */
import { h } from "../dom";

export interface OverlayOptions {
  kind: "panel" | "dialog";
  title?: string;
  description?: string;
  /** Panel size as the layout service passes it: 0 small … 3 extra large. */
  size?: number;
  /** Called when the user dismisses it (not when the content closes it). */
  onDismiss(): void;
}

export interface Overlay {
  body: HTMLElement;
  close(): void;
}

const PANEL_WIDTHS = ["380px", "560px", "760px", "min(960px, 92vw)"];

export function openOverlay(options: OverlayOptions): Overlay {
  const title = options.title ?? "";
  const body = h("div", { class: "overlay-body" });
  const dismiss = () => options.onDismiss();
  const section = h(
    "section",
    {
      class: `overlay-surface overlay-${options.kind}`,
      role: "dialog",
      "aria-modal": "true",
      "aria-label": title || options.kind,
    },
    h(
      "header",
      { class: "overlay-header" },
      h(
        "div",
        null,
        h("h2", null, title),
        options.description ? h("p", { class: "secondary" }, options.description) : null,
      ),
      h(
        "button",
        { type: "button", class: "icon-button", "aria-label": "Close", onclick: dismiss },
        "\u00d7",
      ),
    ),
    body,
  );
  if (options.kind === "panel") section.style.width = PANEL_WIDTHS[options.size ?? 1] ?? PANEL_WIDTHS[1];
  const root = h(
    "div",
    { class: `overlay overlay-root-${options.kind}` },
    h("div", { class: "overlay-scrim", onclick: dismiss }),
    section,
  );
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") dismiss();
  };
  document.addEventListener("keydown", onKey);
  document.body.appendChild(root);
  return {
    body,
    close() {
      document.removeEventListener("keydown", onKey);
      root.remove();
    },
  };
}
