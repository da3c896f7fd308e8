/**
 * Retries in progress, for the UI: the transport reports each wait here and a notice shows it, so a person
 * waiting on a throttled or failing call sees why instead of a button that seems stuck.
 */
import type { RetryInfo } from "./restTransport";

type Listener = (info: RetryInfo) => void;
const listeners = new Set<Listener>();

export function reportRetry(info: RetryInfo): void {
  listeners.forEach((l) => l(info));
}

export function onRetryReported(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The sentence the notice shows while waiting. */
export function retryText(info: RetryInfo): string {
  const seconds = Math.max(1, Math.round(info.waitMs / 1000));
  const why =
    info.status === 429
      ? "Azure DevOps is limiting requests right now"
      : info.status === 0
        ? "Azure DevOps did not answer"
        : `Azure DevOps did not complete the request (HTTP ${info.status})`;
  return `${why}. Trying again in ${seconds} s…`;
}
