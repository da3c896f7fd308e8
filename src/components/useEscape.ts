import * as React from "react";

/**
 * Calls `onEscape` when Escape is pressed anywhere in this frame. A panel or dialog's frame receives its
 * own key presses (the host page never sees them), so it closes itself as the host's Escape would. A press
 * a control already handled (an open dropdown closing its list) is left to that control.
 */
export function useEscape(onEscape: () => void): void {
  const latest = React.useRef(onEscape);
  latest.current = onEscape;
  React.useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) latest.current();
    };
    // On the window, not the document: React 16 handles its events on the document, so a listener there
    // that was added before React's (while the panel still showed "Loading…") would hear an open dropdown's
    // Escape before the dropdown marked it handled, and close the whole panel instead of the list.
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
