import * as React from "react";

/** The tallest a dialog's frame asks for: below it, the host's dialog header and margins fit a 768 px screen. */
export const DIALOG_MAX_HEIGHT = 560;

/**
 * Asks the host to size the frame to its content (`resize`, the SDK's), up to `max`: a dialog as tall as
 * what it holds, and when that is taller, a frame of `max` whose middle scrolls while its footer stays in
 * view. `scroller` is the part that scrolls; `frame` the whole content (scroller plus header and footer).
 */
export function useFitToContent(
  frame: React.RefObject<HTMLElement>,
  scroller: React.RefObject<HTMLElement>,
  resize: (width: number | undefined, height: number) => void,
  max = DIALOG_MAX_HEIGHT,
): void {
  React.useEffect(() => {
    const outer = frame.current;
    const inner = scroller.current;
    if (!outer || !inner) return;
    let last = 0;
    const resizeToContent = () => {
      // The content's natural height: the frame as laid out, plus what the scroller hides.
      const natural = outer.offsetHeight + (inner.scrollHeight - inner.clientHeight);
      const height = Math.min(Math.ceil(natural), max);
      if (height !== last) {
        last = height;
        resize(undefined, height);
      }
    };
    resizeToContent();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(resizeToContent);
    observer.observe(outer);
    for (const child of Array.from(inner.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [frame, scroller, resize, max]);
}
