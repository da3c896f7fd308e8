import * as React from "react";

import type { Identity } from "../../ado/identities";
import { useAction } from "../../components/useAction";
import type { Viewer } from "../../domain/roles";
import { may } from "../../domain/roles";
import type { ActionOutcome } from "../../workflow/outcome";
import type { QueueContext } from "../../workflow/queue";
import { type QueueRow, rowFromView } from "../../workflow/queue";
import { type RowAction, runRowAction } from "../../workflow/queueActions";
import { loadRequestView } from "../../workflow/requestView";
import { triageRequest } from "../../workflow/triage";
import type { HubServices } from "./hubServices";
import type { HubRole } from "./useQueueLoad";

export interface HubActions {
  outcome: ActionOutcome | undefined;
  dismiss(): void;
  retry(): void;
  busy: string | undefined;
  busyRow: { id: number; action: string } | undefined;
  triageFor: QueueRow | undefined;
  setTriageFor(row: QueueRow | undefined): void;
  onAction(row: QueueRow, action: RowAction): void;
  onTriageSave(row: QueueRow, input: Parameters<typeof triageRequest>[2]): void;
  onNewRequest(): void;
}

/**
 * The hub's actions, one at a time: a row's action (the panel's workflow, blockers and confirmations), its
 * triage and New request. Each shows its outcome and reads the row again, so the queue shows what is true.
 */
export function useHubActions(
  hub: HubServices | undefined,
  ctx: QueueContext | undefined,
  role: HubRole | undefined,
  assignee: Identity | undefined,
  replaceRow: (row: QueueRow) => void,
  onSubmittedByStaff: () => void,
  viewer: Viewer | undefined,
): HubActions {
  const [outcome, setOutcome] = React.useState<ActionOutcome | undefined>(undefined);
  const [busyRow, setBusyRow] = React.useState<{ id: number; action: string } | undefined>(undefined);
  const [triageFor, setTriageFor] = React.useState<QueueRow | undefined>(undefined);
  const { busy, run } = useAction(setOutcome);

  const refreshRow = async (id: number) => {
    if (!hub || !ctx) return;
    try {
      replaceRow(rowFromView(await loadRequestView(hub.desk, id, ctx.settings)));
    } catch {
      // The row stays as it was; Refresh reads everything again.
    }
  };
  /** Runs `action` for a row, marking the row busy meanwhile. */
  const onRow = (row: QueueRow, name: string, action: () => Promise<ActionOutcome | undefined>) =>
    void run(name, async () => {
      setBusyRow({ id: row.id, action: name });
      try {
        return await action();
      } finally {
        setBusyRow(undefined);
      }
    });

  return {
    outcome,
    busy,
    busyRow,
    triageFor,
    setTriageFor,
    dismiss: () => setOutcome(undefined),
    retry: () => {
      if (outcome?.kind === "failed" && outcome.retry) void run("Retry", outcome.retry);
    },
    onAction: (row, action) =>
      onRow(row, action, async () => {
        const { outcome: result, fresh } = await runRowAction(
          hub!.desk,
          hub!.host.confirm,
          action,
          row.view,
          assignee,
        );
        if (fresh) replaceRow(rowFromView(fresh));
        if (result && result.kind !== "failed") await refreshRow(row.id);
        return result;
      }),
    onTriageSave: (row, input) =>
      onRow(row, "Triage", async () => {
        const result = await triageRequest(hub!.desk, row.id, input, row.triage);
        if (result.kind === "done") setTriageFor(undefined);
        await refreshRow(row.id);
        return result;
      }),
    onNewRequest: () =>
      void run("New request", async () => {
        // Only the desk files in someone else's name; everyone else files as themselves.
        const result = await hub!.host.openNewRequest({ asClient: !viewer || !may(viewer, "fileOnBehalf") });
        if (!result) return undefined;
        if (role === "staff") onSubmittedByStaff();
        await refreshRow(result.id);
        return result.outcome;
      }),
  };
}
