/**
 * Where a field of the form is, by its validation path: each field's wrapper carries the path, so the
 * form can move focus to the first field that needs fixing, whatever control the field is.
 */
export const fieldMarker = (path: string): { "data-field": string } => ({ "data-field": path });

// A multiline TextField measures its height with a hidden copy of its textarea: never that one.
const FOCUSABLE =
  'input:not([aria-hidden="true"]), textarea:not([aria-hidden="true"]), button, [role="checkbox"]';

/** Focuses the control of the field at `path` inside `form`; false when it is not shown. */
export function focusField(form: HTMLElement | null, path: string): boolean {
  const wrapper = form?.querySelector<HTMLElement>(`[data-field="${path}"]`);
  const control = wrapper?.matches(FOCUSABLE) ? wrapper : wrapper?.querySelector<HTMLElement>(FOCUSABLE);
  control?.focus();
  return !!control;
}
