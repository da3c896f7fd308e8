/**
 * Runs `open` (a host dialog, panel or confirmation) and, when it has closed, puts focus back on the
 * control that opened it, so a keyboard or screen reader user continues where they were instead of at the
 * top of the frame. When that control is gone (the view re-rendered), focus is left to the outcome.
 */
export async function keepingFocus<T>(open: () => Promise<T>): Promise<T> {
  const opener = document.activeElement;
  try {
    return await open();
  } finally {
    if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected)
      opener.focus({ preventScroll: true });
  }
}
