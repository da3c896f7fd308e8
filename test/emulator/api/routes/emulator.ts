/** /_emulator/*: context, outbox, request log, reset, faults, permissions, webhooks. No token needed. */
import type * as http from "http";

import { CORS_HEADERS } from "../http/cors";
import { ApiError, badRequest, errorEnvelope, notFound } from "../http/errors";
import { parseBody, readBody } from "../http/request";
import { serializeJson } from "../http/serializer";
import { changePermissions, readers } from "../security/testControls";
import { type EmulatorState } from "../state";
import { receiveWebhook } from "./webhookReceiver";

export async function handleEmulatorRoute(
  state: EmulatorState,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): Promise<void> {
  const method = (req.method ?? "GET").toUpperCase();
  const parts = url.pathname.split("/").filter(Boolean).slice(1).map(decodeURIComponent);
  const route = `${method} ${parts[0] ?? ""}`.toLowerCase();
  if (await receiveWebhook(state, req, res, parts)) return;
  try {
    const raw = await readBody(req);
    const parsed = parseBody(raw);
    const body = parsed.ok ? parsed.value : parsed.raw;
    let result: unknown;
    if (route === "get context" && parts.length === 1)
      result = state.context(url.searchParams.get("as") ?? undefined);
    else if (route === "get mail" && parts.length === 1) result = state.store.mail;
    else if (route === "delete mail" && parts.length === 1) result = state.store.mail = [];
    else if (route === "get requests" && parts.length === 1) result = state.log.entries;
    else if (route === "delete requests" && parts.length === 1) result = state.log.clear() ?? [];
    else if (route === "post reset" && parts.length === 1) {
      state.reset();
      result = { reset: true };
    } else if (route === "post faults" && parts.length === 1) result = state.faults.add(body);
    else if (route === "get faults" && parts.length === 1) result = state.faults.list();
    else if (route === "delete faults" && parts.length === 1) result = state.faults.clear() ?? [];
    else if (route === "post permissions" && parts.length === 1)
      result = changePermissions(state.store, body);
    else if (route === "get permissions" && parts.length === 1) result = { readers: readers(state.store) };
    else if (route === "get webhooks" && parts.length === 1) result = state.store.webhooks;
    else if (route === "get dashboards" && parts.length === 2) result = state.dashboards.get(parts[1]);
    else if (route === "put dashboards" && parts.length === 4 && parts[2].toLowerCase() === "widgets")
      result = state.dashboards.saveWidget(parts[1], parts[3], body);
    else throw notFound("RouteNotFoundException", `The emulator has no route ${method} ${url.pathname}.`);
    send(res, 200, result);
  } catch (e) {
    const err = e instanceof ApiError ? e : badRequest("EmulatorException", (e as Error).message);
    send(res, err.status, errorEnvelope(err.typeKey, err.message, err.extra));
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8" });
  res.end(serializeJson(body, { msDate: false }));
}
