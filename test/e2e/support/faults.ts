/**
 * Fault injection for e2e tests: POST /_emulator/faults, what the emulator holds afterwards (work items,
 * comments, outbox) and the message the person is shown, checked for being words, not a raw error.
 */
import { type Frame, type Page } from "playwright-core";

import type { ConsoleProblem } from "./browser";
import { byRole, contributionFrame, type E2eSession, unexpectedProblems } from "./harness";
import { restAs } from "./rest";

export interface Fault {
  method?: string;
  pathPattern: string;
  /** 0: hang `delayMs`, then drop the connection. */
  status: number;
  count?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  /** The request is carried out and only its answer is lost. */
  lostAnswer?: boolean;
}

export interface Mail {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  workItemIds: number[];
}

export interface WorkItem {
  id: number;
  rev: number;
  fields: Record<string, unknown>;
  relations?: { rel: string; url: string }[];
}

export async function injectFault(e2e: E2eSession, fault: Fault): Promise<void> {
  const res = await fetch(`${e2e.emulator.url}/_emulator/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ count: 1, ...fault }),
  });
  if (!res.ok) throw new Error(`Could not inject ${JSON.stringify(fault)}: HTTP ${res.status}`);
}

/** What the emulator holds, read over REST as Holly (who may read everything). */
export function emulatorState(e2e: E2eSession) {
  const rest = restAs(e2e);
  return {
    workItem: (id: number) => rest.get<WorkItem>(`/fabrikam/_apis/wit/workitems/${id}?$expand=relations`),
    state: async (id: number) =>
      String((await rest.get<WorkItem>(`/fabrikam/_apis/wit/workitems/${id}`)).fields["System.State"]),
    comments: async (id: number, project = "Client Services") =>
      (
        await rest.get<{ comments: { text: string }[] }>(
          `/fabrikam/${encodeURIComponent(project)}/_apis/wit/workItems/${id}/comments?api-version=7.1-preview.4&order=asc`,
        )
      ).comments.map((c) => c.text),
    mails: () => rest.get<Mail[]>("/_emulator/mail"),
    /** Ids of the staff tasks linked under a request. */
    children: async (id: number) =>
      ((await rest.get<WorkItem>(`/fabrikam/_apis/wit/workitems/${id}?$expand=relations`)).relations ?? [])
        .filter((r) => r.rel === "System.LinkTypes.Hierarchy-Forward")
        .map((r) => Number(/(\d+)$/.exec(r.url)![1])),
    userIds: () => rest.userIds(),
    log: () => rest.log(),
  };
}

/** A REST write as a seeded user, for setting a case up (e.g. acknowledging before Create staff task). */
export async function restWrite(
  e2e: E2eSession,
  user: string,
  method: string,
  path: string,
  body: unknown,
): Promise<unknown> {
  const res = await fetch(e2e.emulator.url + e2e.atHost(path), {
    method,
    headers: {
      Accept: `application/json;api-version=${e2e.apiVersion}`,
      Authorization: `Bearer ${e2e.emulator.api.tokenFor(user)}`,
      "Content-Type": Array.isArray(body) ? "application/json-patch+json" : "application/json",
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/** The work item page of `id` with its User management panel, signed in as `user`. */
export async function openPanel(
  e2e: E2eSession,
  user: string,
  id: number,
  project = "Client Services",
): Promise<{ page: Page; panel: Frame }> {
  const page = await e2e.openAs(user, `/fabrikam/${encodeURIComponent(project)}/_workitems/edit/${id}`);
  const panel = await contributionFrame(page, "work-item-panel");
  await panel.locator('[aria-label="Request actions"], [aria-label="Account changes"]').first().waitFor();
  return { page, panel };
}

/** The outcome card's text (not the retry notice), once it matches `pattern`. */
export async function outcome(panel: Frame, pattern: RegExp, timeout = 20_000): Promise<string> {
  const card = panel.locator('[role="status"]:not(.umd-retry-notice)').filter({ hasText: pattern }).first();
  try {
    await card.waitFor({ timeout });
  } catch (e) {
    // Say what the panel showed instead, so a failing case explains itself.
    const shown = await panel.locator('[role="status"], [role="alert"]').allInnerTexts();
    throw new Error(
      `No outcome matching ${pattern} within ${timeout} ms; the panel shows: ${JSON.stringify(shown)}`,
      {
        cause: e,
      },
    );
  }
  return (await card.innerText()).trim();
}

/** Words a person can act on: never a raw object, a stack, "undefined" or an HTML tag. */
export function expectReadable(message: string): void {
  expect(message).not.toMatch(/\[object Object\]|\bundefined\b|\bnull\b|\n\s+at |TypeError|<\/?[a-z]+[\s>]/);
}

/** Console noise a fault injection causes by design: the injected statuses and dropped connections. */
export const isFaultNoise = (p: ConsoleProblem): boolean =>
  p.kind === "console" &&
  /^Failed to load resource: (.*status of (401|403|404|409|412|429|500|503)\b|net::ERR_EMPTY_RESPONSE)/.test(
    p.text,
  );

export function problemsBesidesFaults(problems: ConsoleProblem[]): ConsoleProblem[] {
  return unexpectedProblems(problems).filter((p) => !isFaultNoise(p));
}

/** Clicks the button of the outcome card (Send the e-mail again, Acknowledge now, …). */
export async function clickOutcomeButton(panel: Frame, name: string): Promise<void> {
  await byRole(panel.locator('[role="status"]:not(.umd-retry-notice)'), "button", name).click();
}
