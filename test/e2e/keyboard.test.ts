/**
 * The seed routine by keyboard alone (Tab, Enter, Space, typing; no pointer), on request #2 in Client
 * Services: Holly acknowledges and gives the staff task to Remi through the Staff member picker, Remi ticks
 * the checklist and completes the task, Holly closes the request. Along the way: a focus ring shows when
 * tabbing in from the host, focus moves to the outcome after an action, Escape closes the New request panel
 * and the Notify client dialog and focus returns to the button that opened them. Pages are opened by their
 * address, as a person follows a link from a mail or a bookmark.
 */
import type { Frame, Page } from "playwright-core";

import { loadManifest } from "../emulator/server";
import { byRole, contributionFrame, DEFAULT_TIMEOUT, type E2eSession, useEmulator } from "./support/harness";
import { restAs } from "./support/rest";

const manifest = loadManifest();
const PROJECT = "/fabrikam/Client%20Services";
const HUB = `${PROJECT}/_apps/hub/${manifest.publisher}.${manifest.id}.queue-hub`;
const item = (id: number) => `${PROJECT}/_workitems/edit/${id}`;

/**
 * `work` or, when it has not settled within `ms`, an error naming `what`. Playwright's evaluate and keyboard
 * calls have no timeout of their own: a call into a frame that is being torn down could otherwise hold the
 * test until Jest's limit with no word of where it stopped.
 */
async function within<T>(what: string, work: Promise<T>, ms = DEFAULT_TIMEOUT): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms.`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Presses `key` where a frame has focus and the key closes that frame: the key goes down, the frame is
 * removed, and only then does the key come up, on the host page. A release sent while the focused frame is
 * being torn down is an input event to a frame that no longer answers; holding it until the frame is gone
 * keeps the press a person's press without that race.
 */
async function pressToClose(page: Page, key: string, contributionId: string): Promise<void> {
  await within(`${key} going down`, page.keyboard.down(key));
  await page.locator(`iframe[data-contribution-id="${contributionId}"]`).waitFor({ state: "detached" });
  await within(`${key} coming up`, page.keyboard.up(key));
}

/** The accessible name of what has focus inside the frame, or undefined when the frame has no focus. */
const focusedIn = (frame: Frame) =>
  within(
    "Reading the focused control",
    frame.evaluate(() => {
      if (!document.hasFocus()) return undefined;
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const labelledBy = el
        .getAttribute("aria-labelledby")
        ?.split(/\s+/)
        .map((id) => document.getElementById(id)?.innerText ?? "")
        .join(" ");
      const label = (el as HTMLInputElement).labels?.[0]?.innerText;
      return (el.getAttribute("aria-label") ?? (labelledBy || label) ?? el.innerText ?? "").trim();
    }),
  );

/** Presses Tab (on the host page, so focus may travel into the frame) until `name` has focus in `frame`. */
async function tabTo(page: Page, frame: Frame, name: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedIn(frame)) === name) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(
    `"${name}" never took focus after ${max} presses of Tab (last: ${await focusedIn(frame)}).`,
  );
}

/** Presses Tab until focus is anywhere inside `frame` (Escape is then the frame's to handle). */
async function tabInto(page: Page, frame: Frame, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedIn(frame)) !== undefined) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Focus never reached the frame after ${max} presses of Tab.`);
}

/** The frame's focus ring is on: azure-devops-ui's keyboard focus treatment. */
const ringShown = (frame: Frame) =>
  frame.evaluate(() => document.body.classList.contains("bolt-focus-visible"));

/** Whether focus is on (or inside) the outcome message. */
const outcomeFocused = (frame: Frame) =>
  frame.evaluate(() => document.activeElement?.closest(".umd-outcome") != null);

/** The people picker's code is loaded when focus comes to it; it then takes the focus itself. */
const pickerReady = (frame: Frame) =>
  frame.waitForFunction(() => {
    const el = document.activeElement;
    return el?.getAttribute("aria-label") === "Staff member" && !el.hasAttribute("readonly");
  });

async function panelOf(e2e: E2eSession, user: string, id: number) {
  const page = await e2e.openAs(user, item(id));
  return { page, panel: await contributionFrame(page, "work-item-panel") };
}

async function enabled(frame: Frame, name: string): Promise<void> {
  await frame.locator(`[aria-label="${name}"]:not([aria-disabled="true"]):not([disabled])`).first().waitFor();
}

describe("by keyboard alone", () => {
  const e2e = useEmulator();
  jest.setTimeout(90_000);

  it("the seed routine: acknowledge, staff task for Remi, complete it, close the request", async () => {
    // 1. Holly tabs from the host into the panel: the ring shows at once. Enter acknowledges.
    let { page, panel } = await panelOf(e2e, "holly", 2);
    await enabled(panel, "Acknowledge");
    await tabTo(page, panel, "Acknowledge");
    expect(await ringShown(panel)).toBe(true);
    await page.keyboard.press("Enter");
    await panel.getByText(/^Acknowledged\. The client was told/).waitFor();
    await panel.waitForFunction(() => document.activeElement?.closest(".umd-outcome") != null);

    // 2. Client Services has staff: the Staff member dropdown starts on Remi, the default assignee, so Tab goes
    // on to Create staff task. (Choosing someone else by keyboard is the last test, in the identity picker of
    // a project without staff.)
    await enabled(panel, "Create staff task");
    const staffShown = await panel
      .locator(".umd-staff-picker")
      .evaluate((e) => `${e.textContent} ${[...e.querySelectorAll("input")].map((i) => i.value).join(" ")}`);
    expect(staffShown).toContain("Remi Laurent");
    await tabTo(page, panel, "Create staff task");
    await page.keyboard.press("Enter");
    const created = panel.getByText(/^Created staff task #\d+ for Remi Laurent\./);
    await created.waitFor();
    expect(await outcomeFocused(panel)).toBe(true);
    const taskId = Number(/#(\d+)/.exec(await created.innerText())![1]);
    await page.close();

    // 3. Remi ticks every checklist item with Space and completes the task with Enter.
    ({ page, panel } = await panelOf(e2e, "remi", taskId));
    const checklist = panel.getByRole("list", { name: "Checklist" });
    await checklist.waitFor();
    const items = await checklist.getByRole("checkbox").count();
    for (let i = 0; i < items; i++) {
      const box = checklist.getByRole("checkbox").nth(i);
      await tabTo(page, panel, (await box.innerText()).trim());
      await page.keyboard.press("Space");
      await panel.waitForFunction((n) => {
        const boxes = [...document.querySelectorAll('[role="checkbox"], input[type="checkbox"]')];
        const b = boxes[n] as HTMLInputElement | undefined;
        return b && (b.checked || b.getAttribute("aria-checked") === "true");
      }, i);
    }
    await enabled(panel, "Complete task");
    await tabTo(page, panel, "Complete task");
    await page.keyboard.press("Enter");
    await panel.getByText(/^Completed\. Dana Whitfield was e-mailed/).waitFor();
    await page.close();

    // 4. Holly closes the request.
    ({ page, panel } = await panelOf(e2e, "holly", 2));
    await enabled(panel, "Close request");
    await tabTo(page, panel, "Close request");
    await page.keyboard.press("Enter");
    await panel.getByText(/^Closed\. The client was told/).waitFor();

    const request = await restAs(e2e).get<{ fields: Record<string, unknown> }>(
      "/fabrikam/_apis/wit/workitems/2",
    );
    expect(request.fields["System.State"]).toBe("Closed");
    const task = await restAs(e2e).get<{ fields: Record<string, unknown> }>(
      `/fabrikam/_apis/wit/workitems/${taskId}`,
    );
    expect((task.fields["System.AssignedTo"] as { displayName: string }).displayName).toBe("Remi Laurent");
    expect(task.fields["System.State"]).toBe("Closed");
  });

  it("New request keeps Submit in view; Escape closes it, and focus returns to New request", async () => {
    const page = await e2e.openAs("holly", HUB);
    await page.setViewportSize({ width: 1024, height: 600 }); // a small laptop window: the form is taller
    const hub = await contributionFrame(page, "queue-hub");
    await enabled(hub, "New request");
    // Reaching it by Tab is the routine's test above; here the opener is focused directly, then used by key.
    await byRole(hub, "button", "New request").focus();
    await page.keyboard.press("Enter");
    const form = await contributionFrame(page, "new-request-panel");
    await enabled(form, "Submit request");
    // The fields scroll; Submit request stays in view at the panel's foot (the form is taller than the window).
    const panelBox = (await page.locator('iframe[data-contribution-id="new-request-panel"]').boundingBox())!;
    const submit = (await byRole(form, "button", "Submit request").boundingBox())!;
    expect(await form.evaluate(() => document.scrollingElement!.scrollHeight > window.innerHeight)).toBe(
      true,
    );
    expect(submit.y + submit.height).toBeLessThanOrEqual(panelBox.y + panelBox.height);
    await tabInto(page, form);
    await pressToClose(page, "Escape", "new-request-panel");
    await hub.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "New request");
  });

  it("Escape closes the Notify client dialog, and focus returns to Notify client", async () => {
    const { page, panel } = await panelOf(e2e, "holly", 5);
    await enabled(panel, "Notify client");
    await byRole(panel, "button", "Notify client").focus();
    await page.keyboard.press("Enter");
    const dialog = await contributionFrame(page, "notify-client-dialog");
    await dialog.getByRole("button", { name: "Cancel", exact: true }).waitFor();
    // The dialog's buttons are in view: the frame is sized to its content and fits the window.
    const frame = (await page.locator('iframe[data-contribution-id="notify-client-dialog"]').boundingBox())!;
    const cancel = (await dialog.getByRole("button", { name: "Cancel", exact: true }).boundingBox())!;
    expect(cancel.y + cancel.height).toBeLessThanOrEqual(
      Math.min(frame.y + frame.height, page.viewportSize()!.height),
    );
    await tabInto(page, dialog);
    await pressToClose(page, "Escape", "notify-client-dialog");
    await panel.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Notify client");
  });

  it("on a project with no settings, Holly gives the staff task to anyone in the organization", async () => {
    const { page, panel } = await panelOf(e2e, "holly", 10); // Basic Desk: unconfigured
    await enabled(panel, "Acknowledge");
    await tabTo(page, panel, "Acknowledge");
    await page.keyboard.press("Enter");
    await panel.getByText(/^Acknowledged\./).waitFor();
    await enabled(panel, "Create staff task");
    await tabTo(page, panel, "Staff member");
    await pickerReady(panel);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Sam");
    await panel.getByText("sam@fabrikam.example").waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await tabTo(page, panel, "Create staff task");
    await page.keyboard.press("Enter");
    await panel.getByText(/^Created staff task #\d+ for Sam Patel\./).waitFor();
  });
});
