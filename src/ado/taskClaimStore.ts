/**
 * Who is creating a request's staff task right now: one extension data document per request, written with
 * its etag, so of two people clicking Create staff task at the same moment exactly one goes on to create.
 */
import { createDocumentStore, type DocumentStore } from "./documentStore";

export interface TaskClaim {
  by: { id: string; displayName: string };
  /** When the claim was taken (the claimant's clock). */
  at: string;
  /** The request's staff task ids the claimant saw before creating; a claim on an older set is over. */
  known: number[];
  /** Set when the claimant's create surely failed: the claim holds nobody up any more. */
  released?: boolean;
}

export const TASK_CLAIMS_COLLECTION = "task-claims";

export const createTaskClaimStore = (): DocumentStore<TaskClaim> =>
  createDocumentStore<TaskClaim>(TASK_CLAIMS_COLLECTION, "The staff task claim of this request");
