import { Header, TitleSize } from "azure-devops-ui/Header";
import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import { Page } from "azure-devops-ui/Page";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import { Loading } from "../../components/Loading";
import type { Settings } from "../../domain/settings";
import type { Stage } from "../../domain/stages";
import {
  EMPTY_FILTER,
  isFiltered,
  locationToParams,
  paramsToLocation,
  type QueueLocation,
} from "../../workflow/queue";
import { hubStaffOptions } from "../../workflow/queueActions";
import { ClientRequests } from "./ClientRequests";
import { HubNotices } from "./HubNotices";
import type { HubServices } from "./hubServices";
import { HubToolbar } from "./HubToolbar";
import { MyTasks } from "./MyTasks";
import { QueueFilterBar } from "./QueueFilterBar";
import { StageContent } from "./StageContent";
import { StageTabs } from "./StageTabs";
import { useHubActions } from "./useHubActions";
import { MY_TASKS_TAB, useHubView } from "./useHubView";
import { useQueueLoad } from "./useQueueLoad";

export { MY_TASKS_TAB };

/** The hub's page: its one title, then the content. */
function HubPage({ title, children }: { title: string; children: React.ReactNode }): React.ReactElement {
  return (
    <Page className="umd-hub flex-grow">
      <Header title={title} titleSize={TitleSize.Large} />
      <div className="page-content page-content-top flex-column umd-hub-body">{children}</div>
    </Page>
  );
}

/** The signed-in person, who a row's staff task can go to, and who it goes to now. */
function useAssignee(
  hub: HubServices | undefined,
  settings: Settings | undefined,
  chosenId: string | undefined,
) {
  const me: Identity | undefined = hub && {
    id: hub.desk.user.id,
    displayName: hub.desk.user.displayName,
    uniqueName: hub.desk.user.uniqueName,
  };
  const staff = settings && me ? hubStaffOptions(settings.staff, me) : [];
  const assignee =
    staff.find((o) => o.id === chosenId) ??
    staff.find((o) => o.id === settings?.defaultAssigneeId) ??
    staff[0];
  return { me, staff, assignee };
}

/**
 * The User Management hub: the queue by stage for staff (a table per stage, My tasks), a client's own
 * requests for a client. The load, the derived view and the actions live in hooks; this composes them.
 */
export function QueueHub({ services }: { services: Promise<HubServices> }): React.ReactElement {
  const [location, setLocation] = React.useState<QueueLocation>({
    filter: EMPTY_FILTER,
    sort: { key: "id", descending: true },
    tab: undefined,
  });
  const [assigneeId, setAssigneeId] = React.useState<string | undefined>(undefined);
  const [reloads, setReloads] = React.useState(0);
  const reload = () => setReloads((n) => n + 1);
  const { load, rows, progress, rowsError, replaceRow, closed, loadMoreClosed } = useQueueLoad(
    services,
    reloads,
    (params) => setLocation(paramsToLocation(params)),
  );
  const ready = load.kind === "ready" ? load : undefined;
  const role = ready?.role;
  const settings = ready?.ctx.settings.settings;
  const hasSla = !!settings?.sla;
  const view = useHubView(rows, location, role, settings?.services, closed, hasSla);
  const openLoaded = !!progress && progress.loaded >= progress.total;
  // The first page of closed requests once the open queue is in (the turnaround summary uses them), more
  // from the Closed tab.
  React.useEffect(() => {
    if (openLoaded && closed?.ids?.length && closed.rows.length === 0 && !closed.loading && !closed.error)
      loadMoreClosed();
  }, [openLoaded, closed, loadMoreClosed]);
  const { me, staff, assignee } = useAssignee(ready?.hub, settings, assigneeId);
  const changeLocation = (next: QueueLocation) => {
    setLocation(next);
    try {
      ready?.hub.host.setQueryParams(locationToParams(next));
    } catch {
      // Not remembering the filter in the address is no reason to stop filtering.
    }
  };
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
  if (load.kind === "error")
    return (
      <HubPage title="User Management">
        <div role="alert">
          <MessageCard
            severity={MessageCardSeverity.Error}
            buttonProps={[{ text: "Try again", onClick: reload }]}
          >
            {load.message}
          </MessageCard>
        </div>
      </HubPage>
    );

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
