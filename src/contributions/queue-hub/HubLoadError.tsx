import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import { HubPage } from "./HubPage";

/** The queue could not be read: why, and Try again instead of a blank page. */
export function HubLoadError({ message, onRetry }: { message: string; onRetry(): void }): React.ReactElement {
  return (
    <HubPage title="User Management">
      <div role="alert">
        <MessageCard
          severity={MessageCardSeverity.Error}
          buttonProps={[{ text: "Try again", onClick: onRetry }]}
        >
          {message}
        </MessageCard>
      </div>
    </HubPage>
  );
}
