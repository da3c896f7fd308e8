import { Spinner, SpinnerSize } from "azure-devops-ui/Spinner";
import * as React from "react";

/** The one loading state every contribution shows while it reads what it needs. */
export function Loading({ label }: { label: string }): React.ReactElement {
  return (
    <div className="flex-row flex-center justify-center padding-16">
      <Spinner size={SpinnerSize.medium} label={label} ariaLive="polite" />
    </div>
  );
}
