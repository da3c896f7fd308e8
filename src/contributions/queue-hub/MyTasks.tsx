import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import { type ITableColumn, Table } from "azure-devops-ui/Table";
import { ArrayItemProvider } from "azure-devops-ui/Utilities/Provider";
import * as React from "react";

import { describeError } from "../../ado/restErrors";
import { Loading } from "../../components/Loading";
import { RowActionButton } from "../../components/RowActionButton";
import type { WorkItemState } from "../../domain/states";
import type { DeskServices } from "../../workflow/deskServices";
import { loadMyTasks, type MyTaskRow } from "../../workflow/myTasks";
import { formatDuration } from "../../workflow/queue";
import { cellOf, WorkItemLink } from "./QueueTable";

/** Staff tasks assigned to me, with their parent request; Complete task is on the task's own form. */
export function MyTasks({
  services,
  taskStates,
  now,
  onOpen,
}: {
  services: DeskServices;
  taskStates: WorkItemState[];
  now: Date;
  onOpen(id: number): void;
}): React.ReactElement {
  const [state, setState] = React.useState<
    { kind: "loading" } | { kind: "error"; message: string } | { kind: "ready"; rows: MyTaskRow[] }
  >({ kind: "loading" });
  React.useEffect(() => {
    let live = true;
    loadMyTasks(services, taskStates).then(
      (rows) => live && setState({ kind: "ready", rows }),
      (e) => live && setState({ kind: "error", message: describeError(e, "load your staff tasks") }),
    );
    return () => {
      live = false;
    };
  }, [services, taskStates]);
  const provider = React.useMemo(
    () => new ArrayItemProvider(state.kind === "ready" ? state.rows : []),
    [state],
  );
  if (state.kind === "loading") return <Loading label="Loading your staff tasks…" />;
  if (state.kind === "error")
    return (
      <div role="alert">
        <MessageCard severity={MessageCardSeverity.Error}>{state.message}</MessageCard>
      </div>
    );
  if (state.rows.length === 0)
    return (
      <div className="umd-empty" role="status">
        <span className="secondary-text">
          No staff task is assigned to you. Tasks appear here when someone chooses Create staff task for you.
        </span>
      </div>
    );
  const cell = (render: (r: MyTaskRow) => React.ReactNode) => cellOf<MyTaskRow>(render);
  const columns: ITableColumn<MyTaskRow>[] = [
    {
      id: "id",
      name: "Task",
      width: 80,
      renderCell: cell((t) => <WorkItemLink id={t.id} url={services.workItemUrl(t.id)} onOpen={onOpen} />),
    },
    { id: "title", name: "Title", width: -100, renderCell: cell((t) => t.title) },
    {
      id: "request",
      name: "Request",
      width: -60,
      renderCell: cell((t) =>
        t.parentId ? (
          <span>
            <WorkItemLink id={t.parentId} url={services.workItemUrl(t.parentId)} onOpen={onOpen} />{" "}
            {t.parentTitle}
          </span>
        ) : (
          "—"
        ),
      ),
    },
    { id: "state", name: "State", width: 100, renderCell: cell((t) => t.state) },
    { id: "age", name: "Age", width: 80, renderCell: cell((t) => formatDuration(t.createdDate, now)) },
    {
      id: "open",
      name: "Actions",
      width: 200,
      renderCell: cell((t) => (
        <RowActionButton
          text="Open to complete"
          primary={!t.done}
          blocker={t.done ? "This task is already done." : undefined}
          onClick={() => onOpen(t.id)}
        />
      )),
    },
  ];
  return (
    <>
      <span className="secondary-text body-s">
        Open a task to record its account changes and choose Complete task in its User management panel.
      </span>
      <Table<MyTaskRow> ariaLabel="My staff tasks" columns={columns} itemProvider={provider} showLines />
    </>
  );
}
