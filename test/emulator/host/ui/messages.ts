/** Toasts (role=status, bottom of the page) and banners (top of the page) of the global messages service. */
import { h } from "../dom";

export interface ToastOptions {
  message: string;
  callToAction?: string;
  duration?: number;
  forceOverrideExisting?: boolean;
  onCallToActionClick?: () => void;
}

function toastRegion(): HTMLElement {
  let region = document.getElementById("toasts");
  if (!region) {
    region = h("div", { id: "toasts", class: "toasts" });
    document.body.appendChild(region);
  }
  return region;
}

export function showToast(options: ToastOptions): void {
  const region = toastRegion();
  if (options.forceOverrideExisting) region.replaceChildren();
  const toast = h(
    "div",
    { class: "toast", role: "status", "aria-live": "polite" },
    h("span", null, options.message),
    options.callToAction
      ? h(
          "button",
          { type: "button", class: "link-button", onclick: () => options.onCallToActionClick?.() },
          options.callToAction,
        )
      : null,
  );
  region.appendChild(toast);
  setTimeout(() => toast.remove(), options.duration && options.duration > 0 ? options.duration : 8000);
}

/** MessageBannerLevel: 0 info, 1 warning, 2 error, 3 success. */
const LEVELS = ["info", "warning", "error", "success"];

export interface BannerOptions {
  message?: string;
  level?: number;
  dismissable?: boolean;
}

export function showBanner(options: BannerOptions): void {
  const region = document.getElementById("banners");
  if (!region) return;
  const level = LEVELS[options.level ?? 0] ?? "info";
  const banner = h(
    "div",
    { class: `banner banner-${level}`, role: level === "error" || level === "warning" ? "alert" : "status" },
    h("span", null, options.message ?? ""),
    options.dismissable === false
      ? null
      : h(
          "button",
          { type: "button", class: "icon-button", "aria-label": "Dismiss", onclick: () => banner.remove() },
          "\u00d7",
        ),
  );
  region.replaceChildren(banner);
}

export function closeBanner(): void {
  document.getElementById("banners")?.replaceChildren();
}
