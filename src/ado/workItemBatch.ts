/**
 * A new work item and an update of another one in one work item `$batch`: one round trip and one bulk save.
 * The service saves a batch all or nothing (Learn's "Work Item Batch Update" failure example; Microsoft in
 * MicrosoftDocs/vsts-rest-api-specs#121), so an update guarded by `test /rev` also guards the create: when
 * the other item changed, nothing is created. The page's summary line says the opposite, so an answer that
 * saved the create alone is reported as such (PartlySavedError), never repeated.
 */
import type { JsonPatchOp } from "../domain/patches";
import { PartlySavedError, RestError } from "./restErrors";

/** The new item's temporary id inside the batch; the update links to it with a url ending in `/-1`. */
export const NEW_ITEM_ID = -1;
/**
 * The batch endpoint's version on every host: it has no 7.x version (Microsoft's own MCP server uses 5.0
 * too). Azure DevOps Server 2022 has the endpoint: Learn publishes "Work Item Batch Update" for REST 4.1 to
 * 7.2, the 7.0 page being Server 2022's (MicrosoftDocs/vsts-rest-api-specs#615 cites
 * docs-ref-conceptual/7.0/wit/WorkItemBatchUpdate.md), so one click still makes at most one task there.
 */
export const BATCH_API_VERSION = "5.0";

export interface BatchEntry {
  method: "PATCH";
  uri: string;
  headers: Record<string, string>;
  body: JsonPatchOp[];
}

interface Answer {
  code: number;
  body: unknown;
}

const JSON_PATCH = { "Content-Type": "application/json-patch+json" };

/** `project` is already encoded for a path. */
export function createWithUpdateEntries(a: {
  project: string;
  type: string;
  document: JsonPatchOp[];
  other: { id: number; document: JsonPatchOp[] };
}): BatchEntry[] {
  const v = `api-version=${BATCH_API_VERSION}`;
  return [
    {
      method: "PATCH",
      uri: `/${a.project}/_apis/wit/workitems/$${encodeURIComponent(a.type)}?${v}`,
      headers: JSON_PATCH,
      body: [{ op: "add", path: "/id", value: String(NEW_ITEM_ID) }, ...a.document],
    },
    {
      method: "PATCH",
      uri: `/_apis/wit/workitems/${a.other.id}?${v}`,
      headers: JSON_PATCH,
      body: a.other.document,
    },
  ];
}

// Each entry's body is a string of JSON; parse it again (an object is taken as it is).
function answersOf(body: unknown): Answer[] {
  const value = (body as { value?: unknown } | null)?.value;
  if (!Array.isArray(value)) throw new RestError(500, "Azure DevOps answered the batch without its results.");
  return value.map((raw) => {
    const { code, body: text } = (raw ?? {}) as { code?: unknown; body?: unknown };
    let parsed: unknown = text;
    if (typeof text === "string") {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = { message: text };
      }
    }
    return { code: Number(code), body: parsed };
  });
}

const succeeded = (a: Answer) => a.code >= 200 && a.code < 300;

function messageOf(a: Answer): string {
  const b = (a.body ?? {}) as { value?: { Message?: unknown }; message?: unknown };
  const text = b.value?.Message ?? b.message;
  return typeof text === "string" && text ? text : `HTTP ${a.code}`;
}

/**
 * The failure a batch answer reports, or undefined when every entry succeeded. The cause is the entry
 * that failed for its own reason, not one failed "as part of the bulk" (TF401321).
 */
export function batchFailure(body: unknown, expected: number): RestError | undefined {
  const answers = answersOf(body);
  if (answers.length !== expected)
    return new RestError(
      500,
      `Azure DevOps answered ${answers.length} of the ${expected} parts of the batch.`,
    );
  if (answers.every(succeeded)) return undefined;
  const failures = answers.filter((a) => !succeeded(a));
  const cause = failures.find((a) => !/TF401321/.test(messageOf(a))) ?? failures[0];
  const error = new RestError(cause.code, messageOf(cause));
  const saved = answers.filter(succeeded);
  return saved.length
    ? new PartlySavedError(
        error,
        saved.map((a) => a.body),
      )
    : error;
}

/** The bodies of a batch whose every entry succeeded, in order. */
export const batchBodies = (body: unknown): unknown[] => answersOf(body).map((a) => a.body);
