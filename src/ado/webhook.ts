/**
 * Posts a short message to the optional staff-channel webhook, as the endpoint takes it:
 * - Teams Workflows ("Post to a channel when a webhook request is received", a Power Automate / Logic
 *   Apps URL with `/workflows/{id}/triggers/`): a message with one Adaptive Card attachment; a bare
 *   `{text}` makes the flow fail (MicrosoftDocs/msteams-docs#11302, prometheus/alertmanager#3920).
 * - Slack incoming webhooks (hooks.slack.com/services/...) and anything else: `{ "text": ... }`.
 *
 * These endpoints answer without CORS headers, so a browser cannot read their answer, yet the post is
 * delivered. It is therefore sent as a "simple" request (text/plain, no preflight, which they do not
 * answer) in `no-cors` mode: the answer is opaque, and only a post that did not reach the endpoint (a
 * network failure) or a readable refusal is reported as failed. A delivered post never is.
 */
import { webhookUrlProblem } from "../domain/settings";

export interface StaffChannel {
  post(url: string, text: string): Promise<void>;
}

export type ChannelKind = "teams" | "slack" | "text";

export function channelKind(url: string): ChannelKind {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "text";
  }
  if (/\/workflows\/[^/]+\/triggers\//i.test(parsed.pathname)) return "teams";
  if (parsed.hostname.toLowerCase() === "hooks.slack.com") return "slack";
  return "text";
}

/** The body each kind of endpoint accepts; `text` keeps its line breaks. */
export function channelPayload(kind: ChannelKind, text: string): unknown {
  if (kind !== "teams") return { text };
  const [title, ...rest] = text.split("\n");
  const link = rest.find((line) => /^https?:\/\//.test(line));
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: title, weight: "Bolder", wrap: true },
            ...rest
              .filter((line) => line !== link)
              .map((line) => ({ type: "TextBlock", text: line, wrap: true, spacing: "Small" })),
          ],
          ...(link ? { actions: [{ type: "Action.OpenUrl", title: "Open the request", url: link }] } : {}),
        },
      },
    ],
  };
}

const TIMEOUT_MS = 10_000;

export function createStaffChannel(fetchImpl: typeof fetch = (i, init) => fetch(i, init)): StaffChannel {
  return {
    async post(url, text) {
      // Checked here too, right before the post: the URL is never trusted because the settings checked it once.
      const problem = webhookUrlProblem(url);
      if (problem) throw new Error(problem);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: "POST",
          mode: "no-cors",
          headers: { "Content-Type": "text/plain;charset=UTF-8" },
          body: JSON.stringify(channelPayload(channelKind(url), text)),
          signal: controller.signal,
        });
      } catch (e) {
        if (controller.signal.aborted)
          throw new Error(
            `the staff channel did not answer within ${TIMEOUT_MS / 1000} seconds, so the post may have arrived; check the channel before telling the staff again`,
          );
        throw new Error(
          `the staff-channel post did not reach the channel (${e instanceof Error ? e.message : String(e)})`,
        );
      } finally {
        clearTimeout(timer);
      }
      // An opaque answer (the usual case) is a delivered post whose status the browser may not read.
      if (response.type !== "opaque" && !response.ok)
        throw new Error(`the staff channel refused the post (HTTP ${response.status})`);
    },
  };
}
