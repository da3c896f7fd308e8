/**
 * Every WIQL text the hub sends, built in one pure module. Literals that may hold user input (a tag made
 * from an e-mail, a work item type from settings) are quoted by `wiqlString`, which doubles single quotes
 * and drops control characters, so no input can end the literal or add a clause.
 *
 * Queries are keyset-paged by id (`[System.Id] > lastId ORDER BY [System.Id]` with `$top`), so a project
 * with more requests than the 20,000-result cap is still read completely, one page at a time.
 */
import { CLIENT_TAG_PREFIX, tagValue } from "../domain/requestFormat";
import { STAFF_TASK_TAG } from "./recognition";

/**
 * How many ids one WIQL page asks for: half the 20,000-result cap. The server evaluates the whole query for
 * every page and only the ids come back (under 1 MB for a full page), so few large pages list a big queue
 * sooner than many small ones: 20,000 requests take 3 round trips, not 21, before the first rows are read.
 */
export const WIQL_PAGE = 10_000;

/** A WIQL string literal: single quotes doubled, control characters removed. */
export function wiqlString(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `'${value.replace(/[\u0000-\u001f\u007f]/g, "").replace(/'/g, "''")}'`;
}

/** A WIQL integer: anything that is not a safe non-negative integer becomes 0. */
export function wiqlInt(value: number): string {
  return Number.isSafeInteger(value) && value > 0 ? String(value) : "0";
}

/** The tag that marks a client's requests: the same value `requestTags` writes. */
export function clientTag(email: string): string {
  return CLIENT_TAG_PREFIX + tagValue(email.trim().toLowerCase());
}

const page = (conditions: string[], afterId: number) =>
  `SELECT [System.Id] FROM WorkItems WHERE ${[
    "[System.TeamProject] = @project",
    ...conditions,
    `[System.Id] > ${wiqlInt(afterId)}`,
  ].join(" AND ")} ORDER BY [System.Id]`;

/**
 * One page of requests (all, or the signed-in client's), after `afterId`. A client's own include those they
 * created, whose client tag may not be there until Acknowledge (a client may not create a new tag).
 */
export function requestsPageWiql(a: { requestTag: string; afterId: number; clientEmail?: string }): string {
  const conditions = [`[System.Tags] CONTAINS ${wiqlString(a.requestTag)}`];
  if (a.clientEmail !== undefined) conditions.push(ownOrClient(a.clientEmail));
  return page(conditions, a.afterId);
}

/** One page of open requests (of one type when `typeTag` is given): in none of the given done states. */
export function openRequestsPageWiql(a: {
  requestTag: string;
  doneStates: string[];
  afterId: number;
  typeTag?: string;
}): string {
  return page(
    [
      `[System.Tags] CONTAINS ${wiqlString(a.requestTag)}`,
      ...(a.typeTag ? [`[System.Tags] CONTAINS ${wiqlString(a.typeTag)}`] : []),
      ...a.doneStates.map((s) => `[System.State] <> ${wiqlString(s)}`),
    ],
    a.afterId,
  );
}

/**
 * One page of closed requests (in one of the done states), of one type when `typeTag` is given, and closed
 * in the last `closedWithinDays` days when given (Closed Date, which Azure DevOps stamps on completion).
 */
export function closedRequestsPageWiql(a: {
  requestTag: string;
  doneStates: string[];
  afterId: number;
  typeTag?: string;
  closedWithinDays?: number;
}): string {
  const states = a.doneStates.map((s) => `[System.State] = ${wiqlString(s)}`);
  return page(
    [
      `[System.Tags] CONTAINS ${wiqlString(a.requestTag)}`,
      ...(a.typeTag ? [`[System.Tags] CONTAINS ${wiqlString(a.typeTag)}`] : []),
      states.length ? `(${states.join(" OR ")})` : "[System.Id] < 0",
      ...(a.closedWithinDays !== undefined
        ? [`[Microsoft.VSTS.Common.ClosedDate] >= @today - ${wiqlInt(a.closedWithinDays)}`]
        : []),
    ],
    a.afterId,
  );
}

/**
 * One page of requests that were ever in the waiting state (WIQL's EVER, the "Was Ever" operator), after
 * `afterId`: the only requests whose history the hub reads for their service-level pauses.
 */
export function everWaitingPageWiql(a: { requestTag: string; state: string; afterId: number }): string {
  return page(
    [`[System.Tags] CONTAINS ${wiqlString(a.requestTag)}`, `EVER [System.State] = ${wiqlString(a.state)}`],
    a.afterId,
  );
}

/** One page of staff tasks (all, or those assigned to the signed-in user), after `afterId`. */
export function staffTasksPageWiql(a: { afterId: number; assignedToMe?: boolean }): string {
  const conditions = [`[System.Tags] CONTAINS ${wiqlString(STAFF_TASK_TAG)}`];
  if (a.assignedToMe) conditions.push("[System.AssignedTo] = @me");
  return page(conditions, a.afterId);
}

/** The newest request of a client (ask with $top=1): its area is where their next request goes. */
export function latestClientRequestWiql(a: { requestTag: string; clientEmail: string }): string {
  return `SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.Tags] CONTAINS ${wiqlString(
    a.requestTag,
  )} AND [System.Tags] CONTAINS ${wiqlString(clientTag(a.clientEmail))} ORDER BY [System.Id] DESC`;
}

/**
 * A person's own requests, newest first (ask with $top): those tagged with their client tag, and those they
 * created themselves, whose client tag may not be there yet (a client's intake writes only the tags the
 * project already defines; Acknowledge adds the rest).
 */
export function ownOrClientRequestsWiql(a: { requestTag: string; clientEmail: string }): string {
  return `SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.Tags] CONTAINS ${wiqlString(
    a.requestTag,
  )} AND ${ownOrClient(a.clientEmail)} ORDER BY [System.Id] DESC`;
}

const ownOrClient = (email: string) =>
  `([System.Tags] CONTAINS ${wiqlString(clientTag(email))} OR [System.CreatedBy] = @me)`;

/** Reads every id a paged query returns, page after page, until a short page. */
export async function queryAllIds(
  queryIds: (wiql: string, top?: number) => Promise<number[]>,
  build: (afterId: number) => string,
  pageSize = WIQL_PAGE,
): Promise<number[]> {
  const all: number[] = [];
  let after = 0;
  for (;;) {
    const ids = await queryIds(build(after), pageSize);
    all.push(...ids);
    if (ids.length < pageSize) return all;
    const last = Math.max(...ids);
    // A server that ignored the order or the id condition would loop for ever; stop instead.
    if (last <= after) return all;
    after = last;
  }
}
