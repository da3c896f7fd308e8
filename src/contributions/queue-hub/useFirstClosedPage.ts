import * as React from "react";

import type { ClosedLoad } from "./useQueueLoad";

/**
 * Reads the first page of closed requests once the open queue is in (the turnaround summary uses them);
 * more come from the Closed tab.
 */
export function useFirstClosedPage(
  openLoaded: boolean,
  closed: ClosedLoad | undefined,
  loadMoreClosed: () => void,
): void {
  React.useEffect(() => {
    if (openLoaded && closed?.ids?.length && closed.rows.length === 0 && !closed.loading && !closed.error)
      loadMoreClosed();
  }, [openLoaded, closed, loadMoreClosed]);
}
