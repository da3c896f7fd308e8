/**
 * Where a field of the form is, by its validation path: each field's wrapper carries the path, so the
 * form can move focus to the first field that needs fixing, whatever control the field is.
 */
export const fieldMarker = (path: string): { "data-field": string } => ({ "data-field": path });

// A multiline TextField measures its height with a hidden copy of its textarea: never that one.
const FOCUSABLE =
  'input:not([type="hidden"]):not([aria-hidden="true"]), textarea:not([aria-hidden="true"]), button, ' +
  '[role="checkbox"], [tabindex="0"]';

/** Focuses a field's control: the wrapper itself when it is one, else its first focusable element. */
export function focusControl(wrapper: Element | null | undefined): boolean {
  const control = wrapper?.matches(FOCUSABLE) ? wrapper : wrapper?.querySelector(FOCUSABLE);
  if (!(control instanceof HTMLElement)) return false;
  control.focus();
  return true;
}

/** Focuses the control of the field at `path` inside `form`; false when it is not shown. */
export function focusField(form: HTMLElement | null, path: string): boolean {
  return focusControl(form?.querySelector(`[data-field="${path}"]`));
}
