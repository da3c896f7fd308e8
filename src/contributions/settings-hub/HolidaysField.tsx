import * as React from "react";

import { TextSetting } from "./TextSetting";

const parse = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Holidays as one date a line. The text typed is kept as typed (a new line or a half-typed date stays), the
 * dates read from it are the setting; what cannot be read stays in the box with the error under it.
 */
export function HolidaysField({
  value,
  error,
  onChange,
}: {
  value: string[];
  error: string | undefined;
  onChange(holidays: string[]): void;
}): React.ReactElement {
  const [text, setText] = React.useState(() => value.join("\n"));
  // A change from elsewhere (Reset to defaults, Reload) replaces the text; the person's own typing does not.
  React.useEffect(() => {
    setText((current) => (parse(current).join("\n") === value.join("\n") ? current : value.join("\n")));
  }, [value]);
  return (
    <TextSetting
      path="sla.calendar.holidays"
      label="Holidays"
      value={text}
      error={error}
      hint="One date a line, yyyy-mm-dd: no working hours that day."
      multiline
      rows={3}
      onChange={(typed) => {
        setText(typed);
        onChange(parse(typed));
      }}
    />
  );
}
