/**
 * The staff-channel receivers, answering as the real endpoints do, so the extension is tested against what
 * it will meet: no CORS headers at all (a browser can post but not read the answer), and their status.
 * - `POST /_emulator/webhooks/incoming/{name}`: a Slack incoming webhook, 200 with the text "ok".
 * - `POST /_emulator/webhooks/workflows/{name}/triggers/manual/paths/invoke`: a Teams Workflows (Power
 *   Automate) trigger, 202 Accepted with no body; it refuses a body without the Adaptive Card attachments
 *   the "Post to a channel when a webhook request is received" flow reads (MicrosoftDocs/msteams-docs#11302),
 *   where the real flow accepts the request and then fails its run.
 * Every post is recorded for `GET /_emulator/webhooks`.
 */
import type * as http from "http";

import { parseBody, readBody } from "../http/request";
import { type EmulatorState } from "../state";

/** Handles the request when it is a receiver's; false otherwise. */
export async function receiveWebhook(
  state: EmulatorState,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  parts: string[],
): Promise<boolean> {
  if ((req.method ?? "").toUpperCase() !== "POST" || parts[0]?.toLowerCase() !== "webhooks") return false;
  const slack = parts.length === 3 && parts[1].toLowerCase() === "incoming";
  const teams =
    parts.length === 7 &&
    parts[1].toLowerCase() === "workflows" &&
    parts.slice(3).join("/").toLowerCase() === "triggers/manual/paths/invoke";
  if (!slack && !teams) return false;
  const raw = await readBody(req);
  const parsed = parseBody(raw);
  const body = parsed.ok ? parsed.value : parsed.raw;
  if (teams && !Array.isArray((body as { attachments?: unknown } | null)?.attachments)) {
    res.writeHead(400, { "Content-Type": "application/json; charset=utf-8" });
    res.end(
      JSON.stringify({
        error: { code: "InvalidRequestContent", message: "The body has no attachments array." },
      }),
    );
    return true;
  }
  state.store.webhooks.push({
    name: parts[2],
    kind: teams ? "teams" : "slack",
    contentType: String(req.headers["content-type"] ?? ""),
    body,
    receivedAt: new Date().toISOString(),
  });
  if (teams) res.writeHead(202, { "Content-Length": "0" }).end();
  else res.writeHead(200, { "Content-Type": "text/html" }).end("ok");
  return true;
}
