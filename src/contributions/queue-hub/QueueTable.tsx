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
import { formatDuration, type QueueRow, type QueueSort, type SortKey } from "../../workflow/queue";
import { type HubRowAction, type RowAction, rowActionBlocker } from "../../workflow/queueActions";
import { TRIAGE_LABELS } from "../../workflow/triage";
import { formatSpan } from "../../workflow/turnaround";
import { RowActions } from "./RowActions";
import { slaColumn } from "./slaColumn";
import { type ColumnWidth, useColumnWidths, useWidth } from "./useColumnWidths";

export interface QueueTableProps {
  label: string;
  rows: QueueRow[];
  sort: QueueSort;
  now: Date;
  assignee: Identity | undefined;
  busy: { id: number; action: string } | undefined;
  /** Adds the Turnaround column (submitted → closed), for closed requests. */
  showTurnaround?: boolean;
  /** False leaves out the Actions column (closed requests, which offer none). */
  withActions?: boolean;
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

export interface ColumnDef extends ColumnWidth {
  id: SortKey | "actions";
  name: string;
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

/**
 * Widths from 1024 px up: ID, ages and the actions fixed, the text columns sharing the rest with the title
 * taking the largest share (at least 200 px), so it stays readable while the row's one button and its
 * "More actions" menu keep 200 px.
 */
const ACTIONS_WIDTH = 184;

/**
 * Request type and service go under the title instead of in columns of their own when, as columns, they
 * would leave the title less than this: the fixed columns (ages, SLA, turnaround, actions) come and go
 * with the tab and the settings, so the width alone cannot say.
 */
const TITLE_COMFORT = 300;

export function typeUnderTitle(props: QueueTableProps, available: number): boolean {
  const wide = columnDefs(props, false);
  const fixed = wide.reduce((sum, d) => sum + (d.fixed ?? 0), 0);
  const shares = wide.reduce((sum, d) => sum + (d.share ?? 0), 0);
  const title = wide.find((d) => d.id === "title")!;
  return ((available - fixed) * title.share!) / shares < TITLE_COMFORT;
}

/** The title, and in a narrow table the request type and service under it. */
function titleCell(r: QueueRow, narrow: boolean): React.ReactNode {
  if (!narrow) return clipped(r.title);
  const sub = [r.typeLabel, r.service].filter(Boolean).join(" · ");
  return (
    <div className="flex-column umd-title-cell">
      {clipped(r.title)}
      {sub && <span className="secondary-text body-s text-ellipsis">{sub}</span>}
    </div>
  );
}

function columnDefs(props: QueueTableProps, narrow: boolean): ColumnDef[] {
  const { now, assignee, busy } = props;
  const blockerOf = (r: QueueRow) => (a: HubRowAction) =>
    a === "Triage" ? undefined : rowActionBlocker(a, r.view, assignee, now);
  const defs: ColumnDef[] = [
    {
      id: "id",
      name: "ID",
      fixed: 64,
      render: (r) => <WorkItemLink id={r.id} url={props.workItemUrl(r.id)} onOpen={props.onOpen} />,
    },
    { id: "title", name: "Title", share: 34, min: 200, render: (r) => titleCell(r, narrow) },
    ...(narrow
      ? []
      : [
          {
            id: "type" as const,
            name: "Request type",
            share: 13,
            render: (r: QueueRow) => clipped(r.typeLabel),
          },
          { id: "service" as const, name: "Service", share: 14, render: (r: QueueRow) => clipped(r.service) },
        ]),
    {
      id: "client",
      name: "Client",
      share: 14,
      min: 64,
      render: (r) => clipped(r.clientName || r.clientEmail, r.clientEmail),
    },
    { id: "age", name: "Age", fixed: 76, render: (r) => formatDuration(r.createdDate, now) },
    { id: "inStage", name: "In stage", fixed: 80, render: (r) => formatDuration(r.stageSince, now) },
    ...(props.showSla ? [slaColumn(now)] : []),
    ...(props.showTurnaround
      ? [
          {
            id: "turnaround" as const,
            name: "Turnaround",
            fixed: 104,
            render: (r: QueueRow): React.ReactNode =>
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
    { id: "staff", name: "Staff", share: 12, min: 56, render: (r) => clipped(r.staffAssignee) },
    {
      id: "triage",
      name: "Triage",
      share: 9,
      min: 48,
      render: (r) => clipped(r.triage ? TRIAGE_LABELS[r.triage] : undefined),
    },
  ];
  // Closed requests offer no action, so the Closed tab has no Actions column at all.
  if (props.withActions !== false)
    defs.push({
      id: "actions",
      name: "Actions",
      fixed: ACTIONS_WIDTH,
      render: (r) => (
        <RowActions
          row={r}
          blockerOf={blockerOf(r)}
          busy={busy?.id === r.id ? busy.action : undefined}
          onAction={(a) => (a === "Triage" ? props.onTriage(r) : props.onAction(r, a))}
        />
      ),
    });
  return defs;
}

/** The queue's rows in a virtualized, sortable table with resizable columns and each row's next step. */
export function QueueTable(props: QueueTableProps): React.ReactElement {
  const box = React.useRef<HTMLDivElement>(null);
  // Before the first measure (and in jsdom, where nothing has a size) the table lays out for 1024 px.
  const available = useWidth(box) || 960;
  const defs = columnDefs(props, typeUnderTitle(props, available));
  const { widths, resize } = useColumnWidths(available, defs);
  const columns: ITableColumn<QueueRow>[] = defs.map((d, i) => ({
    id: d.id,
    name: d.name,
    width: widths[i],
    onSize: d.id === "actions" ? undefined : (_e, _index, width) => resize(d.id, width),
    columnLayout: d.id === "actions" ? TableColumnLayout.none : undefined,
    sortProps:
      d.id === "actions"
        ? undefined
        : {
            ariaLabelAscending: "Sorted ascending",
            ariaLabelDescending: "Sorted descending",
            sortOrder:
              props.sort.key === d.id
                ? props.sort.descending
                  ? SortOrder.descending
                  : SortOrder.ascending
                : undefined,
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
  const provider = React.useMemo(() => new ArrayItemProvider(props.rows), [props.rows]);
  return (
    <div ref={box} className="umd-queue-table-box">
      <Table<QueueRow>
        ariaLabel={props.label}
        columns={columns}
        itemProvider={provider}
        behaviors={[sorting]}
        containerClassName="umd-queue-table"
        showLines
      />
    </div>
  );
}
