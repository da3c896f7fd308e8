import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import type { ClosedLoad } from "./useQueueLoad";

/** On the Closed tab: how many closed requests are read, and the next page on demand. */
export function ClosedPager({
  closed,
  onMore,
}: {
  closed: ClosedLoad;
  onMore(): void;
}): React.ReactElement | null {
  const total = closed.ids?.length ?? 0;
  if (total === 0) return null;
  const read = closed.rows.length;
  return (
    <div className="umd-toolbar" role="status" aria-live="polite">
      <span className="secondary-text body-s">
        {closed.loading
          ? `Reading closed requests… (${read.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} read)`
          : read < total
            ? `Showing the latest ${read.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} closed requests.`
            : `All ${total.toLocaleString("en-US")} closed requests are shown.`}
      </span>
      {closed.error && <span className="body-s">{closed.error}</span>}
      {read < total && (
        <Button
          text="Load more"
          disabled={closed.loading}
          onClick={onMore}
          ariaLabel="Load more closed requests"
        />
      )}
    </div>
  );
}
