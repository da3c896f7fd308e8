import { FormItem } from "azure-devops-ui/FormItem";
import { TextField } from "azure-devops-ui/TextField";
import * as React from "react";

import { Choice } from "../../components/Choice";
import { REQUEST_TYPES } from "../../domain/requestTypes";
import type { DeskWidgetSettings } from "../desk-widget/widgetSettings";
import { TITLE_MAX } from "../desk-widget/widgetSettings";
import { titleProblem } from "./configBridge";

// "All types" is the empty filter; every option needs an id of its own.
const ALL_TYPES = "all";
const TYPE_OPTIONS = [
  { id: ALL_TYPES, text: "All types" },
  ...REQUEST_TYPES.map((t) => ({ id: t.key, text: t.label })),
];

/** Title and request type filter of the widget, each labelled, the title's limit counted as it is typed. */
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
      <FormItem label="Title" error={!!problem} message={problem}>
        <TextField
          ariaLabel="Title"
          ariaInvalid={problem ? true : undefined}
          value={settings.title}
          placeholder="User management requests"
          maxLength={TITLE_MAX}
          showCharacterCounter
          onChange={(_e, title) => onChange({ ...settings, title })}
        />
      </FormItem>
      <FormItem label="Request type">
        <Choice
          ariaLabel="Request type"
          value={settings.type || ALL_TYPES}
          options={TYPE_OPTIONS}
          onChange={(id) =>
            onChange({ ...settings, type: (id === ALL_TYPES ? "" : id) as DeskWidgetSettings["type"] })
          }
        />
      </FormItem>
    </form>
  );
}
