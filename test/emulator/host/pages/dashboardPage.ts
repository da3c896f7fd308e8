/**
 * /{org}/{project}/_dashboards: the project's dashboard with its widgets, giving each the widget SDK
 * contract as Azure DevOps' dashboard does (azure-devops-extension-api/Dashboard, WidgetContracts):
 * - the widget: `load(widgetSettings)` once it is loaded, `reload(widgetSettings)` after a configuration
 *   change or save; each answers a WidgetStatus (statusType 0 success, 2 unconfigured) or rejects with
 *   `{ message }`, which the dashboard shows in place of the widget;
 * - its configuration (the contribution the widget targets): `load(widgetSettings, context)`, where
 *   `context.notify("ms.vss-dashboards-web.configurationChange", { data: customSettings })` previews the
 *   change in the widget and enables Save; Save calls `onSave()`, which answers `{ isValid, customSettings }`
 *   (or rejects `{ isValid: false }`), and the dashboard stores the settings (here /_emulator/dashboards).
 * Each call and its outcome is in window.__emulatorLog as "dashboard.*".
 */
import type { ManifestContribution } from "../bootstrap";
import type { RemoteObject } from "../contributionHost";
import { clear, h } from "../dom";
import type { PageEnv } from "../env";
import { hostLog } from "../log";
import { openOverlay } from "../ui/overlay";
import { renderChrome } from "./chrome";

interface Widget {
  id: string;
  contributionId: string;
  name: string;
  size: { columnSpan: number; rowSpan: number };
  settings: { data: string | null };
}

interface Dashboard {
  id: string;
  name: string;
  widgets: Widget[];
}

const CONFIGURATION_CHANGE = "ms.vss-dashboards-web.configurationChange";
/** The dashboard grid: 160 px cells, 10 px apart (WidgetSizeConverter's cell and margin). */
const CELL = 160;
const GAP = 10;
const px = (cells: number) => cells * CELL + (cells - 1) * GAP;

const widgetSettings = (w: Widget) => ({
  name: w.name,
  size: w.size,
  customSettings: { data: w.settings.data, version: { major: 1, minor: 0, patch: 0 } },
});

async function call(object: RemoteObject | undefined, method: string, ...args: unknown[]): Promise<unknown> {
  const fn = object?.[method];
  if (typeof fn !== "function") throw { message: `The contribution has no ${method}().` };
  return (fn as (...a: unknown[]) => Promise<unknown>)(...args);
}

function dashboardsUrl(env: PageEnv, ...parts: string[]): string {
  return `${env.bootstrap.publicUrl}/_emulator/dashboards/${[env.project.name, ...parts].map(encodeURIComponent).join("/")}`;
}

const DASHBOARD_CSS = `
.dashboard-grid { display: flex; flex-wrap: wrap; gap: ${GAP}px; align-items: flex-start; }
.dashboard-widget { background: var(--callout-background-color); box-shadow: 0 1px 3px var(--callout-shadow-color); position: relative; }
.dashboard-widget .widget-frame .contribution-frame { height: 100%; }
.widget-toolbar { position: absolute; top: 4px; right: 4px; z-index: 1; }
.widget-status:not(:empty) { padding: 6px 10px; color: var(--status-error-text); }
.config-field { display: flex; flex-direction: column; gap: 2px; margin: 0 16px 12px; font-size: 12px; }
.config-frame { height: 260px; margin: 0 12px; border: 1px solid rgba(var(--palette-neutral-8), 1); }
.config-frame .contribution-frame { height: 100%; }
.config-message { margin: 8px 16px; color: var(--status-error-text); }
.config-actions { display: flex; gap: 8px; margin: 12px 16px; }
`;

export async function renderDashboardPage(env: PageEnv): Promise<void> {
  const style = document.createElement("style");
  style.textContent = DASHBOARD_CSS;
  document.head.appendChild(style);
  const dashboard = (await (await fetch(dashboardsUrl(env))).json()) as Dashboard;
  document.title = `${dashboard.name} - ${env.project.name} - Azure DevOps emulator`;
  const main = renderChrome(env, [
    h("a", { href: env.link("/") }, env.project.name),
    "Dashboards",
    dashboard.name,
  ]);
  const grid = h("div", { class: "dashboard-grid", role: "list", "aria-label": "Widgets" });
  main.append(h("h1", { class: "page-title" }, dashboard.name), grid);
  for (const widget of dashboard.widgets) {
    const contribution = env.findContribution(widget.contributionId);
    if (!contribution) continue;
    renderWidget(env, grid, widget, contribution);
  }
}

function renderWidget(env: PageEnv, grid: HTMLElement, widget: Widget, contribution: ManifestContribution) {
  const status = h("div", { class: "widget-status", role: "status" });
  const frameBox = h("div", { class: "widget-frame" });
  const configure = h("button", { type: "button", class: "widget-configure" }, "Configure");
  const cell = h(
    "div",
    { class: "dashboard-widget", role: "listitem", "aria-label": widget.name, "data-widget-id": widget.id },
    h("div", { class: "widget-toolbar" }, configure),
    frameBox,
    status,
  );
  grid.append(cell);
  const layout = () => {
    cell.style.width = `${px(widget.size.columnSpan)}px`;
    frameBox.style.height = `${px(widget.size.rowSpan)}px`;
    cell.setAttribute("aria-label", widget.name);
  };
  layout();
  const hosted = env.mount({ container: frameBox, contribution, sizing: "fill" });
  const source = contribution.id;

  /** load or reload, and what the widget answered: shown on the cell, logged for tests. */
  const show = async (method: "load" | "reload", settings = widgetSettings(widget)) => {
    cell.dataset.widgetStatus = "loading";
    try {
      const answer = (await call(await hosted.instance(), method, settings)) as { statusType?: number };
      const type = answer?.statusType === 2 ? "unconfigured" : "success";
      cell.dataset.widgetStatus = type;
      status.textContent = type === "unconfigured" ? "This widget needs to be configured." : "";
      hostLog(source, `dashboard.${method}`, { settings, outcome: type, status: answer });
    } catch (e) {
      const message = String((e as { message?: unknown })?.message ?? e);
      cell.dataset.widgetStatus = "failure";
      status.textContent = message;
      hostLog(source, `dashboard.${method}`, { settings, outcome: "failure", message });
    }
  };
  void hosted.loaded.then(() => show("load"));
  configure.addEventListener("click", () => openConfiguration(env, widget, contribution, show, layout));
}

function openConfiguration(
  env: PageEnv,
  widget: Widget,
  contribution: ManifestContribution,
  show: (method: "load" | "reload", settings?: ReturnType<typeof widgetSettings>) => Promise<void>,
  layout: () => void,
) {
  const configId = (contribution.targets ?? []).find((t) => t.startsWith("."))?.slice(1);
  const configContribution = configId ? env.findContribution(configId) : undefined;
  if (!configContribution) return;
  const sizes = (contribution.properties?.supportedSizes as Widget["size"][] | undefined) ?? [widget.size];
  let draft: Widget = JSON.parse(JSON.stringify(widget)) as Widget;
  const message = h("div", { class: "config-message", role: "alert" });
  const nameInput = h("input", { type: "text", value: widget.name, "aria-label": "Widget name" });
  const sizeSelect = h(
    "select",
    { "aria-label": "Widget size" },
    ...sizes.map((s) =>
      h(
        "option",
        {
          value: `${s.columnSpan}x${s.rowSpan}`,
          selected: s.columnSpan === widget.size.columnSpan && s.rowSpan === widget.size.rowSpan,
        },
        `${s.columnSpan} × ${s.rowSpan}`,
      ),
    ),
  );
  const preview = () => void show("reload", widgetSettings(draft));
  nameInput.addEventListener("input", () => {
    draft = { ...draft, name: nameInput.value };
    preview();
  });
  sizeSelect.addEventListener("change", () => {
    const [c, r] = sizeSelect.value.split("x").map(Number);
    draft = { ...draft, size: { columnSpan: c, rowSpan: r } };
  });
  const close = () => {
    configHosted.dispose();
    overlay.close();
  };
  const cancel = () => {
    close();
    // The preview is undone: the widget shows its saved settings again.
    void show("reload");
  };
  const save = async () => {
    try {
      const answer = (await call(await configHosted.instance(), "onSave")) as {
        isValid?: boolean;
        customSettings?: { data?: string };
      };
      hostLog(configContribution.id, "dashboard.onSave", {
        outcome: answer?.isValid ? "valid" : "invalid",
        answer,
      });
      if (!answer?.isValid) throw { isValid: false };
      draft = { ...draft, settings: { data: answer.customSettings?.data ?? null } };
      const saved = await fetch(dashboardsUrl(env, "widgets", widget.id), {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(draft),
      });
      if (!saved.ok) throw { message: `The dashboard could not save the widget (HTTP ${saved.status}).` };
      Object.assign(widget, draft);
      layout();
      close();
      void show("reload");
    } catch (e) {
      const text = (e as { message?: string })?.message;
      hostLog(configContribution.id, "dashboard.onSave", { outcome: "refused", message: text });
      message.textContent = text ?? "The configuration is not valid; correct it and save again.";
    }
  };
  const overlay = openOverlay({
    kind: "panel",
    title: `Configure ${widget.name}`,
    size: 1,
    onDismiss: cancel,
  });
  clear(overlay.body);
  const frameBox = h("div", { class: "config-frame" });
  overlay.body.append(
    h("label", { class: "config-field" }, "Name", nameInput),
    h("label", { class: "config-field" }, "Size", sizeSelect),
    frameBox,
    message,
    h(
      "div",
      { class: "config-actions" },
      h("button", { type: "button", class: "primary", onclick: () => void save() }, "Save"),
      h("button", { type: "button", onclick: cancel }, "Cancel"),
    ),
  );
  const configHosted = env.mount({ container: frameBox, contribution: configContribution, sizing: "fill" });
  const context = {
    notify(event: string, args: { data?: unknown } | undefined) {
      hostLog(configContribution.id, "dashboard.notify", { event, args });
      // ConfigurationEvent.Args(customSettings): args.data is the CustomSettings, { data: string }.
      const custom = args?.data as { data?: unknown } | undefined;
      if (event === CONFIGURATION_CHANGE && typeof custom?.data === "string") {
        draft = { ...draft, settings: { data: custom.data } };
        preview();
      }
      return Promise.resolve({ getResponse: () => Promise.resolve("") });
    },
  };
  void configHosted.loaded.then(async () => {
    try {
      await call(await configHosted.instance(), "load", widgetSettings(widget), context);
      hostLog(configContribution.id, "dashboard.configuration.load", { outcome: "success" });
    } catch (e) {
      message.textContent = String((e as { message?: unknown })?.message ?? e);
    }
  });
}
