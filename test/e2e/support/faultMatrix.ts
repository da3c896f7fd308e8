/**
 * The fault matrix: for each request an action sends, each kind of failure, what the person must see and
 * how they finish (nothing to do, a retry button, or the action once more). The table is by request kind,
 * because the transport treats them by kind: reads and `test /rev` updates are repeated, creates and mails
 * never (a 429 is repeated for all: the throttled call never ran). Extension data documents go through the
 * host's service, which repeats nothing: a failure there stops the action before it changes anything.
 */
import { type Frame, type Page } from "playwright-core";

import {
  clickOutcomeButton,
  expectReadable,
  type Fault,
  injectFault,
  isFaultNoise,
  outcome,
  problemsBesidesFaults,
} from "./faults";
import { type E2eSession, type SessionOptions, useEmulator } from "./harness";

export type RequestKind = "read" | "guarded update" | "create" | "mail" | "host document";

export interface ActionStep {
  /** e.g. "PATCH request". */
  label: string;
  kind: RequestKind;
  method: string;
  pathPattern: string;
}

export type Finish =
  | { kind: "none" }
  /** Click the outcome's button (e.g. "Send the e-mail again"). */
  | { kind: "button"; name: string }
  /** Run the action once more (its button is still there). */
  | { kind: "again" };

export interface FaultCase {
  name: string;
  faults: Omit<Fault, "method" | "pathPattern">[];
  /** The first outcome the person sees. */
  first: RegExp;
  /** Whether nothing may have changed when the first outcome shows. */
  untouchedFirst: boolean;
  finish: Finish;
  /** The retry notice that shows while the transport waits. */
  notice?: RegExp;
}

export interface Snapshot {
  [what: string]: unknown;
}

export interface ActionUnderTest {
  name: string;
  /**
   * What a 412 on its update leads to: the button offering to act again on the re-read item ("Acknowledge
   * now"), or "steps over" for an update that does not depend on what changed (a comment), done at once.
   */
  conflict: { button: string } | "steps over";
  steps: ActionStep[];
  open(e2e: E2eSession): Promise<{ page: Page; panel: Frame }>;
  /** Clicks the action (and any confirmation) once. */
  act(page: Page, panel: Frame): Promise<void>;
  done: RegExp;
  snapshot(e2e: E2eSession): Promise<Snapshot>;
  /** The effects of exactly one completed action, compared with the snapshot before. */
  expectDoneOnce(before: Snapshot, after: Snapshot): void;
}

// Retry-After is 2 s: the notice then proves the header was read, as the backoff alone waits under 1 s.
const NOTICE_503 = /\(HTTP 503\)\. Trying again in 2 s…/;
const NOTICE_429 = /limiting requests right now\. Trying again in 2 s…/;

/** The cases for one request of an action, by its kind. */
export function casesFor(action: ActionUnderTest, step: ActionStep): FaultCase[] {
  const done = (name: string, faults: FaultCase["faults"], notice?: RegExp): FaultCase => ({
    name,
    faults,
    first: action.done,
    untouchedFirst: false,
    finish: { kind: "none" },
    notice,
  });
  const repeated = [
    done("500 once: repeated, done once", [{ status: 500 }]),
    done(
      "503 with Retry-After: waits, repeated, done once",
      [{ status: 503, retryAfterSeconds: 2 }],
      NOTICE_503,
    ),
    done(
      "429 with Retry-After: waits, repeated, done once",
      [{ status: 429, retryAfterSeconds: 2 }],
      NOTICE_429,
    ),
    done("timeout (connection dropped): repeated, done once", [{ status: 0, delayMs: 300 }]),
  ];
  const persisting: FaultCase = {
    name: "500 on every attempt: says so, changes nothing, the action then works once",
    faults: [{ status: 500, count: 4 }],
    first: /\(HTTP 500\)\. Try again in a moment\./,
    untouchedFirst: true,
    finish: { kind: "again" },
  };
  switch (step.kind) {
    case "read":
      return [...repeated, persisting];
    case "guarded update":
      return [
        ...repeated,
        done("answer lost after it landed: the repeat sees its own change, done once", [
          { status: 0, delayMs: 100, lostAnswer: true },
        ]),
        action.conflict === "steps over"
          ? done("412 (someone changed the item): re-read and written once", [{ status: 412 }])
          : {
              name: "412 (someone changed the item): nothing changed, offered again, done once",
              faults: [{ status: 412 }],
              first:
                /someone else changed it at the same moment\. It still needs .*; choose .* now to do it now\./,
              untouchedFirst: true,
              finish: { kind: "button", name: action.conflict.button },
            },
        persisting,
      ];
    case "create":
      return [
        {
          name: "500: not repeated, nothing created, the action then works once",
          faults: [{ status: 500 }],
          first: /\(HTTP 500\)\. Try again in a moment\./,
          untouchedFirst: true,
          finish: { kind: "again" },
        },
        {
          name: "503 with Retry-After: not repeated, nothing created, the action then works once",
          faults: [{ status: 503, retryAfterSeconds: 2 }],
          first: /\(HTTP 503\)\. Try again in a moment\./,
          untouchedFirst: true,
          finish: { kind: "again" },
        },
        done(
          "429 with Retry-After: the refused call is repeated, done once",
          [{ status: 429, retryAfterSeconds: 2 }],
          NOTICE_429,
        ),
        {
          name: "timeout that did not land: looked for, not found, the action then works once",
          faults: [{ status: 0, delayMs: 300 }],
          first: /could not reach Azure DevOps/,
          untouchedFirst: true,
          finish: { kind: "again" },
        },
        done("answer lost after it landed: found instead of created again", [
          { status: 0, delayMs: 100, lostAnswer: true },
        ]),
      ];
    case "host document":
      return [
        {
          name: "500: stops before anything changes, says so, the action then works once",
          faults: [{ status: 500 }],
          first: /\(HTTP 500\)\. Try again in a moment\./,
          untouchedFirst: true,
          finish: { kind: "again" },
        },
        {
          name: "dropped connection: stops before anything changes, says so, the action then works once",
          faults: [{ status: 0, delayMs: 300 }],
          first: /could not reach Azure DevOps \(Failed to fetch\)\. Check your connection and try again\./,
          untouchedFirst: true,
          finish: { kind: "again" },
        },
      ];
    case "mail":
      return [
        {
          name: "500: not repeated; the rest is done and the mail is offered again, sent once",
          faults: [{ status: 500 }],
          first:
            /the e-mail (to the client )?failed\. Could not send the e-mail: .*\(HTTP 500\)\. Try again in a moment\. It was not sent\./,
          untouchedFirst: false,
          finish: { kind: "button", name: "Send the e-mail again" },
        },
        {
          name: "503 with Retry-After: not repeated; offered again, sent once",
          faults: [{ status: 503, retryAfterSeconds: 2 }],
          first: /the e-mail (to the client )?failed\. .*\(HTTP 503\)\. .*It was not sent\./,
          untouchedFirst: false,
          finish: { kind: "button", name: "Send the e-mail again" },
        },
        done(
          "429 with Retry-After: the refused mail is repeated, sent once",
          [{ status: 429, retryAfterSeconds: 2 }],
          NOTICE_429,
        ),
        {
          name: "timeout: may have gone out, where to check; sending again sends once",
          faults: [{ status: 0, delayMs: 300 }],
          first: /It may have gone out anyway, as the answer was lost\. .* before sending it again\./,
          untouchedFirst: false,
          finish: { kind: "button", name: "Send the e-mail again" },
        },
        {
          name: "answer lost after it went out: says it may have gone out, and there is exactly one",
          faults: [{ status: 0, delayMs: 100, lostAnswer: true }],
          first: /It may have gone out anyway, as the answer was lost\./,
          untouchedFirst: false,
          finish: { kind: "none" },
        },
      ];
  }
}

/** Runs one case: fault, action, first outcome (and the notice), the finish, then exactly-once effects. */
export async function runCase(
  e2e: E2eSession,
  action: ActionUnderTest,
  step: ActionStep,
  c: FaultCase,
): Promise<void> {
  const { page, panel } = await action.open(e2e);
  const before = await action.snapshot(e2e);
  for (const f of c.faults)
    await injectFault(e2e, { ...f, method: step.method, pathPattern: step.pathPattern });
  const noticeSeen = c.notice
    ? panel.locator(".umd-retry-notice").filter({ hasText: c.notice }).first().waitFor({ timeout: 20_000 })
    : Promise.resolve();
  await action.act(page, panel);
  await noticeSeen;
  const first = await outcome(panel, c.first);
  expectReadable(first);
  if (c.untouchedFirst) expect(await action.snapshot(e2e)).toEqual(before);
  if (c.finish.kind === "button") await clickOutcomeButton(panel, c.finish.name);
  if (c.finish.kind === "again") await action.act(page, panel);
  if (c.finish.kind !== "none") expectReadable(await outcome(panel, action.done));
  action.expectDoneOnce(before, await action.snapshot(e2e));
}

/**
 * The cases run again on Azure DevOps Server 2022, one of each way an action finishes: a wait for
 * Retry-After, someone acting first, an answer lost after the request landed (on the `$batch` and on a
 * guarded update), a mail offered again. The whole matrix runs on Services; the transport and the actions
 * are the same code on both hosts, so what Server adds (its URLs and api-versions on every repeated call)
 * shows in these five without doubling CI time.
 */
export const SERVER_SUBSET = (title: string): boolean =>
  [
    /^Acknowledge, .*: 503 with Retry-After/,
    /^Create staff task, .*: (412 |answer lost)/,
    /^Complete task, send-mail: 500: not repeated/,
    /^Notify client, record on the request: answer lost/,
  ].some((re) => re.test(title));

export interface MatrixOptions extends SessionOptions {
  /** Only the cases whose title ("<action>, <request>: <case>") it keeps (default: all). */
  only?(title: string): boolean;
}

/**
 * The matrix as tests: one per action, request and failure, titled "<action>, <request>: <case>", on an
 * emulator of their own; a test also fails when a page logged a problem other than the injected faults.
 */
export function describeFaultMatrix(
  title: string,
  actions: ActionUnderTest[],
  options: MatrixOptions = {},
): void {
  const table = actions
    .flatMap((action) =>
      action.steps.flatMap((step) =>
        casesFor(action, step).map((c) => ({
          title: `${action.name}, ${step.label}: ${c.name}`,
          action,
          step,
          c,
        })),
      ),
    )
    .filter((row) => options.only?.(row.title) ?? true);
  describe(title, () => {
    const e2e: E2eSession = useEmulator({ profile: options.profile, tolerate: isFaultNoise });

    afterEach(() => {
      expect(problemsBesidesFaults(e2e.problems())).toEqual([]);
    });

    it.each(table)("$title", ({ action, step, c }) => runCase(e2e, action, step, c), 60_000);
  });
}
