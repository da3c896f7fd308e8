import * as React from "react";

import { REQUEST_TYPES } from "../../domain/requestTypes";
import type { DeskWidgetSettings } from "../desk-widget/widgetSettings";
import { titleProblem } from "./configBridge";

/** Title and request type filter of the widget, each labelled, the title's problem announced with it. */
export function WidgetConfiguration({
  settings,
  onChange,
}: {
  settings: DeskWidgetSettings | undefined;
  onChange(s: DeskWidgetSettings): void;
}): React.ReactElement {
  if (!settings) return <div className="umd-widget-config" />;
  const problem = titleProblem(settings.title);
  return (
    <form className="umd-widget-config flex-column" onSubmit={(e) => e.preventDefault()}>
      <label className="umd-field">
        <span className="body-s">Title</span>
        <input
          type="text"
          value={settings.title}
          placeholder="User management requests"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? "umd-widget-title-error" : undefined}
          onChange={(e) => onChange({ ...settings, title: e.target.value })}
        />
        {problem && (
          <span id="umd-widget-title-error" className="body-s umd-setting-error">
            {problem}
          </span>
        )}
      </label>
      <label className="umd-field">
        <span className="body-s">Request type</span>
        <select
          value={settings.type}
          onChange={(e) => onChange({ ...settings, type: e.target.value as DeskWidgetSettings["type"] })}
        >
          <option value="">All types</option>
          {REQUEST_TYPES.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
