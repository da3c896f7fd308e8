import {
  ColumnSorting,
  type ITableColumn,
  SimpleTableCell,
  SortOrder,
  Table,
  TableColumnLayout,
} from "azure-devops-ui/Table";
import { ArrayItemProvider } from "azure-devops-ui/Utilities/Provider";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import { RowActionButton } from "../../components/RowActionButton";
import { formatDuration, type QueueRow, type QueueSort, type SortKey } from "../../workflow/queue";
import { ROW_ACTIONS, type RowAction, rowActionBlocker } from "../../workflow/queueActions";
import { TRIAGE_LABELS } from "../../workflow/triage";
import { formatSpan } from "../../workflow/turnaround";
import { slaColumn } from "./slaColumn";

export interface QueueTableProps {
  label: string;
  rows: QueueRow[];
  sort: QueueSort;
  now: Date;
  assignee: Identity | undefined;
  busy: { id: number; action: string } | undefined;
  /** Adds the Turnaround column (submitted → closed), for closed requests. */
  showTurnaround?: boolean;
  /** Adds the SLA column, when the desk has service levels. */
  showSla?: boolean;
  workItemUrl(id: number): string;
  onSort(sort: QueueSort): void;
  onOpen(id: number): void;
  onAction(row: QueueRow, action: RowAction): void;
  onTriage(row: QueueRow): void;
}

/** A cell's text cut with an ellipsis when the column is narrow, the whole text on hover. */
function clipped(text: string | undefined, hover = text): React.ReactNode {
  if (!text) return "—";
  return (
    <span className="text-ellipsis" title={hover}>
      {text}
    </span>
  );
}

export interface ColumnDef {
  id: SortKey | "actions";
  name: string;
  width: number;
  render(row: QueueRow): React.ReactNode;
}

export function WorkItemLink({
  id,
  url,
  onOpen,
}: {
  id: number;
  url: string;
  onOpen(id: number): void;
}): React.ReactElement {
  return (
    <a
      href={url}
      target="_top"
      rel="noopener noreferrer"
      aria-label={`Open work item ${id}`}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        e.stopPropagation();
        onOpen(id);
      }}
    >
      #{id}
    </a>
  );
}

/** A table cell renderer around `render`, for rows with an id. */
export function cellOf<T extends { id: number }>(
  render: (item: T) => React.ReactNode,
): NonNullable<ITableColumn<T>["renderCell"]> {
  return function renderCell(_rowIndex, columnIndex, tableColumn, item) {
    return (
      <SimpleTableCell key={`${columnIndex}-${item.id}`} columnIndex={columnIndex} tableColumn={tableColumn}>
        {render(item)}
      </SimpleTableCell>
    );
  };
}

/** The queue's rows in a virtualized, sortable azure-devops-ui table with the row actions. */
export function QueueTable(props: QueueTableProps): React.ReactElement {
  const { rows, sort, now, assignee, busy } = props;
  const defs: ColumnDef[] = [
    {
      id: "id",
      name: "ID",
      width: 80,
      render: (r) => <WorkItemLink id={r.id} url={props.workItemUrl(r.id)} onOpen={props.onOpen} />,
    },
    {
      id: "title",
      name: "Title",
      // Negative widths share what the fixed columns leave, in percent (they add up to 100): fixed widths
      // for every column left the title 0 px wide in a 1440 px window.
      width: -32,
      render: (r) => clipped(r.title),
    },
    { id: "type", name: "Request type", width: -14, render: (r) => clipped(r.typeLabel) },
    { id: "service", name: "Service", width: -15, render: (r) => clipped(r.service) },
    {
      id: "client",
      name: "Client",
      width: -16,
      render: (r) => clipped(r.clientName || r.clientEmail, r.clientEmail),
    },
    { id: "age", name: "Age", width: 70, render: (r) => formatDuration(r.createdDate, now) },
    { id: "inStage", name: "In stage", width: 80, render: (r) => formatDuration(r.stageSince, now) },
    ...(props.showSla ? [slaColumn(now)] : []),
    ...(props.showTurnaround
      ? [
          {
            id: "turnaround" as const,
            name: "Turnaround",
            width: 110,
            render: (r: QueueRow) =>
              r.turnaroundMs === undefined ? (
                "—"
              ) : (
                <span title={`Submitted ${r.createdDate}, closed ${r.closedDate}`}>
                  {formatSpan(r.turnaroundMs)}
                </span>
              ),
          },
        ]
      : []),
    { id: "staff", name: "Staff", width: -13, render: (r) => clipped(r.staffAssignee) },
    { id: "triage", name: "Triage", width: -10, render: (r) => (r.triage ? TRIAGE_LABELS[r.triage] : "—") },
    {
      id: "actions",
      name: "Actions",
      width: 470,
      render: (r) => (
        <div className="umd-row-actions" role="group" aria-label={`Actions for request #${r.id}`}>
          {ROW_ACTIONS.map((a) => (
            <RowActionButton
              key={a}
              text={a}
              blocker={rowActionBlocker(a, r.view, assignee, now)}
              busy={busy?.id === r.id && busy.action === a}
              onClick={() => props.onAction(r, a)}
            />
          ))}
          <RowActionButton
            text="Triage"
            blocker={r.stage === "Closed" ? "The request is closed." : undefined}
            busy={busy?.id === r.id && busy.action === "Triage"}
            onClick={() => props.onTriage(r)}
          />
        </div>
      ),
    },
  ];
  const columns: ITableColumn<QueueRow>[] = defs.map((d) => ({
    id: d.id,
    name: d.name,
    width: d.width,
    columnLayout: d.id === "actions" ? TableColumnLayout.none : undefined,
    sortProps:
      d.id === "actions"
        ? undefined
        : {
            ariaLabelAscending: "Sorted ascending",
            ariaLabelDescending: "Sorted descending",
            sortOrder:
              sort.key === d.id ? (sort.descending ? SortOrder.descending : SortOrder.ascending) : undefined,
          },
    renderCell: (_rowIndex, columnIndex, tableColumn, row) => (
      <SimpleTableCell key={`${d.id}-${row.id}`} columnIndex={columnIndex} tableColumn={tableColumn}>
        {d.render(row)}
      </SimpleTableCell>
    ),
  }));
  const onSortRef = React.useRef(props.onSort);
  onSortRef.current = props.onSort;
  const defsRef = React.useRef(defs);
  defsRef.current = defs;
  const sorting = React.useMemo(
    () =>
      new ColumnSorting<QueueRow>((columnIndex, proposed) => {
        const key = defsRef.current[columnIndex]?.id;
        if (key && key !== "actions")
          onSortRef.current({ key, descending: proposed === SortOrder.descending });
      }),
    [],
  );
  const provider = React.useMemo(() => new ArrayItemProvider(rows), [rows]);
  return (
    <Table<QueueRow>
      ariaLabel={props.label}
      columns={columns}
      itemProvider={provider}
      behaviors={[sorting]}
      containerClassName="umd-queue-table"
      showLines
    />
  );
}
