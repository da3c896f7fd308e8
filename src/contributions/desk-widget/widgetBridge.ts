/**
 * The object a dashboard calls (the widget SDK contract): `load` and `reload` receive the widget settings
 * and answer with a WidgetStatus once the figures are shown, or reject with a user-visible message (what
 * WidgetStatusHelper.Success / Failure produce). The React view subscribes to what it should show.
 */

import type { DeskFigures } from "../../workflow/deskFigures";
import { WIDGET_STATUS_SUCCESS } from "./widgetContract";
import {
  type DeskWidgetSettings,
  type HostWidgetSettings,
  readWidgetSettings,
  WIDGET_NAME,
} from "./widgetSettings";

export type WidgetView =
  | { kind: "waiting" }
  | { kind: "loading"; title: string; size: { columnSpan: number; rowSpan: number } }
  | {
      kind: "ready";
      title: string;
      size: { columnSpan: number; rowSpan: number };
      settings: DeskWidgetSettings;
      figures: DeskFigures;
    }
  | { kind: "error"; title: string; message: string };

export function createWidgetBridge(
  loadFigures: (settings: DeskWidgetSettings) => Promise<DeskFigures>,
  describe: (e: unknown) => string,
) {
  let view: WidgetView = { kind: "waiting" };
  let listener: ((v: WidgetView) => void) | undefined;
  let generation = 0;
  const set = (v: WidgetView) => {
    view = v;
    listener?.(v);
  };
  const show = async (ws: HostWidgetSettings) => {
    const mine = ++generation;
    const settings = readWidgetSettings(ws);
    const title = settings.title || ws.name || WIDGET_NAME;
    const size = ws.size ?? { columnSpan: 2, rowSpan: 2 };
    set({ kind: "loading", title, size });
    try {
      const figures = await loadFigures(settings);
      if (mine === generation) set({ kind: "ready", title, size, settings, figures });
      return { statusType: WIDGET_STATUS_SUCCESS };
    } catch (e) {
      const message = describe(e);
      if (mine === generation) set({ kind: "error", title, message });
      // As WidgetStatusHelper.Failure does: the dashboard shows the message in its error experience.
      throw { message, isUserVisible: true, isRichText: false };
    }
  };
  return {
    widget: { load: show, reload: show },
    subscribe(l: (v: WidgetView) => void): () => void {
      listener = l;
      l(view);
      return () => {
        if (listener === l) listener = undefined;
      };
    },
  };
}
