/** What an action tells the person who clicked: done (with warnings), done by someone else, or failed. */
export type ActionOutcome =
  | { kind: "done"; message: string; warnings: string[] }
  | { kind: "already"; message: string }
  | { kind: "failed"; message: string; retryLabel?: string; retry?: () => Promise<ActionOutcome> };

export const done = (message: string, warnings: string[] = []): ActionOutcome => ({
  kind: "done",
  message,
  warnings,
});
export const already = (message: string): ActionOutcome => ({ kind: "already", message });
export const failed = (message: string): ActionOutcome => ({ kind: "failed", message });
