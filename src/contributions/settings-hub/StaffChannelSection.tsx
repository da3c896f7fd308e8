import * as React from "react";

import { TextSetting } from "./TextSetting";

/** The optional staff-channel webhook; an http:// or malformed address is marked at the field. */
export function StaffChannelSection({
  webhookUrl,
  error,
  onChange,
}: {
  webhookUrl: string | undefined;
  error: string | undefined;
  onChange(webhookUrl: string): void;
}): React.ReactElement {
  return (
    <TextSetting
      path="webhookUrl"
      label="Staff channel webhook URL (optional)"
      value={webhookUrl ?? ""}
      error={error}
      placeholder="https://"
      hint="A Teams Workflows webhook (Post to a channel when a webhook request is received) or a Slack incoming webhook: each acknowledged request is posted there. Or leave it empty and let Azure DevOps post, with no URL here: a service hook on the requests (Project settings > Service hooks) or the Azure Boards app for Teams."
      onChange={onChange}
    />
  );
}
