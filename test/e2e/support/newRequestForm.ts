/**
 * The New request form driven as a person does: its dropdowns opened and an option clicked, its text fields
 * typed into, found by their visible labels.
 */
import { type Frame, type Locator, type Page } from "playwright-core";

import { byRole, chooseOption } from "./harness";

/** A text field of the form by its label, exactly. */
export const textField = (scope: Frame | Locator, label: string): Locator =>
  scope.getByLabel(label, { exact: true });

/** Chooses the request type (e.g. "Reassign user"). */
export async function chooseRequestType(panel: Frame, label: string): Promise<void> {
  await chooseOption(panel, byRole(panel, "button", "Request type"), label);
}

/** Chooses the project's first service and returns its name. */
export async function chooseFirstService(panel: Frame): Promise<string> {
  await byRole(panel, "button", "Service").click();
  const option = panel.getByRole("option").first();
  const name = (await option.innerText()).trim();
  await option.click();
  await byRole(panel, "button", "Service").filter({ hasText: name }).waitFor();
  return name;
}

/** A date `days` from today in the person's calendar, as the form takes it (yyyy-mm-dd). */
export function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The accessible name of what has focus in `frame` (its label, for a field named by one). */
const focusedName = (frame: Frame) =>
  frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    return el.getAttribute("aria-label") ?? el.innerText;
  });

/** Presses Tab until the control named `name` has focus in `frame`, as a person tabbing through the form. */
export async function tabTo(page: Page, frame: Frame, name: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedName(frame)) === name) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(
    `"${name}" never took focus after ${max} presses of Tab (last: ${await focusedName(frame)}).`,
  );
}
