import * as React from "react";

import { Loading } from "../../components/Loading";
import type { Stage } from "../../domain/stages";
import { isFiltered, type QueueLocation } from "../../workflow/queue";
import { ClientRequests } from "./ClientRequests";
import { HubLoadError } from "./HubLoadError";
import { HubNotices } from "./HubNotices";
import { HubPage } from "./HubPage";
import type { HubServices } from "./hubServices";
import { HubToolbar } from "./HubToolbar";
import { MyTasks } from "./MyTasks";
import { QueueFilterBar } from "./QueueFilterBar";
import { StageContent } from "./StageContent";
import { StageTabs } from "./StageTabs";
import { useFirstClosedPage } from "./useFirstClosedPage";
import { useHubActions } from "./useHubActions";
import { useHubAssignee } from "./useHubAssignee";
import { MY_TASKS_TAB, useHubView } from "./useHubView";
import { useQueueLoad } from "./useQueueLoad";
import { useQueueLocation } from "./useQueueLocation";

export { MY_TASKS_TAB };

/**
 * The User Management hub: the queue by stage for staff (a table per stage, My tasks), a client's own
 * requests for a client. The load, the location, the derived view and the actions live in hooks; this
 * composes them.
 */
export function QueueHub({ services }: { services: Promise<HubServices> }): React.ReactElement {
  const { location, restore, change } = useQueueLocation();
  const [assigneeId, setAssigneeId] = React.useState<string | undefined>(undefined);
  const [reloads, setReloads] = React.useState(0);
  const reload = () => setReloads((n) => n + 1);
  const { load, rows, progress, rowsError, replaceRow, closed, loadMoreClosed } = useQueueLoad(
    services,
    reloads,
    restore,
  );
  const ready = load.kind === "ready" ? load : undefined;
  const role = ready?.role;
  const settings = ready?.ctx.settings.settings;
  const hasSla = !!settings?.sla;
  const view = useHubView(rows, location, role, settings?.services, closed, hasSla);
  useFirstClosedPage(!!progress && progress.loaded >= progress.total, closed, loadMoreClosed);
  const { me, staff, assignee } = useHubAssignee(ready?.hub, settings, assigneeId);
  const changeLocation = (next: QueueLocation) => change(next, ready?.hub.host);
  const actions = useHubActions(
    ready?.hub,
    ready?.ctx,
    role,
    assignee,
    replaceRow,
    () => changeLocation({ ...location, tab: "Submitted" }),
    ready?.viewer,
  );

  if (load.kind === "loading") return <Loading label="Loading the request queue…" />;
  if (load.kind === "error") return <HubLoadError message={load.message} onRetry={reload} />;

  const { hub, ctx } = load;
  const now = hub.desk.now();
  const top = (
    <>
      <HubToolbar
        busy={actions.busy !== undefined}
        staff={role === "staff" ? staff : undefined}
        assignee={assignee}
        onAssignee={setAssigneeId}
        onNewRequest={actions.onNewRequest}
        onRefresh={reload}
      />
      <HubNotices
        settings={ctx.settings}
        role={load.role}
        viewer={load.viewer}
        rowsLoaded={rows !== undefined}
        progress={progress}
        rowsError={rowsError}
        actions={actions}
        onReload={reload}
      />
    </>
  );

  if (role === "client")
    return (
      <HubPage title="My requests">
        {top}
        <QueueFilterBar
          filter={location.filter}
          services={view.serviceNames}
          onChange={(filter) => changeLocation({ ...location, filter })}
        />
        <ClientRequests
          rows={rows}
          filtered={view.shown}
          filterActive={isFiltered(location.filter)}
          now={now}
          me={me!}
          comments={hub.comments}
          workItemUrl={hub.desk.workItemUrl}
          onOpen={hub.host.openWorkItem}
        />
      </HubPage>
    );

  return (
    <HubPage title="User Management">
      {top}
      <StageTabs
        tab={view.tab}
        counts={rows ? view.counts : undefined}
        // Closed requests are counted after the open queue is in: until then their tab says it is counting.
        closedCounting={role === "staff" && !closed?.ids && !rowsError}
        closedMore={view.unreadClosed > 0 && isFiltered(location.filter)}
        onTab={(tab) => changeLocation({ ...location, tab })}
      />
      {view.tab === MY_TASKS_TAB ? (
        <MyTasks services={hub.desk} taskStates={ctx.taskStates} now={now} onOpen={hub.host.openWorkItem} />
      ) : (
        <StageContent
          tab={view.tab as Stage}
          rows={rows}
          view={view}
          location={location}
          now={now}
          assignee={assignee}
          actions={actions}
          workItemUrl={hub.desk.workItemUrl}
          onOpen={hub.host.openWorkItem}
          onLocation={changeLocation}
          showSla={hasSla}
          closed={closed}
          onMoreClosed={loadMoreClosed}
        />
      )}
    </HubPage>
  );
}
