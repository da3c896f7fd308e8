/**
 * The widget configuration's side of the widget SDK contract: `load(widgetSettings, context)` gives the
 * settings and a context whose `notify(ConfigurationEvent.ConfigurationChange, {data: customSettings})` lets
 * the dashboard preview the change and enable its Save; `onSave()` answers the settings to store, or refuses
 * (as WidgetConfigurationSave.Valid / Invalid do).
 */
import { CONFIGURATION_CHANGE, WIDGET_STATUS_SUCCESS } from "../desk-widget/widgetContract";
import {
  type DeskWidgetSettings,
  type HostWidgetSettings,
  readWidgetSettings,
  TITLE_MAX,
  writeWidgetSettings,
} from "../desk-widget/widgetSettings";

interface ConfigurationContext {
  notify(event: string, args: { data: unknown }): Promise<unknown>;
}

export function titleProblem(title: string): string | undefined {
  return title.length > TITLE_MAX ? `Keep the title to ${TITLE_MAX} characters.` : undefined;
}

export function createConfigBridge() {
  let settings: DeskWidgetSettings | undefined;
  let context: ConfigurationContext | undefined;
  let listener: ((s: DeskWidgetSettings) => void) | undefined;
  return {
    configuration: {
      load(ws: HostWidgetSettings, ctx: ConfigurationContext) {
        settings = readWidgetSettings(ws);
        context = ctx;
        listener?.(settings);
        return Promise.resolve({ statusType: WIDGET_STATUS_SUCCESS });
      },
      onSave() {
        if (!settings || titleProblem(settings.title)) return Promise.reject({ isValid: false });
        return Promise.resolve({ isValid: true, customSettings: { data: writeWidgetSettings(settings) } });
      },
    },
    subscribe(l: (s: DeskWidgetSettings) => void): () => void {
      listener = l;
      if (settings) l(settings);
      return () => {
        if (listener === l) listener = undefined;
      };
    },
    /** A change in the form: kept for onSave, and told to the dashboard so its preview follows. */
    change(next: DeskWidgetSettings) {
      settings = next;
      if (!titleProblem(next.title))
        // ConfigurationEvent.Args(customSettings): the payload is { data: customSettings }.
        void context?.notify(CONFIGURATION_CHANGE, { data: { data: writeWidgetSettings(next) } });
    },
  };
}
