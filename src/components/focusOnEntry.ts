import { setFocusVisible } from "azure-devops-ui/Util";

/** How long after a pointer press a focus counts as the press's own, in ms. */
const POINTER_FOCUS_MS = 500;

/**
 * azure-devops-ui draws its focus ring only once a key is pressed inside the document, but a person who
 * tabs from the host page into this frame pressed Tab in the host: the first control here took focus with
 * no ring. When the frame's window gains focus without a pointer press just before, the focus came from
 * the keyboard, so the ring is shown at once.
 */
export function showFocusOnKeyboardEntry(win: Window = window): void {
  let pointerAt = Number.NEGATIVE_INFINITY;
  win.addEventListener("pointerdown", () => (pointerAt = Date.now()), true);
  win.addEventListener("focus", () => {
    if (Date.now() - pointerAt > POINTER_FOCUS_MS) setFocusVisible(true);
  });
}
