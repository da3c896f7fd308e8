/** Posts a short message to the optional staff-channel webhook (Teams/Slack-style incoming webhook). */
import { webhookUrlProblem } from "../domain/settings";

export interface StaffChannel {
  post(url: string, text: string): Promise<void>;
}

export function createStaffChannel(fetchImpl: typeof fetch = (i, init) => fetch(i, init)): StaffChannel {
  return {
    async post(url, text) {
      // Checked here too, right before the post: the URL is never trusted because the settings checked it once.
      const problem = webhookUrlProblem(url);
      if (problem) throw new Error(problem);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 10_000);
      try {
        // text/plain keeps this a "simple" cross-origin request: no preflight, which most webhooks refuse.
        const response = await fetchImpl(url, {
          method: "POST",
          headers: { "Content-Type": "text/plain;charset=UTF-8" },
          body: JSON.stringify({ text }),
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(`the channel answered HTTP ${response.status}`);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
