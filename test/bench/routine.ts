/**
 * The full seed routine on request 1 (Dana's invitation), twice from the same seed: with the extension's
 * panels, and by hand on the emulator's plain work item form. Same people, same effects: Holly acknowledges
 * (state + a comment mentioning Dana), Remi creates a staff task under the request and completes it with
 * one account change (done state, a comment mentioning Holly, a mail to Dana cc Holly), Holly notifies Dana
 * (a mail, recorded on the request) and closes the request (state + a comment mentioning Dana).
 *
 * Counted for each: user interactions (clicks, including opening a work item from a link and a dropdown
 * choice, and fields typed, with their characters), the REST calls in the emulator's request log, and the
 * elapsed time. Both are driven as fast as the pages allow, so the time is the software's share; the
 * estimate for a person adds the time to click and type (Hands.personMs). With the extension, the REST
 * calls each action made are also counted (see action()).
 */
import type { Browser, Frame, Locator, Page } from "playwright-core";

import type { RunningEmulator } from "../emulator/server";
import { TASK_PANEL, workItemPath } from "./panels";
import {
  describeCall,
  frameOf,
  isRest,
  type Measured,
  openContext,
  STEP_TIMEOUT,
  waitQuiet,
} from "./session";
import type { Sample } from "./stats";

const REQUEST_ID = 1;
const ACCOUNT = "priya.raman@contoso-dental.example";

const POINT_MS = 1100;
const CLICK_MS = 200;
const KEYSTROKE_MS = 280;

/** Counts what a person does; every step of both routines goes through it. */
class Hands {
  clicks = 0;
  fields = 0;
  chars = 0;

  async open(page: Page, emulator: RunningEmulator, user: string, path: string): Promise<void> {
    const url = new URL(path, emulator.url);
    url.searchParams.set("as", user);
    await page.goto(url.href);
    await page.locator("header.topbar, .fatal").first().waitFor();
    this.clicks++; // following the link from a mail, the queue or a bookmark
  }
  async click(target: Locator): Promise<void> {
    await target.click();
    this.clicks++;
  }
  async choose(select: Locator, option: string): Promise<void> {
    await select.selectOption({ label: option });
    this.clicks++;
  }
  /** An azure-devops-ui Dropdown: open it and pick the option, one choice as with a native select. */
  async pick(frame: Frame, dropdown: Locator, option: string): Promise<void> {
    await dropdown.click();
    // The selected option's name also carries its check mark: match the text it contains.
    await frame.getByRole("option", { name: option }).first().click();
    this.clicks++;
  }
  async type(field: Locator, text: string): Promise<void> {
    await field.fill(text);
    this.fields++;
    this.chars += text.length;
  }
  /** Key by key, for fields that react to typing (mentions, people pickers); `counted` false continues a field. */
  async press(field: Locator, text: string, counted = true): Promise<void> {
    await field.pressSequentially(text);
    if (counted) this.fields++;
    this.chars += text.length;
  }
  /**
   * The routine's time for a person: the measured time plus the Keystroke-Level Model's standard operators
   * (Card, Moran & Newell): 1.1 s to point and 0.2 s to press and release per click, 0.28 s per character
   * for an average typist. No reading or thinking time is added, so it is a floor.
   */
  personMs(measuredMs: number): number {
    return measuredMs + this.clicks * (POINT_MS + CLICK_MS) + this.chars * KEYSTROKE_MS;
  }
  figures(prefix: string): Sample {
    return {
      [`${prefix}.clicks`]: this.clicks,
      [`${prefix}.fields`]: this.fields,
      [`${prefix}.chars`]: this.chars,
      [`${prefix}.interactions`]: this.clicks + this.fields,
    };
  }
}

interface LogEntry {
  method: string;
  path: string;
  status: number;
}

async function emulatorGet<T>(emulator: RunningEmulator, path: string): Promise<T> {
  const res = await fetch(emulator.url + path, {
    headers: {
      Authorization: `Bearer ${emulator.api.tokenFor("holly")}`,
      Accept: "application/json;api-version=7.1",
    },
  });
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** A POST read (WIQL, batch) is not a write. */
// Reads sent as POST: WIQL, batch reads and queries of extension data collections (settings, drafts).
const isWrite = (e: LogEntry) =>
  e.method !== "GET" && !/\/(wiql|workitemsbatch|ExtensionDataCollectionQuery)$/i.test(e.path);

/** The emulator's log of the routine: everything the browser sent to the REST API, host and extension. */
async function routineLog(emulator: RunningEmulator): Promise<Sample> {
  const log = await emulatorGet<LogEntry[]>(emulator, "/_emulator/requests");
  return { calls: log.length, writes: log.filter(isWrite).length };
}

/** The routine must have done what it claims, or its figures mean nothing. */
async function checkEffects(emulator: RunningEmulator, how: string): Promise<void> {
  const item = await emulatorGet<{ fields: Record<string, unknown> }>(
    emulator,
    `/fabrikam/_apis/wit/workitems/${REQUEST_ID}`,
  );
  const mail = await emulatorGet<unknown[]>(emulator, "/_emulator/mail");
  const comments = await emulatorGet<{ comments: { text: string }[] }>(
    emulator,
    `/fabrikam/Client%20Services/_apis/wit/workItems/${REQUEST_ID}/comments?api-version=7.1-preview.4`,
  );
  const mentions = comments.comments.filter((c) => c.text.includes("data-vss-mention")).length;
  const problems = [
    item.fields["System.State"] !== "Closed" &&
      `request ${REQUEST_ID} is ${String(item.fields["System.State"])}`,
    mail.length !== 2 && `${mail.length} mails were sent, not 2`,
    mentions < 3 && `the request has ${mentions} comments with a mention, not 3`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`The routine ${how} did not finish: ${problems.join("; ")}.`);
}

/** An enabled action button of a panel, by its accessible name. */
const enabledButton = (frame: Frame, name: string) =>
  frame.getByRole("button", { name, exact: true, disabled: false }).first();

export interface ActionCalls {
  calls: number;
  ms: number;
  list: string[];
}

/** An entry of the host page's window.__emulatorLog (see test/emulator/host/log.ts). */
interface HostLogEntry {
  at: number;
  source: string;
  call: string;
}

/**
 * Runs one panel action and counts the REST calls the extension made for it: from the click until the
 * panel asks the form to refresh (the reload that follows is a panel load, not the action), or until the
 * outcome shows when it does not refresh.
 */
async function action(
  m: Measured,
  emulator: RunningEmulator,
  page: Page,
  steps: () => Promise<void>,
  outcome: Locator,
): Promise<ActionCalls> {
  const clickedAt = Date.now();
  await steps();
  await outcome.waitFor();
  const shownAt = Date.now();
  const log = (await page.evaluate("window.__emulatorLog || []")) as HostLogEntry[];
  const refresh = log.find((e) => e.call === "ms.vss-work-web.work-item-form.refresh" && e.at >= clickedAt);
  const end = refresh?.at ?? shownAt;
  await m.settled();
  const calls = m.requests
    .filter((r) => r.by !== "host" && isRest(r, emulator) && r.startedAt >= clickedAt && r.startedAt < end)
    .sort((a, b) => a.startedAt - b.startedAt);
  return { calls: calls.length, ms: shownAt - clickedAt, list: calls.map(describeCall) };
}

export interface RoutineResult {
  figures: Sample;
  details: Record<string, unknown>;
}

/** The routine through the panels; also gives the REST calls of each action. */
export async function routineWithExtension(
  browser: Browser,
  emulator: RunningEmulator,
): Promise<RoutineResult> {
  emulator.api.reset();
  const m = await openContext(browser, emulator, { present: [], enabled: [] });
  const hands = new Hands();
  const actions: Record<string, ActionCalls> = {};
  const start = Date.now();
  try {
    const page = m.page;
    page.setDefaultTimeout(STEP_TIMEOUT);
    const panelOf = async (user: string, id: number, ready: string) => {
      await hands.open(page, emulator, user, workItemPath(id));
      const panel = await frameOf(page, "work-item-panel");
      await enabledButton(panel, ready).waitFor();
      return panel;
    };
    const settle = () => waitQuiet(m, "work-item-panel", 800);

    // Holly acknowledges.
    let panel = await panelOf("holly", REQUEST_ID, "Acknowledge");
    await settle();
    actions.acknowledge = await action(
      m,
      emulator,
      page,
      () => hands.click(enabledButton(panel, "Acknowledge")),
      panel.getByText(/^Acknowledged\./).first(),
    );

    // Remi creates the staff task (the staff picker shows him).
    panel = await panelOf("remi", REQUEST_ID, "Create staff task");
    await settle();
    const created = panel.getByText(/^Created staff task #\d+/).first();
    actions.createStaffTask = await action(
      m,
      emulator,
      page,
      () => hands.click(enabledButton(panel, "Create staff task")),
      created,
    );
    const taskId = Number(/#(\d+)/.exec((await created.textContent()) ?? "")![1]);

    // Remi opens the task from the panel, records one account change and completes it.
    await hands.click(panel.getByRole("link", { name: `#${taskId}` }));
    await page.waitForURL(new RegExp(`/_workitems/edit/${taskId}\\b`));
    await page.locator("header.topbar").waitFor();
    panel = await frameOf(page, "work-item-panel");
    await enabledButton(panel, TASK_PANEL.enabled[0]).waitFor();
    await hands.click(enabledButton(panel, "Add account change"));
    await hands.type(panel.getByRole("textbox", { name: "Account", exact: true }).last(), ACCOUNT);
    await hands.pick(panel, panel.getByRole("button", { name: "Change", exact: true }).last(), "Added");
    await hands.type(
      panel.getByRole("textbox", { name: "Details", exact: true }).last(),
      "Enrollment key sent",
    );
    await settle(); // the draft is saved a moment after typing stops, as it would be for a person
    actions.completeTask = await action(
      m,
      emulator,
      page,
      async () => {
        await hands.click(enabledButton(panel, "Complete task"));
        // The checklist is not ticked: the host asks to confirm, with a button named after the action.
        const confirm = page
          .getByRole("alertdialog")
          .getByRole("button", { name: "Complete task", exact: true });
        await confirm.waitFor();
        await hands.click(confirm);
      },
      panel.getByText(/^Completed\./).first(),
    );

    // Holly notifies Dana through the dialog (its template as it is), then closes the request.
    panel = await panelOf("holly", REQUEST_ID, "Notify client");
    await settle();
    actions.notifyClient = await action(
      m,
      emulator,
      page,
      async () => {
        await hands.click(enabledButton(panel, "Notify client"));
        const dialog = await frameOf(page, "notify-client-dialog");
        await hands.click(dialog.getByRole("button", { name: "Notify client", exact: true }));
      },
      panel.getByText(/^E-mailed /).first(),
    );
    await enabledButton(panel, "Close request").waitFor();
    await settle();
    actions.closeRequest = await action(
      m,
      emulator,
      page,
      () => hands.click(enabledButton(panel, "Close request")),
      panel.getByText(/^Closed\./).first(),
    );
    const ms = Date.now() - start;
    await settle();
    const log = await routineLog(emulator);
    await checkEffects(emulator, "with the extension");
    const figures: Sample = {
      ...hands.figures("routine.extension"),
      "routine.extension.calls": log.calls,
      "routine.extension.writes": log.writes,
      "routine.extension.ms": ms,
      "routine.extension.personMs": hands.personMs(ms),
    };
    for (const [key, a] of Object.entries(actions)) {
      figures[`actions.${key}.calls`] = a.calls;
      figures[`actions.${key}.ms`] = a.ms;
    }
    return {
      figures,
      details: { actions: Object.fromEntries(Object.entries(actions).map(([k, a]) => [k, a.list])) },
    };
  } finally {
    await m.close();
  }
}

/** The same routine by hand on the plain work item form. */
export async function routineByHand(browser: Browser, emulator: RunningEmulator): Promise<RoutineResult> {
  emulator.api.reset();
  const m = await openContext(browser, emulator);
  const hands = new Hands();
  const start = Date.now();
  try {
    const page = m.page;
    page.setDefaultTimeout(STEP_TIMEOUT);
    const role = (name: string, r: Parameters<Page["getByRole"]>[0] = "button") =>
      page.getByRole(r, { name, exact: true });
    const comment = role("Add a comment", "textbox");
    /** Types a comment with one mention: "@" and the start of the name, a pick, then the rest. */
    const commentMentioning = async (start: string, person: string, rest: string) => {
      await hands.press(comment, `@${start}`);
      await hands.click(
        page.getByRole("listbox", { name: "People to mention" }).getByRole("option", { name: person }),
      );
      await hands.press(comment, rest, false);
    };
    const save = async () => {
      await hands.click(role("Save"));
      await page.locator(".save-status", { hasText: /^Revision \d+$/ }).waitFor();
    };
    const pickPerson = async (field: string, start: string, person: string) => {
      await hands.press(role(field, "textbox"), start);
      await hands.click(
        page.getByRole("listbox", { name: `People for ${field}` }).getByRole("option", { name: person }),
      );
    };
    const email = async (to: string, cc: string | undefined, subject: string, note: string) => {
      await hands.click(role("Email work item"));
      await pickPerson("To", to.slice(0, 3), to);
      if (cc) await pickPerson("CC", cc.slice(0, 3), cc);
      await hands.type(role("Subject", "textbox"), subject);
      await hands.type(role("Note", "textbox"), note);
      await hands.click(role("Send"));
      await page.getByRole("dialog", { name: "Email work item" }).waitFor({ state: "detached" });
    };
    const open = async (user: string, id: number) => {
      await hands.open(page, emulator, user, workItemPath(id));
      await role("Save").waitFor();
    };

    // Holly acknowledges: state, a comment mentioning Dana, save.
    await open("holly", REQUEST_ID);
    await hands.choose(role("State", "combobox"), "In Planning");
    await commentMentioning(
      "Dan",
      "Dana Whitfield",
      " we will act on this request and reach out as soon as we have completed it.",
    );
    await save();

    // Remi creates the task under the request: a linked Task with title, assignee and the details.
    await open("remi", REQUEST_ID);
    await hands.click(role("New linked work item"));
    const dialog = page.getByRole("dialog", { name: "New linked work item" });
    await hands.choose(dialog.getByRole("combobox", { name: "Link type" }), "Child");
    await hands.choose(dialog.getByRole("combobox", { name: "Work item type" }), "Task");
    await hands.type(
      dialog.getByRole("textbox", { name: "Title" }),
      "Invite Priya Raman and Tom Becker (patient portal)",
    );
    await hands.choose(dialog.getByRole("combobox", { name: "Assigned To" }), "Remi Laurent");
    await hands.type(
      dialog.getByRole("textbox", { name: "Description" }),
      "Request 1 from Dana Whitfield (Contoso Dental), patient portal.\n" +
        "Invite priya.raman@contoso-dental.example and tom.becker@contoso-dental.example, front desk, with enrollment keys.\n" +
        "Checklist: create the invitations; send each enrollment key; confirm both can sign in.",
    );
    await hands.click(dialog.getByRole("button", { name: "Create", exact: true }));
    const taskLink = page.getByRole("list", { name: "Links" }).getByRole("link", { name: /^Task \d+:/ });
    await taskLink.waitFor();

    // Remi completes the task: done state, a comment mentioning Holly, a mail to Dana cc Holly.
    await hands.click(taskLink);
    await page.waitForURL(/_workitems\/edit\/(?!1\b)\d+/);
    await role("Save").waitFor();
    await hands.choose(role("State", "combobox"), "Closed");
    await commentMentioning("Hol", "Holly Brooks", ` done. Added: ${ACCOUNT} (enrollment key sent).`);
    await save();
    await email(
      "Dana Whitfield",
      "Holly Brooks",
      "Request 1: account changes",
      `Hello Dana,\n\nWe made these changes for request 1:\nAdded: ${ACCOUNT} (enrollment key sent).\n\nRemi`,
    );

    // Holly notifies Dana and records it on the request, then closes it.
    await open("holly", REQUEST_ID);
    await email(
      "Dana Whitfield",
      undefined,
      "Request 1: your new hires can sign in",
      "Hello Dana,\n\nThe enrollment key is on its way to your new hire. We will close the request now.\n\nHolly",
    );
    await commentMentioning("Dan", "Dana Whitfield", " e-mailed you: Request 1: your new hires can sign in.");
    await save();
    await hands.choose(role("State", "combobox"), "Closed");
    await commentMentioning("Dan", "Dana Whitfield", " your request has been completed.");
    await save();
    const ms = Date.now() - start;
    await m.settled();
    const log = await routineLog(emulator);
    await checkEffects(emulator, "by hand");
    return {
      figures: {
        ...hands.figures("routine.manual"),
        "routine.manual.calls": log.calls,
        "routine.manual.writes": log.writes,
        "routine.manual.ms": ms,
        "routine.manual.personMs": hands.personMs(ms),
      },
      details: {},
    };
  } finally {
    await m.close();
  }
}
