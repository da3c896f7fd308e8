/**
 * The widget's own settings (customSettings.data, a JSON string the dashboard stores): a title and a request
 * type filter. Read defensively: a dashboard may hold settings from another version, or none.
 */
import { REQUEST_TYPES, type RequestTypeKey } from "../../domain/requestTypes";

export interface DeskWidgetSettings {
  title: string;
  type: RequestTypeKey | "";
}

export const WIDGET_NAME = "User management requests";
export const TITLE_MAX = 100;

/** What the dashboard gives a widget (azure-devops-extension-api/Dashboard's WidgetSettings, in part). */
export interface HostWidgetSettings {
  name?: string;
  size?: { columnSpan: number; rowSpan: number };
  customSettings?: { data?: string | null };
}

export function readWidgetSettings(ws: HostWidgetSettings | undefined): DeskWidgetSettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(ws?.customSettings?.data ?? "{}");
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
      raw = parsed as Record<string, unknown>;
  } catch {
    raw = {};
  }
  const type = REQUEST_TYPES.find((t) => t.key === raw.type)?.key ?? "";
  const title = typeof raw.title === "string" ? raw.title.slice(0, TITLE_MAX) : "";
  return { title, type };
}

export const writeWidgetSettings = (s: DeskWidgetSettings): string =>
  JSON.stringify({ title: s.title.trim(), type: s.type });
