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
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
