/**
 * Claiming a request's staff task creation before creating it. Re-reading the links catches a task created
 * earlier; the claim catches one being created at this very moment, which the links cannot show yet: the
 * claim is written with the etag that was read, so of two claimants one gets a conflict and stops.
 */
import { DocumentConflictError } from "../ado/documentStore";
import type { TaskClaim } from "../ado/taskClaimStore";
import type { DeskServices } from "./deskServices";

/** How long a claim by someone else holds when no task followed it (a closed tab, a failed create). */
export const CLAIM_HOLDS_MS = 2 * 60_000;

export type ClaimResult = { kind: "claimed"; release(): Promise<void> } | { kind: "taken"; claim: TaskClaim };

const sameIds = (a: number[], b: number[]) =>
  a.length === b.length && [...a].sort().every((id, i) => id === [...b].sort()[i]);

export async function claimTaskCreation(
  services: DeskServices,
  requestId: number,
  known: number[],
): Promise<ClaimResult> {
  const id = String(requestId);
  const stored = await services.claims.read(id);
  const current = stored.value;
  const age = current ? services.now().getTime() - Date.parse(current.at) : Infinity;
  const holds =
    current !== undefined &&
    !current.released &&
    current.by.id !== services.user.id &&
    sameIds(current.known, known) &&
    age < CLAIM_HOLDS_MS;
  if (holds) return { kind: "taken", claim: current };
  const mine: TaskClaim = {
    by: { id: services.user.id, displayName: services.user.displayName },
    at: services.now().toISOString(),
    known,
  };
  let etag: number | undefined;
  try {
    etag = (await services.claims.write(id, mine, stored.etag)).etag;
  } catch (e) {
    if (!(e instanceof DocumentConflictError)) throw e;
    const winner = (await services.claims.read(id)).value;
    return { kind: "taken", claim: winner ?? mine };
  }
  return {
    kind: "claimed",
    // After a create that surely failed, so the next attempt (anyone's) is not held up.
    release: async () => {
      try {
        await services.claims.write(id, { ...mine, released: true }, etag);
      } catch {
        // The claim then simply runs out.
      }
    },
  };
}
