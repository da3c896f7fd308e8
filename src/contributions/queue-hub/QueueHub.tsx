import { Button } from "azure-devops-ui/Button";
import { Header, TitleSize } from "azure-devops-ui/Header";
import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import { Page } from "azure-devops-ui/Page";
import { Tab, TabBadge, TabBar, TabSize } from "azure-devops-ui/Tabs";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import { Loading } from "../../components/Loading";
import { OutcomeMessage } from "../../components/OutcomeMessage";
import { useAction } from "../../components/useAction";
import { type Stage, STAGES } from "../../domain/stages";
import type { ActionOutcome } from "../../workflow/outcome";
import {
  countByStage,
  EMPTY_FILTER,
  filterRows,
  isAtRisk,
  isFiltered,
  locationToParams,
  paramsToLocation,
  type QueueLocation,
  type QueueRow,
  rowFromView,
  sortRows,
} from "../../workflow/queue";
import { hubStaffOptions, type RowAction, runRowAction } from "../../workflow/queueActions";
import { loadRequestView } from "../../workflow/requestView";
import { triageRequest } from "../../workflow/triage";
import { ClientRequests } from "./ClientRequests";
import type { HubServices } from "./hubServices";
import { MyTasks } from "./MyTasks";
import { QueueFilterBar } from "./QueueFilterBar";
import { QueueTable } from "./QueueTable";
import { TriageForm } from "./TriageForm";
import { TurnaroundSummary } from "./TurnaroundSummary";
import { type ClosedLoad, useQueueLoad } from "./useQueueLoad";

export const MY_TASKS_TAB = "my-tasks";

const EMPTY_MESSAGES: Record<Stage, string> = {
  Submitted: "No request is waiting to be acknowledged.",
  Acknowledged: "No acknowledged request is waiting for a staff task.",
  "In progress": "No request has a staff task in progress.",
  "Ready to close": "No request is ready to close.",
  Closed: "No request is closed yet.",
};

/** On the Closed tab: how many closed requests are read, and the next page on demand. */
function ClosedPager({ closed, onMore }: { closed: ClosedLoad; onMore(): void }): React.ReactElement | null {
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

export function QueueHub({ services }: { services: Promise<HubServices> }): React.ReactElement {
  const [location, setLocation] = React.useState<QueueLocation>({
    filter: EMPTY_FILTER,
    sort: { key: "id", descending: true },
    tab: undefined,
  });
  const [outcome, setOutcome] = React.useState<ActionOutcome | undefined>(undefined);
  const [busyRow, setBusyRow] = React.useState<{ id: number; action: string } | undefined>(undefined);
  const [triageFor, setTriageFor] = React.useState<QueueRow | undefined>(undefined);
  const [assigneeId, setAssigneeId] = React.useState<string | undefined>(undefined);
  const [reloads, setReloads] = React.useState(0);
  const { busy, run } = useAction(setOutcome);
  const { load, rows, progress, rowsError, replaceRow, closed, loadMoreClosed } = useQueueLoad(
    services,
    reloads,
    (params) => setLocation(paramsToLocation(params)),
  );
  const settingsServices = load.kind === "ready" ? load.ctx.settings.settings.services : undefined;
  // Derived from every row: computed when the rows or the filter change, not on every render.
  const filtered = React.useMemo(
    () => (rows ? filterRows(rows, location.filter) : []),
    [rows, location.filter],
  );
  // Closed requests not read yet count in the Closed tab when no filter is set (they were counted by query);
  // under a filter only the closed ones read can be matched, and the count says "+" while more exist.
  const unreadClosed = closed?.ids ? closed.ids.length - closed.rows.length : 0;
  const counts = React.useMemo(() => {
    const c = countByStage(filtered);
    if (!isFiltered(location.filter)) c.Closed += unreadClosed;
    return c;
  }, [filtered, location.filter, unreadClosed]);
  const hasSla = load.kind === "ready" && !!load.ctx.settings.settings.sla;
  // The At risk count: under every other filter, whatever the At risk filter itself says.
  const atRiskCount = React.useMemo(
    () =>
      rows && hasSla
        ? filterRows(rows, { ...location.filter, atRisk: false }).filter(isAtRisk).length
        : undefined,
    [rows, location.filter, hasSla],
  );
  const clients = React.useMemo(
    () =>
      rows
        ? [
            ...new Map(
              rows.filter((r) => r.clientEmail).map((r) => [r.clientEmail.toLowerCase(), r]),
            ).values(),
          ]
            .map((r) => ({ email: r.clientEmail.toLowerCase(), name: r.clientName }))
            .sort((a, b) => (a.name || a.email).localeCompare(b.name || b.email))
        : [],
    [rows],
  );
  const serviceNames = React.useMemo(
    () => [...new Set([...(settingsServices ?? []), ...(rows ?? []).map((r) => r.service).filter(Boolean)])],
    [rows, settingsServices],
  );
  const role = load.kind === "ready" ? load.role : undefined;
  const openLoaded = !!progress && progress.loaded >= progress.total;
  // The first page of closed requests once the open queue is in (the turnaround summary uses them), more
  // from the Closed tab.
  React.useEffect(() => {
    if (openLoaded && closed?.ids?.length && closed.rows.length === 0 && !closed.loading && !closed.error)
      loadMoreClosed();
  }, [openLoaded, closed, loadMoreClosed]);
  const tab =
    role === "client"
      ? "my-requests"
      : location.tab === MY_TASKS_TAB || STAGES.includes(location.tab as Stage)
        ? location.tab!
        : "Submitted";
  // The rows of the table on screen, sorted: a client's own requests, or one stage's.
  const shown = React.useMemo(
    () =>
      role === "client"
        ? sortRows(filtered, location.sort)
        : STAGES.includes(tab as Stage)
          ? sortRows(
              filtered.filter((r) => r.stage === tab),
              location.sort,
            )
          : [],
    [filtered, location.sort, role, tab],
  );

  if (load.kind === "loading") return <Loading label="Loading the request queue…" />;
  if (load.kind === "error")
    return (
      <Page className="umd-hub flex-grow">
        <Header title="User Management" titleSize={TitleSize.Large} />
        <div className="page-content page-content-top" role="alert">
          <MessageCard
            severity={MessageCardSeverity.Error}
            buttonProps={[{ text: "Try again", onClick: () => setReloads((n) => n + 1) }]}
          >
            {load.message}
          </MessageCard>
        </div>
      </Page>
    );

  const { hub, ctx } = load;
  const desk = hub.desk;
  const now = desk.now();
  const settings = ctx.settings.settings;
  const me: Identity = {
    id: desk.user.id,
    displayName: desk.user.displayName,
    uniqueName: desk.user.uniqueName,
  };
  const staffOptions = hubStaffOptions(settings.staff, me);
  const assignee =
    staffOptions.find((o) => o.id === assigneeId) ??
    staffOptions.find((o) => o.id === settings.defaultAssigneeId) ??
    staffOptions[0];

  const changeLocation = (next: QueueLocation) => {
    setLocation(next);
    try {
      hub.host.setQueryParams(locationToParams(next));
    } catch {
      // Not remembering the filter in the address is no reason to stop filtering.
    }
  };

  const refreshRow = async (id: number) => {
    try {
      replaceRow(rowFromView(await loadRequestView(desk, id, ctx.settings)));
    } catch {
      // The row stays as it was; Refresh reads everything again.
    }
  };

  const onAction = (row: QueueRow, action: RowAction) =>
    void run(action, async () => {
      setBusyRow({ id: row.id, action });
      try {
        const { outcome: result, fresh } = await runRowAction(
          desk,
          hub.host.confirm,
          action,
          row.view,
          assignee,
        );
        if (fresh) replaceRow(rowFromView(fresh));
        if (result && result.kind !== "failed") await refreshRow(row.id);
        return result;
      } finally {
        setBusyRow(undefined);
      }
    });

  const onTriageSave = (row: QueueRow, input: Parameters<typeof triageRequest>[2]) =>
    void run("Triage", async () => {
      setBusyRow({ id: row.id, action: "Triage" });
      try {
        const result = await triageRequest(desk, row.id, input, row.triage);
        if (result.kind === "done") setTriageFor(undefined);
        await refreshRow(row.id);
        return result;
      } finally {
        setBusyRow(undefined);
      }
    });

  const onNewRequest = () =>
    void run("New request", async () => {
      const result = await hub.host.openNewRequest({ asClient: role === "client" });
      if (!result) return undefined;
      if (role === "staff") changeLocation({ ...location, tab: "Submitted" });
      await refreshRow(result.id);
      return result.outcome;
    });

  const progressText =
    rows === undefined
      ? undefined
      : progress && progress.loaded < progress.total
        ? `Loaded ${progress.loaded.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")} requests…`
        : undefined;
  // Closed requests are counted after the open queue is in: until then their tab says it is counting.
  const closedCounting = role === "staff" && !closed?.ids && !rowsError;

  const notices = (
    <>
      {ctx.settings.isDefault && role === "staff" && (
        <MessageCard severity={MessageCardSeverity.Info}>
          This project uses the default settings (no coordinator or staff chosen yet). Review them in Project
          settings &gt; User Management Desk.
        </MessageCard>
      )}
      {ctx.settings.problems.length > 0 && role === "staff" && (
        <MessageCard severity={MessageCardSeverity.Warning}>
          {`The saved settings needed repair: ${ctx.settings.problems.join(" ")} Review them in Project settings > User Management Desk.`}
        </MessageCard>
      )}
      {rowsError && (
        <div role="alert">
          <MessageCard
            severity={MessageCardSeverity.Error}
            buttonProps={[{ text: "Try again", onClick: () => setReloads((n) => n + 1) }]}
          >
            {rowsError}
          </MessageCard>
        </div>
      )}
      {outcome && (
        <OutcomeMessage
          outcome={outcome}
          onRetry={() => {
            if (outcome.kind === "failed" && outcome.retry) void run("Retry", outcome.retry);
          }}
          onDismiss={() => setOutcome(undefined)}
        />
      )}
      {progressText && (
        <div className="secondary-text body-s" role="status" aria-live="polite">
          {progressText}
        </div>
      )}
    </>
  );

  const toolbar = (
    <div className="umd-toolbar">
      <Button
        text="New request"
        ariaLabel="New request"
        iconProps={{ iconName: "Add" }}
        primary
        disabled={busy !== undefined}
        onClick={onNewRequest}
      />
      <Button
        text="Refresh"
        ariaLabel="Refresh"
        iconProps={{ iconName: "Refresh" }}
        disabled={busy !== undefined}
        onClick={() => setReloads((n) => n + 1)}
      />
      {role === "staff" && (
        <label className="umd-field umd-inline-field">
          <span className="body-s">Staff member</span>
          <select value={assignee?.id ?? ""} onChange={(e) => setAssigneeId(e.target.value)}>
            {staffOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.displayName}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );

  if (role === "client")
    return (
      <Page className="umd-hub flex-grow">
        <Header title="My requests" titleSize={TitleSize.Large} />
        <div className="page-content page-content-top flex-column umd-hub-body">
          {toolbar}
          {notices}
          <QueueFilterBar
            filter={location.filter}
            services={serviceNames}
            onChange={(filter) => changeLocation({ ...location, filter })}
          />
          <ClientRequests
            rows={rows}
            filtered={shown}
            filterActive={isFiltered(location.filter)}
            now={now}
            me={me}
            comments={hub.comments}
            workItemUrl={desk.workItemUrl}
            onOpen={hub.host.openWorkItem}
          />
        </div>
      </Page>
    );

  return (
    <Page className="umd-hub flex-grow">
      <Header title="User Management" titleSize={TitleSize.Large} />
      <div className="page-content page-content-top flex-column umd-hub-body">
        {toolbar}
        {notices}
        <TabBar
          selectedTabId={tab}
          onSelectedTabChanged={(id) => changeLocation({ ...location, tab: id })}
          tabSize={TabSize.Tall}
          ariaLabel="Request stages"
        >
          {STAGES.map((s) => (
            <Tab
              key={s}
              id={s}
              name={s}
              // The exact number: the default badge shows "1K+" above 999.
              renderBadge={
                rows
                  ? () => (
                      <TabBadge>
                        {s === "Closed" && closedCounting ? "…" : counts[s].toLocaleString("en-US")}
                        {s === "Closed" && unreadClosed > 0 && isFiltered(location.filter) ? "+" : ""}
                      </TabBadge>
                    )
                  : undefined
              }
            />
          ))}
          <Tab id={MY_TASKS_TAB} name="My tasks" />
        </TabBar>
        {tab === MY_TASKS_TAB ? (
          <MyTasks services={desk} taskStates={ctx.taskStates} now={now} onOpen={hub.host.openWorkItem} />
        ) : (
          <>
            <QueueFilterBar
              filter={location.filter}
              services={serviceNames}
              clients={clients}
              atRiskCount={atRiskCount}
              onChange={(filter) => changeLocation({ ...location, filter })}
            />
            {rows !== undefined && rows.length > 0 && (
              <TurnaroundSummary
                rows={filtered}
                filter={location.filter}
                now={now}
                partialNote={
                  closed?.ids && unreadClosed > 0
                    ? `Closed requests read: the latest ${closed.rows.length.toLocaleString("en-US")} of ${closed.ids.length.toLocaleString("en-US")}.`
                    : undefined
                }
              />
            )}
            {triageFor && (
              <TriageForm
                key={triageFor.id}
                row={triageFor}
                busy={busy === "Triage"}
                onSave={(input) => onTriageSave(triageFor, input)}
                onCancel={() => setTriageFor(undefined)}
              />
            )}
            {tab === "Closed" && closed?.ids && <ClosedPager closed={closed} onMore={loadMoreClosed} />}
            {rows === undefined ? (
              <Loading label="Loading requests…" />
            ) : shown.length === 0 ? (
              <div className="umd-empty" role="status">
                {rows.length === 0 ? (
                  <MessageCard severity={MessageCardSeverity.Info}>
                    No user-management requests yet. Choose New request to enter one for a client; requests
                    that clients or outside forms submit appear here too.
                  </MessageCard>
                ) : isFiltered(location.filter) ? (
                  <MessageCard severity={MessageCardSeverity.Info}>
                    {`No ${(tab as string).toLowerCase()} request matches the filter. Change or clear the filter to see more.`}
                  </MessageCard>
                ) : (
                  <span className="secondary-text">{EMPTY_MESSAGES[tab as Stage]}</span>
                )}
              </div>
            ) : (
              <QueueTable
                label={`${tab} requests`}
                rows={shown}
                sort={location.sort}
                now={now}
                assignee={assignee}
                busy={busyRow}
                showTurnaround={tab === "Closed"}
                showSla={hasSla}
                workItemUrl={desk.workItemUrl}
                onSort={(sort) => changeLocation({ ...location, sort })}
                onOpen={hub.host.openWorkItem}
                onAction={onAction}
                onTriage={(row) => setTriageFor(row)}
              />
            )}
          </>
        )}
      </div>
    </Page>
  );
}
