import * as React from "react";

import { onRetryReported, retryText } from "../ado/retryProgress";

/** Shows, while the transport waits to repeat a call, why and for how long. */
export function RetryNotice(): React.ReactElement | null {
  const [text, setText] = React.useState<string | undefined>();
  React.useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onRetryReported((info) => {
      setText(retryText(info));
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setText(undefined), info.waitMs);
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, []);
  if (!text) return null;
  return (
    <div className="umd-retry-notice secondary-text body-s" role="status" aria-live="polite">
      {text}
    </div>
  );
}
