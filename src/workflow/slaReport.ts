/**
 * The service-level digest: open requests whose current clock is at risk or overdue, read and computed with
 * the hub's own code (rows, clocks, waits from the history), and the one mail that tells the coordinator.
 * No SDK: the `npm run sla-report` command runs it with a token from the environment.
 */
import type { MailMessage } from "../ado/workItemsApi";
import { escapeHtml } from "../domain/html";
import { clockText, SLA_TARGET_LABELS } from "../domain/sla/slaClock";
import type { DeskServices } from "./deskServices";
import {
  buildRows,
  doneStatesOf,
  isAtRisk,
  loadTasksByParent,
  type QueueContext,
  type QueueRow,
  readInBatches,
  REQUEST_FIELDS,
  withWaitingHistory,
} from "./queue";
import { openRequestsPageWiql, queryAllIds } from "./queueWiql";

export type ReportServices = Pick<DeskServices, "workItems" | "now">;

/** Open requests at risk or overdue, the least time left first. */
export async function requestsAtRisk(services: ReportServices, ctx: QueueContext): Promise<QueueRow[]> {
  const settings = ctx.settings.settings;
  if (!settings.sla) return [];
  const doneStates = doneStatesOf(ctx);
  const deskServices = services as DeskServices;
  const [ids, tasksByParent] = await Promise.all([
    queryAllIds(
      (wiql, top) => services.workItems.queryIds(wiql, top),
      (afterId) => openRequestsPageWiql({ requestTag: settings.requestTag, doneStates, afterId }),
    ),
    loadTasksByParent(deskServices, ctx),
  ]);
  const items = await readInBatches(deskServices, ids, REQUEST_FIELDS);
  const rows = buildRows(ctx, items, tasksByParent, services.now()).filter((r) => r.stage !== "Closed");
  const withWaits = await withWaitingHistory(deskServices, ctx, rows);
  return withWaits
    .filter(isAtRisk)
    .sort((a, b) => a.sla!.current!.remainingMs - b.sla!.current!.remainingMs || a.id - b.id);
}

/** "24 Nov 14:00" in the desk calendar's time zone, the zone the digest names. */
export function inZone(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(ms));
}

/** One line a request: "#12 [Submitted] Account reset: … — Time to acknowledge: 2h overdue (client)". */
export function reportLines(rows: QueueRow[], timeZone: string): string[] {
  return rows.map((r) => {
    const c = r.sla!.current!;
    const due = c.dueAt === undefined ? "" : `, due ${inZone(c.dueAt, timeZone)}`;
    return `#${r.id} [${r.stage}] ${r.title} — ${SLA_TARGET_LABELS[c.target]}: ${clockText(c)}${due}`;
  });
}

/** The one digest mail to the coordinator; every value from a work item is HTML-escaped. */
export function digestMail(input: {
  rows: QueueRow[];
  coordinatorId: string;
  project: string;
  now: Date;
  timeZone: string;
  workItemUrl(id: number): string;
}): MailMessage {
  const { rows, now } = input;
  const overdue = rows.filter((r) => r.sla?.current?.status === "overdue").length;
  const subject = `${input.project}: ${rows.length} request${rows.length === 1 ? "" : "s"} at risk or overdue (${overdue} overdue)`;
  const cells = rows
    .map((r) => {
      const c = r.sla!.current!;
      const due = c.dueAt === undefined ? "—" : inZone(c.dueAt, input.timeZone);
      return `<tr><td><a href="${escapeHtml(input.workItemUrl(r.id))}">#${r.id}</a></td><td>${escapeHtml(
        r.title,
      )}</td><td>${escapeHtml(r.stage)}</td><td>${escapeHtml(SLA_TARGET_LABELS[c.target])}</td><td>${escapeHtml(
        clockText(c),
      )}</td><td>${escapeHtml(due)}</td></tr>`;
    })
    .join("");
  const bodyHtml =
    `<p>These requests in ${escapeHtml(input.project)} need attention before or after their service-level target (business hours; times in ${escapeHtml(input.timeZone)}, as of ${escapeHtml(
      inZone(now.getTime(), input.timeZone),
    )}):</p>` +
    `<table><thead><tr><th>Request</th><th>Title</th><th>Stage</th><th>Target</th><th>Time</th><th>Due</th></tr></thead><tbody>${cells}</tbody></table>`;
  return {
    to: [input.coordinatorId],
    cc: [],
    subject,
    bodyHtml,
    // sendmail lists the work items it is given; the digest's table already links each one.
    workItemIds: [],
  };
}
