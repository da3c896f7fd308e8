import { fireEvent, screen, waitFor } from "@testing-library/react";

/**
 * Chooses `option` in an azure-devops-ui Dropdown as a person does: opens it (a click on the control named
 * by its label) and clicks the option in the list it shows.
 */
export async function choose(control: HTMLElement, option: string): Promise<void> {
  fireEvent.click(control);
  // The selected option's name also carries its check mark: match the text it contains.
  fireEvent.click((await screen.findAllByRole("option", { name: new RegExp(option) }))[0]);
}

/**
 * The control labelled `label` once its code is in: a field loaded on demand shows a read-only stand-in
 * until the person comes to it, so this focuses the stand-in first, as tabbing to it does.
 */
export async function onDemand(label: string): Promise<HTMLElement> {
  const standIn = screen.getByLabelText(label);
  if (standIn.hasAttribute("readonly")) fireEvent.focus(standIn);
  return waitFor(() => {
    const control = screen.getByLabelText(label);
    if (control.hasAttribute("readonly")) throw new Error(`${label} is still loading.`);
    return control;
  });
}
