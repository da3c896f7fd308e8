import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import type { RequestView } from "../../workflow/requestView";

export const FIRST_RUN_ADMIN =
  "No coordinator or staff is chosen for this project yet, so as a project administrator you can act on requests. Choose the coordinator and staff in Project settings > User Management Desk.";

/**
 * What the person should know before acting on the request: first run or default settings, settings that
 * needed repair, states that do not fit the process, details that could not be read, a client who cannot
 * be notified, a read that failed.
 */
export function RequestNotices({
  view,
  firstRun,
  notMember,
  problem,
}: {
  view: RequestView;
  firstRun: boolean | undefined;
  notMember: string | undefined;
  problem: string | undefined;
}): React.ReactElement {
  return (
    <>
      {firstRun && <MessageCard severity={MessageCardSeverity.Info}>{FIRST_RUN_ADMIN}</MessageCard>}
      {view.settings.isDefault && !firstRun && (
        <span className="secondary-text body-s">
          Using default settings for this project. Review them in Project settings &gt; User Management Desk.
        </span>
      )}
      {view.settings.problems.length > 0 && (
        <MessageCard severity={MessageCardSeverity.Warning}>
          {`The saved settings needed repair: ${view.settings.problems.join(" ")} Review them in Project settings > User Management Desk.`}
        </MessageCard>
      )}
      {view.stateProblems.map((p) => (
        <MessageCard key={p} severity={MessageCardSeverity.Error}>
          {p}
        </MessageCard>
      ))}
      {view.detailsProblem && (
        <MessageCard severity={MessageCardSeverity.Warning}>{view.detailsProblem}</MessageCard>
      )}
      {notMember && <MessageCard severity={MessageCardSeverity.Warning}>{notMember}</MessageCard>}
      {problem && <MessageCard severity={MessageCardSeverity.Warning}>{problem}</MessageCard>}
    </>
  );
}
