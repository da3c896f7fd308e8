/**
 * Triage: staff mark a request "Quick" or "Needs time", with an optional note and estimate. Stored as a tag
 * (`umd-triage:quick` / `umd-triage:needs-time`, filterable in WIQL and on boards) plus a discussion
 * comment, in one update guarded by `test /rev`.
 */
import { describeError, isConflict } from "../ado/restErrors";
import type { WorkItem } from "../ado/workItemsApi";
import { escapeHtml } from "../domain/html";
import { tagsPatch } from "../domain/patches";
import type { DeskServices } from "./deskServices";
import { displayNameOf } from "./identityFields";
import { type ActionOutcome, already, done, failed } from "./outcome";
import { tagsOf } from "./recognition";

export type Triage = "quick" | "needs-time";

export const TRIAGE_TAG_PREFIX = "umd-triage:";
export const TRIAGE_LABELS: Record<Triage, string> = { quick: "Quick", "needs-time": "Needs time" };
export const TRIAGE_CHOICES: readonly Triage[] = ["quick", "needs-time"];
export const MAX_TRIAGE_NOTE = 2000;
export const MAX_TRIAGE_ESTIMATE = 100;

export const triageTag = (t: Triage): string => TRIAGE_TAG_PREFIX + t;

/** The triage a request's tags carry (the first one when there are several), if any. */
export function triageOf(tags: string[]): Triage | undefined {
  for (const tag of tags) {
    const value = tag.toLowerCase();
    if (!value.startsWith(TRIAGE_TAG_PREFIX)) continue;
    const t = TRIAGE_CHOICES.find((c) => value === triageTag(c));
    if (t) return t;
  }
  return undefined;
}

export interface TriageInput {
  triage: Triage;
  note: string;
  estimate: string;
}

export function triageProblem(input: TriageInput): string | undefined {
  if (!TRIAGE_CHOICES.includes(input.triage)) return "Choose Quick or Needs time.";
  if (input.note.length > MAX_TRIAGE_NOTE) return `Shorten the note to ${MAX_TRIAGE_NOTE} characters.`;
  if (input.estimate.length > MAX_TRIAGE_ESTIMATE)
    return `Shorten the estimate to ${MAX_TRIAGE_ESTIMATE} characters.`;
  return undefined;
}

/** The comment that records the triage: everything typed is escaped. */
export function triageCommentHtml(input: TriageInput, by: string): string {
  const parts = [`<p><b>Triage: ${TRIAGE_LABELS[input.triage]}</b> (${escapeHtml(by)})</p>`];
  if (input.estimate.trim()) parts.push(`<p>Estimate: ${escapeHtml(input.estimate.trim())}</p>`);
  if (input.note.trim()) parts.push(`<p>${escapeHtml(input.note.trim()).replace(/\r?\n/g, "<br>")}</p>`);
  return parts.join("");
}

/** The one update: `test /rev`, the tags with any earlier triage replaced, the comment. */
export function triageDocument(item: Pick<WorkItem, "rev" | "fields">, input: TriageInput, by: string) {
  const tags = tagsOf(item.fields).filter((t) => !t.toLowerCase().startsWith(TRIAGE_TAG_PREFIX));
  tags.push(triageTag(input.triage));
  return tagsPatch({ rev: item.rev, tags, commentHtml: triageCommentHtml(input, by) });
}

/**
 * Triages request `id`. `seen` is the triage the person saw when they chose (undefined: none); if the request
 * was triaged differently meanwhile, nothing is written and they are told who did it.
 */
export async function triageRequest(
  services: DeskServices,
  id: number,
  input: TriageInput,
  seen: Triage | undefined,
): Promise<ActionOutcome> {
  const problem = triageProblem(input);
  if (problem) return failed(problem);
  const label = TRIAGE_LABELS[input.triage];
  let item: WorkItem;
  try {
    item = await services.workItems.get(id, "none");
  } catch (e) {
    return failed(describeError(e, "triage the request"));
  }
  for (let attempt = 0; ; attempt++) {
    const current = triageOf(tagsOf(item.fields));
    if (current === input.triage) return already(`Request #${id} is already triaged as ${label}.`);
    if (current !== seen) {
      const by = displayNameOf(item.fields["System.ChangedBy"]) || "someone";
      return already(
        `${by} triaged request #${id} as ${current ? TRIAGE_LABELS[current] : "untriaged"} meanwhile; check it and choose again if still needed.`,
      );
    }
    try {
      await services.workItems.update(id, triageDocument(item, input, services.user.displayName));
      return done(`Triaged request #${id} as ${label}.`);
    } catch (e) {
      // Someone changed the request meanwhile: look again, and apply once more unless they triaged it.
      if (isConflict(e) && attempt === 0) {
        try {
          item = await services.workItems.get(id, "none");
          continue;
        } catch {
          // Report the original conflict below.
        }
      }
      return failed(describeError(e, "triage the request"));
    }
  }
}
