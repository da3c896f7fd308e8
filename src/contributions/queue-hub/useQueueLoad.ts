/**
 * The hub's data: settings, states and the person's role first, then the queue's rows batch by batch. Rows
 * are shown at most every ROWS_INTERVAL_MS while batches arrive (the first at once, the last as soon as it is
 * read), and a row read again after an action stays as read, whatever batch of the load arrives after it.
 */
import * as React from "react";

import { describeError } from "../../ado/restErrors";
import type { WorkItem } from "../../ado/workItemsApi";
import { throttleLatest } from "../../components/throttleLatest";
import { type Viewer, worksRequests } from "../../domain/roles";
import {
  CLOSED_PAGE,
  loadClosedIds,
  loadClosedRows,
  loadQueue,
  loadQueueContext,
  loadTasksByParent,
  type QueueContext,
  type QueueProgress,
  type QueueRow,
  withFresherRows,
} from "../../workflow/queue";
import { viewerOf } from "../../workflow/viewer";
import type { HubServices } from "./hubServices";

/**
 * How often, at most, rows arriving from a load are shown: every delivery re-derives the counts, filter and
 * sort of all rows read so far, so a 20,000-request queue read in 100 batches re-renders a few times a
 * second instead of 100 times.
 */
export const ROWS_INTERVAL_MS = 400;

/** Which hub a person sees: the desk's queue, or their own requests. */
export type HubRole = "staff" | "client";

export type LoadState =
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "ready"; hub: HubServices; ctx: QueueContext; role: HubRole; viewer: Viewer };

/**
 * The closed requests of the staff queue: counted by query (`ids`, newest first), read a page at a time
 * only when the Closed tab or the turnaround needs them.
 */
export interface ClosedLoad {
  /** Undefined until counted. */
  ids: number[] | undefined;
  /** Closed requests read so far, newest first. */
  rows: QueueRow[];
  loading: boolean;
  error: string | undefined;
}

export interface QueueLoad {
  load: LoadState;
  /** Undefined for a client, whose own requests (open and closed) are all in `rows`. */
  closed: ClosedLoad | undefined;
  /** Reads the next page of closed requests (no-op while one is being read, or when all are read). */
  loadMoreClosed(): void;
  /** Every row read so far (undefined before the first batch), rows read again in place of the load's. */
  rows: QueueRow[] | undefined;
  progress: QueueProgress | undefined;
  rowsError: string | undefined;
  /** Shows a row read again (after an action, or a new request) in place of the one loaded. */
  replaceRow(row: QueueRow): void;
}

/**
 * Loads again whenever `reloads` changes. `onParams` receives the host page's query parameters (the saved
 * filter) once, just before the hub is ready.
 */
export function useQueueLoad(
  services: Promise<HubServices>,
  reloads: number,
  onParams: (params: Record<string, string>) => void,
): QueueLoad {
  const [load, setLoad] = React.useState<LoadState>({ kind: "loading" });
  // What the load delivered so far (one state, so one render per delivery), and the rows read again since.
  const [loaded, setLoaded] = React.useState<{ rows: QueueRow[]; progress: QueueProgress } | undefined>(
    undefined,
  );
  const [fresher, setFresher] = React.useState<ReadonlyMap<number, QueueRow>>(new Map());
  const [rowsError, setRowsError] = React.useState<string | undefined>(undefined);
  const [closed, setClosed] = React.useState<ClosedLoad | undefined>(undefined);
  // What reading a closed page needs, set by the load that counted them.
  const closedSource = React.useRef<
    | { hub: HubServices; ctx: QueueContext; tasks: Promise<Map<number, WorkItem[]>>; generation: number }
    | undefined
  >(undefined);
  const generation = React.useRef(0);
  const paramsRef = React.useRef(onParams);
  paramsRef.current = onParams;

  React.useEffect(() => {
    const mine = ++generation.current;
    const current = () => mine === generation.current;
    setLoaded(undefined);
    setFresher(new Map());
    setRowsError(undefined);
    setClosed(undefined);
    closedSource.current = undefined;
    const deliver = throttleLatest((next: QueueRow[], progress: QueueProgress) => {
      if (current()) setLoaded({ rows: next, progress });
    }, ROWS_INTERVAL_MS);
    void (async () => {
      let hub: HubServices;
      let ctx: QueueContext;
      let role: HubRole;
      let viewer: Viewer;
      try {
        hub = await services;
        const [loadedCtx, params] = await Promise.all([
          loadQueueContext(hub.desk),
          hub.host.getQueryParams().catch(() => ({})),
        ]);
        ctx = loadedCtx;
        viewer = await viewerOf(hub.desk, ctx.settings);
        role = worksRequests(viewer) ? "staff" : "client";
        if (!current()) return;
        paramsRef.current(params);
        setLoad({ kind: "ready", hub, ctx, role, viewer });
      } catch (e) {
        if (current()) setLoad({ kind: "error", message: describeError(e, "load the request queue") });
        return;
      }
      try {
        if (role === "client")
          await loadQueue(hub.desk, ctx, { clientEmail: hub.desk.user.uniqueName }, deliver);
        else {
          // The open queue, and the closed requests counted alongside; closed ones are read on demand.
          const tasks = loadTasksByParent(hub.desk, ctx);
          tasks.catch(() => undefined);
          closedSource.current = { hub, ctx, tasks, generation: mine };
          await loadQueue(hub.desk, ctx, { openOnly: true, tasks }, deliver);
          deliver.flush();
          // The open tabs' counts are complete; the closed requests are counted after, so the count's
          // queries (a whole evaluation of the query per page) never hold up the open queue.
          const ids = await loadClosedIds(hub.desk, ctx);
          if (current()) setClosed({ ids, rows: [], loading: false, error: undefined });
        }
        deliver.flush();
      } catch (e) {
        // The rows read before the failure stay on screen, with the error and Try again above them.
        deliver.flush();
        if (current()) setRowsError(describeError(e, "load the requests"));
      }
    })();
    return () => {
      generation.current += 1;
      deliver.cancel();
    };
  }, [services, reloads]);

  const rows = React.useMemo(
    () =>
      loaded &&
      withFresherRows(closed?.rows.length ? [...loaded.rows, ...closed.rows] : loaded.rows, fresher),
    [loaded, closed, fresher],
  );
  const loadMoreClosed = React.useCallback(() => {
    const source = closedSource.current;
    if (!source || !closed?.ids || closed.loading || closed.rows.length >= closed.ids.length) return;
    const ids = closed.ids.slice(closed.rows.length, closed.rows.length + CLOSED_PAGE);
    setClosed({ ...closed, loading: true, error: undefined });
    const still = () => source.generation === generation.current;
    loadClosedRows(source.hub.desk, source.ctx, ids, source.tasks).then(
      (more) => {
        if (still()) setClosed((c) => c && { ...c, rows: [...c.rows, ...more], loading: false });
      },
      (e: unknown) => {
        if (still())
          setClosed(
            (c) => c && { ...c, loading: false, error: describeError(e, "load the closed requests") },
          );
      },
    );
  }, [closed]);
  const replaceRow = React.useCallback(
    (row: QueueRow) => setFresher((prev) => new Map(prev).set(row.id, row)),
    [],
  );
  return { load, closed, loadMoreClosed, rows, progress: loaded?.progress, rowsError, replaceRow };
}
