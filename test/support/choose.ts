import { fireEvent, screen } from "@testing-library/react";

/**
 * Chooses `option` in an azure-devops-ui Dropdown as a person does: opens it (a click on the control named
 * by its label) and clicks the option in the list it shows.
 */
export async function choose(control: HTMLElement, option: string): Promise<void> {
  fireEvent.click(control);
  // The selected option's name also carries its check mark: match the text it contains.
  fireEvent.click((await screen.findAllByRole("option", { name: new RegExp(option) }))[0]);
}
