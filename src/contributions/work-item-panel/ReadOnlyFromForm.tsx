import * as React from "react";

import { READ_ONLY_REASON, ReadOnlyReason } from "../../components/readOnly";
import type { FormEvents } from "./formEvents";

const readOnlyNow = (events: FormEvents): boolean => {
  const last = events.last();
  return last?.kind === "load" && last.readOnly;
};

/** Gives the panel's action buttons the read-only reason while the host shows the form read-only. */
export function ReadOnlyFromForm({
  events,
  children,
}: {
  events: FormEvents;
  children: React.ReactNode;
}): React.ReactElement {
  const [readOnly, setReadOnly] = React.useState(() => readOnlyNow(events));
  React.useEffect(() => {
    setReadOnly(readOnlyNow(events));
    return events.subscribe((signal) => {
      if (signal.kind === "load") setReadOnly(signal.readOnly);
    });
  }, [events]);
  return (
    <ReadOnlyReason.Provider value={readOnly ? READ_ONLY_REASON : undefined}>
      {children}
    </ReadOnlyReason.Provider>
  );
}
