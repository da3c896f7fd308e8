import * as React from "react";

import { EMPTY_FILTER, locationToParams, paramsToLocation, type QueueLocation } from "../../workflow/queue";
import type { HubHost } from "./hubServices";

/**
 * Where the person is in the queue (filter, sort, tab), kept in the page's address too, so a reload or a
 * shared link opens the same view.
 */
export function useQueueLocation(): {
  location: QueueLocation;
  /** Takes the location from the address's parameters, as the hub loads. */
  restore(params: Record<string, string>): void;
  /** Moves to `next` and writes it to the address through `host`, once the hub has one. */
  change(next: QueueLocation, host: HubHost | undefined): void;
} {
  const [location, setLocation] = React.useState<QueueLocation>({
    filter: EMPTY_FILTER,
    sort: { key: "id", descending: true },
    tab: undefined,
  });
  const restore = React.useCallback(
    (params: Record<string, string>) => setLocation(paramsToLocation(params)),
    [],
  );
  return {
    location,
    restore,
    change: (next, host) => {
      setLocation(next);
      try {
        host?.setQueryParams(locationToParams(next));
      } catch {
        // Not remembering the filter in the address is no reason to stop filtering.
      }
    },
  };
}
