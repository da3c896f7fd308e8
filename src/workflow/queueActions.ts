/**
 * The hub's row actions: the same workflow functions, blockers and confirmations as the request panel.
 * Each action first re-reads the request in full (history, links, the client's identity), so the
 * decision and the "who did it" answer rest on what is true now, not on the batch read behind the row.
 */
import type { Identity } from "../ado/identities";
import { describeError } from "../ado/restErrors";
import type { Stage } from "../domain/stages";
import { acknowledge, acknowledgeBlocker } from "./acknowledge";
import { closeRequest, closeRequestBlocker, closeWarning } from "./closeRequest";
import { createStaffTask, createStaffTaskBlocker } from "./createStaffTask";
import type { DeskServices } from "./deskServices";
import { notMemberMessage } from "./notifyClient";
import { type ActionOutcome, already, failed } from "./outcome";
import { loadRequestView, type RequestView } from "./requestView";

export type RowAction = "Acknowledge" | "Create staff task" | "Close request";
export const ROW_ACTIONS: readonly RowAction[] = ["Acknowledge", "Create staff task", "Close request"];

export type Confirm = (title: string, message: string, actionName: string) => Promise<boolean>;

/** Why the action cannot run on this row now (the panel's own blockers), or undefined. */
export function rowActionBlocker(
  action: RowAction,
  view: RequestView,
  assignee: Identity | undefined,
  now: Date,
): string | undefined {
  switch (action) {
    case "Acknowledge":
      return acknowledgeBlocker(view, now);
    case "Create staff task":
      return createStaffTaskBlocker(view, assignee);
    case "Close request":
      return closeRequestBlocker(view, now);
  }
}

/**
 * Runs one row action. Resolves undefined when the person cancelled a confirmation (nothing was sent).
 * `view` is the row's view; `fresh` returns the re-read one.
 */
export async function runRowAction(
  services: DeskServices,
  confirm: Confirm,
  action: RowAction,
  view: RequestView,
  assignee: Identity | undefined,
): Promise<{ outcome: ActionOutcome | undefined; fresh: RequestView | undefined }> {
  let fresh: RequestView;
  try {
    fresh = await loadRequestView(services, view.id, view.settings);
  } catch (e) {
    return { outcome: failed(describeError(e, `${action.toLowerCase()} #${view.id}`)), fresh: undefined };
  }
  const blocker = rowActionBlocker(action, fresh, assignee, services.now());
  if (blocker) return { outcome: already(blocker), fresh };
  const notMember = fresh.details && !fresh.clientIdentity ? notMemberMessage(fresh.clientEmail) : undefined;
  switch (action) {
    case "Acknowledge": {
      if (notMember && !(await confirm("The client cannot be notified", notMember, "Acknowledge")))
        return { outcome: undefined, fresh };
      return { outcome: await acknowledge(services, fresh), fresh };
    }
    case "Create staff task":
      return { outcome: await createStaffTask(services, fresh, assignee), fresh };
    case "Close request": {
      const warnings = [closeWarning(fresh), notMember].filter((w): w is string => w !== undefined);
      if (warnings.length && !(await confirm("Close request", warnings.join("\n\n"), "Close request")))
        return { outcome: undefined, fresh };
      return { outcome: await closeRequest(services, fresh), fresh };
    }
  }
}

/** What a hub row can do: the three request actions and Triage. */
export type HubRowAction = RowAction | "Triage";
export const HUB_ROW_ACTIONS: readonly HubRowAction[] = [...ROW_ACTIONS, "Triage"];

/** The next step of each open stage, the one a row shows as its button (as Boards shows one per card). */
const NEXT_STEP: Partial<Record<Stage, HubRowAction>> = {
  Submitted: "Acknowledge",
  Acknowledged: "Create staff task",
  "Ready to close": "Close request",
};

export interface RowActionPlan {
  /** The row's one button: its stage's next step, else the first action that can act now. */
  primary: HubRowAction | undefined;
  /** The rest, in a "More actions" menu, each disabled with its reason when it cannot act. */
  more: HubRowAction[];
}

/**
 * Which action a row shows as its button and which go in its menu. A closed request offers nothing: every
 * action would only say "The request is closed.", so the row shows no dead buttons.
 */
export function rowActionPlan(
  stage: Stage,
  blockerOf: (action: HubRowAction) => string | undefined,
): RowActionPlan {
  if (stage === "Closed") return { primary: undefined, more: [] };
  const next = NEXT_STEP[stage];
  const primary = next && !blockerOf(next) ? next : (HUB_ROW_ACTIONS.find((a) => !blockerOf(a)) ?? next);
  return { primary, more: HUB_ROW_ACTIONS.filter((a) => a !== primary) };
}
