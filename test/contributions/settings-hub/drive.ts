/**
 * Driving the settings page's azure-devops-ui controls as a person does: typing into a TextField, opening a
 * Dropdown and clicking an option, searching the organization in a people picker and clicking a person.
 */
import { fireEvent, screen, within } from "@testing-library/react";

export const control = <T extends HTMLElement = HTMLInputElement>(label: string): T =>
  screen.getByLabelText(label) as T;

export const type = (el: HTMLElement, value: string): boolean => fireEvent.change(el, { target: { value } });

/** What a Dropdown shows: the text of its chosen option. */
export const shown = (label: string): string => control(label).value;

/** The elements a control is described by (its FormItem's message), by aria-describedby. */
const describers = (el: HTMLElement) =>
  (el.getAttribute("aria-describedby") ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id))
    .filter((d): d is HTMLElement => d !== null);

/** The error under a control, announced with it (FormItem marks its message an alert), or undefined. */
export const errorOf = (el: HTMLElement): string | undefined =>
  describers(el).find((d) => d.getAttribute("role") === "alert")?.textContent ?? undefined;

/** What describes a control: its hint, or its error in the hint's place. */
export const messageOf = (el: HTMLElement): string =>
  describers(el)
    .map((d) => d.textContent)
    .join(" ");

async function openOptions(label: string): Promise<HTMLElement[]> {
  fireEvent.click(control(label));
  return screen.findAllByRole("option");
}

/** The options a Dropdown offers when opened; it is closed again with Escape. */
export async function optionTexts(label: string): Promise<string[]> {
  const texts = (await openOptions(label)).map((o) => o.textContent ?? "");
  fireEvent.keyDown(document.activeElement!, { key: "Escape", keyCode: 27, which: 27 });
  return texts;
}

/** Opens the Dropdown labelled `label` and clicks the option whose text is `text`. */
export async function choose(label: string, text: string): Promise<void> {
  const option = (await openOptions(label)).find((o) => o.textContent === text);
  if (!option) throw new Error(`"${label}" offers no option "${text}".`);
  fireEvent.click(option);
}

/** Types `query` into the people picker labelled `label`, which searches the organization. */
export function search(label: string, query: string): void {
  const box = screen.getByRole("combobox", { name: label });
  fireEvent.focus(box);
  type(box, query);
}

/** The people the picker offers once the organization answered. */
export const results = (): Promise<HTMLElement> => screen.findByRole("listbox");

/** Searches the organization in the picker labelled `label` and clicks the person named `name`. */
export async function pickPerson(label: string, query: string, name: string): Promise<void> {
  search(label, query);
  fireEvent.click(await within(await results()).findByText(name));
}
