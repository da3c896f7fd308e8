/**
 * The desk's health in a few figures, for the dashboard widget: requests by stage, at risk, overdue, and
 * the median turnaround of the last 30 days. Closed requests are counted by query (ids only, keyset-paged)
 * and never read, except the last 30 days' for the median, read in pages with two fields. Open requests are
 * read as the hub reads them, because a stage depends on the request's staff tasks and a service level on
 * business-hour clocks, neither of which a WIQL query can count.
 */
import type { RequestTypeKey } from "../domain/requestTypes";
import { requestTypeInfo } from "../domain/requestTypes";
import { type Stage, STAGES } from "../domain/stages";
import type { DeskServices } from "./deskServices";
import {
  buildRows,
  countByStage,
  doneStatesOf,
  loadTasksByParent,
  type QueueContext,
  readInBatches,
  REQUEST_FIELDS,
  streamBatches,
  withWaitingHistory,
} from "./queue";
import { closedRequestsPageWiql, openRequestsPageWiql, queryAllIds } from "./queueWiql";
import { turnaroundStats } from "./turnaround";

export interface DeskFigures {
  byStage: Record<Stage, number>;
  atRisk: number;
  overdue: number;
  /** Median submitted → closed of the requests closed in the last `TURNAROUND_DAYS` days. */
  medianTurnaroundMs: number | undefined;
  closedRecently: number;
  /** Whether the desk has service levels (else at risk and overdue are not measured). */
  measured: boolean;
}

export const TURNAROUND_DAYS = 30;

export async function loadDeskFigures(
  services: DeskServices,
  ctx: QueueContext,
  filter: { type?: RequestTypeKey },
): Promise<DeskFigures> {
  const requestTag = ctx.settings.settings.requestTag;
  const typeTag = filter.type ? requestTypeInfo(filter.type).tag : undefined;
  const doneStates = doneStatesOf(ctx);
  const ids = (build: (afterId: number) => string) =>
    queryAllIds((wiql, top) => services.workItems.queryIds(wiql, top), build);
  const [openIds, closedIds, recentIds, tasksByParent] = await Promise.all([
    ids((afterId) => openRequestsPageWiql({ requestTag, doneStates, afterId, typeTag })),
    ids((afterId) => closedRequestsPageWiql({ requestTag, doneStates, afterId, typeTag })),
    ids((afterId) =>
      closedRequestsPageWiql({ requestTag, doneStates, afterId, typeTag, closedWithinDays: TURNAROUND_DAYS }),
    ),
    loadTasksByParent(services, ctx),
  ]);
  const now = services.now();
  const open = await readInBatches(services, openIds, REQUEST_FIELDS);
  const rows = await withWaitingHistory(
    services,
    ctx,
    buildRows(ctx, open, tasksByParent, now).filter((r) => r.stage !== "Closed"),
  );
  const byStage = countByStage(rows);
  byStage.Closed = closedIds.length;
  const recent: { stage: Stage; createdDate: string; closedDate: string }[] = [];
  await streamBatches(
    services,
    recentIds,
    ["System.Id", "System.CreatedDate", "Microsoft.VSTS.Common.ClosedDate"],
    (items) => {
      for (const w of items)
        recent.push({
          stage: "Closed",
          createdDate: String(w.fields["System.CreatedDate"] ?? ""),
          closedDate: String(w.fields["Microsoft.VSTS.Common.ClosedDate"] ?? ""),
        });
    },
  );
  const stats = turnaroundStats(recent, now);
  return {
    byStage,
    atRisk: rows.filter((r) => r.sla?.current?.status === "at risk").length,
    overdue: rows.filter((r) => r.sla?.current?.status === "overdue").length,
    medianTurnaroundMs: stats.medianMs,
    closedRecently: stats.closed,
    measured: !!ctx.settings.settings.sla,
  };
}

export { STAGES };
