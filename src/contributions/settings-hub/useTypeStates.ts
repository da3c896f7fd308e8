/** The states of the chosen intake and task types, read once per type for the types of one load. */
import * as React from "react";

import { describeError } from "../../ado/restErrors";
import type { WorkItemState } from "../../domain/states";
import type { SettingsHubServices } from "./settingsServices";

export type StatesEntry =
  { kind: "loading" } | { kind: "ok"; list: WorkItemState[] } | { kind: "error"; message: string };

interface Cache {
  /** The project's types these entries were read for: a reload brings a new list, and reads afresh. */
  of?: string[];
  entries: Record<string, StatesEntry>;
}

const NONE: Record<string, StatesEntry> = {};

export function useTypeStates(
  services: SettingsHubServices | undefined,
  types: string[] | undefined,
  intakeType: string | undefined,
  taskType: string | undefined,
): Record<string, StatesEntry> {
  const [cache, setCache] = React.useState<Cache>({ entries: NONE });
  const current = React.useRef(types);
  current.current = types;
  const entries = cache.of === types ? cache.entries : NONE;

  React.useEffect(() => {
    if (!services || !types) return;
    const put = (type: string, entry: StatesEntry) =>
      setCache((prev) =>
        // An answer for the types of an earlier load is dropped.
        current.current !== types
          ? prev
          : { of: types, entries: { ...(prev.of === types ? prev.entries : NONE), [type]: entry } },
      );
    for (const t of new Set([intakeType, taskType])) {
      if (!t || !types.includes(t) || entries[t]) continue;
      put(t, { kind: "loading" });
      services.workItems.typeStates(t).then(
        (list) => put(t, { kind: "ok", list }),
        (e: unknown) => put(t, { kind: "error", message: describeError(e, `read the states of ${t}`) }),
      );
    }
  }, [services, types, intakeType, taskType, entries]);

  return entries;
}
