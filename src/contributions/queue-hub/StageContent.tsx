import { ZeroData } from "azure-devops-ui/ZeroData";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import { Loading } from "../../components/Loading";
import type { Stage } from "../../domain/stages";
import { isFiltered, type QueueLocation, type QueueRow } from "../../workflow/queue";
import { ClosedPager } from "./ClosedPager";
import { QueueFilterBar } from "./QueueFilterBar";
import { QueueTable } from "./QueueTable";
import { TriageForm } from "./TriageForm";
import { TurnaroundSummary } from "./TurnaroundSummary";
import type { HubActions } from "./useHubActions";
import type { HubView } from "./useHubView";
import type { ClosedLoad } from "./useQueueLoad";

const EMPTY_MESSAGES: Record<Stage, string> = {
  Submitted: "No request is waiting to be acknowledged.",
  Acknowledged: "No acknowledged request is waiting for a staff task.",
  "In progress": "No request has a staff task in progress.",
  "Ready to close": "No request is ready to close.",
  Closed: "No request is closed yet.",
};

/** An empty view, as Azure DevOps shows one: what is missing and what to do. */
function Empty({ primary, secondary }: { primary: string; secondary?: string }): React.ReactElement {
  return (
    <div className="umd-empty" role="status">
      <ZeroData
        iconProps={{ iconName: "Inbox" }}
        imageAltText=""
        primaryText={primary}
        secondaryText={secondary}
      />
    </div>
  );
}

/** One stage's tab: the filter bar, the turnaround summary, triage, and its table or why it is empty. */
export function StageContent(props: {
  tab: Stage;
  rows: QueueRow[] | undefined;
  view: HubView;
  location: QueueLocation;
  now: Date;
  assignee: Identity | undefined;
  actions: HubActions;
  workItemUrl(id: number): string;
  onOpen(id: number): void;
  onLocation(next: QueueLocation): void;
  /** The desk has service levels: the SLA column shows. */
  showSla: boolean;
  closed: ClosedLoad | undefined;
  onMoreClosed(): void;
}): React.ReactElement {
  const { tab, rows, view, location, actions } = props;
  const table = () => {
    if (rows === undefined) return <Loading label="Loading requests…" />;
    if (rows.length === 0)
      return (
        <Empty
          primary="No user-management requests yet"
          secondary="Choose New request to enter one for a client; requests that clients or outside forms submit appear here too."
        />
      );
    if (view.shown.length === 0)
      return isFiltered(location.filter) ? (
        <Empty
          primary={`No ${tab.toLowerCase()} request matches the filter`}
          secondary="Change or clear the filter to see more."
        />
      ) : (
        <Empty primary={EMPTY_MESSAGES[tab]} />
      );
    return (
      <QueueTable
        label={`${tab} requests`}
        rows={view.shown}
        sort={location.sort}
        now={props.now}
        assignee={props.assignee}
        busy={actions.busyRow}
        showTurnaround={tab === "Closed"}
        withActions={tab !== "Closed"}
        showSla={props.showSla}
        workItemUrl={props.workItemUrl}
        onSort={(sort) => props.onLocation({ ...location, sort })}
        onOpen={props.onOpen}
        onAction={actions.onAction}
        onTriage={(row) => actions.setTriageFor(row)}
      />
    );
  };
  return (
    <>
      <QueueFilterBar
        filter={location.filter}
        services={view.serviceNames}
        clients={view.clients}
        atRiskCount={view.atRiskCount}
        onChange={(filter) => props.onLocation({ ...location, filter })}
      />
      {rows !== undefined && rows.length > 0 && (
        <TurnaroundSummary
          rows={view.filtered}
          filter={location.filter}
          now={props.now}
          partialNote={
            props.closed?.ids && view.unreadClosed > 0
              ? `Closed requests read: the latest ${props.closed.rows.length.toLocaleString("en-US")} of ${props.closed.ids.length.toLocaleString("en-US")}.`
              : undefined
          }
        />
      )}
      {tab === "Closed" && props.closed && <ClosedPager closed={props.closed} onMore={props.onMoreClosed} />}
      {actions.triageFor && (
        <TriageForm
          key={actions.triageFor.id}
          row={actions.triageFor}
          busy={actions.busy === "Triage"}
          onSave={(input) => actions.onTriageSave(actions.triageFor!, input)}
          onCancel={() => actions.setTriageFor(undefined)}
        />
      )}
      {table()}
    </>
  );
}
