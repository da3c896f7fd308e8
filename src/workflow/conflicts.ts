/**
 * What an action does when its `test /rev` update was refused (412): the work item changed since the view
 * was read. Three cases, told apart by re-reading it:
 * - the change is the action's own, landed on an earlier attempt whose answer was lost: carry on as done;
 * - someone else already did the step: say who and when, change nothing;
 * - someone changed something else: offer to act again on the re-read item.
 */
import { mayHaveLandedEarlier } from "../ado/restErrors";
import type { ActionOutcome } from "./outcome";

export type ConflictVerdict<V> =
  { kind: "ours" } | { kind: "settled"; outcome: ActionOutcome } | { kind: "retry"; fresh: V };

export function judgeConflict<V>(
  error: unknown,
  fresh: V,
  check: {
    /** Who did the step on the re-read item, when it is done; undefined while it is still to do. */
    doneBy(fresh: V): string | undefined;
    /** The person acting (display name, as the history shows it). */
    me: string;
    /** Why the action cannot act on the re-read item, e.g. "Already acknowledged by Remi, …". */
    blocker(fresh: V): string | undefined;
  },
): ConflictVerdict<V> {
  const by = check.doneBy(fresh);
  // Only a repeat after a lost answer can meet its own change; a first attempt's 412 is always someone else.
  if (by !== undefined && by === check.me && mayHaveLandedEarlier(error)) return { kind: "ours" };
  const blocker = check.blocker(fresh);
  if (blocker) return { kind: "settled", outcome: { kind: "already", message: blocker } };
  return { kind: "retry", fresh };
}

/** The failure that offers to run the action again on the re-read item. */
export function actAgain(
  what: string,
  stillTo: string,
  label: string,
  retry: () => Promise<ActionOutcome>,
): ActionOutcome {
  return {
    kind: "failed",
    message: `Could not ${what}: someone else changed it at the same moment. It still needs ${stillTo}; choose ${label} to do it now.`,
    retryLabel: label,
    retry,
  };
}
