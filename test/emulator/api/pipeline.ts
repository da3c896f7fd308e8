/** One REST call: log, fault, auth, api-version, route, serialize. */
import type * as http from "http";

import { faultMessage, type FaultSpec } from "./faults";
import { CORS_HEADERS } from "./http/cors";
import { ApiError, errorEnvelope } from "./http/errors";
import { bearerToken, decodePath, parseAccept, parseBody, parseQuery, readBody } from "./http/request";
import { serializeJson } from "./http/serializer";
import { userByToken } from "./model/identities";
import { checkApiVersion } from "./profile";
import { batchRoutes } from "./routes/batch";
import { classificationNodeRoutes } from "./routes/classificationNodes";
import { commentRoutes } from "./routes/comments";
import { extensionDataRoutes } from "./routes/extensionData";
import { identityRoutes } from "./routes/identities";
import { locationRoutes } from "./routes/locations";
import { mailRoutes } from "./routes/mail";
import { projectRoutes } from "./routes/projects";
import { propertyRoutes } from "./routes/properties";
import { queryRoutes } from "./routes/queries";
import { type Located, matchRoute, type Route, type RouteResult } from "./routes/router";
import { securityRoutes } from "./routes/security";
import { tagRoutes } from "./routes/tags";
import { typeRoutes } from "./routes/types";
import { wiqlRoutes } from "./routes/wiql";
import { workItemRoutes } from "./routes/workItems";
import { type EmulatorState } from "./state";

const ROUTES: Route[] = [
  ...workItemRoutes,
  ...batchRoutes,
  ...commentRoutes,
  ...wiqlRoutes,
  ...typeRoutes,
  ...mailRoutes,
  ...extensionDataRoutes,
  ...identityRoutes,
  ...projectRoutes,
  ...propertyRoutes,
  ...securityRoutes,
  ...classificationNodeRoutes,
  ...queryRoutes,
  ...tagRoutes,
  ...locationRoutes,
];

/** connectionData is read without an api-version (azure-devops-node-api's `WebApi.connect` sends none). */
const isVersionless = (located: Located) =>
  located.scope.length === 0 &&
  located.rest.length === 1 &&
  located.rest[0].toLowerCase() === "connectiondata";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function handleApiRequest(
  state: EmulatorState,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  located: Located,
  /** The path without a Server's virtual directory, as routes and faults see it. */
  apiPath: string = url.pathname,
): Promise<void> {
  const method = (req.method ?? "GET").toUpperCase();
  const path = decodePath(apiPath);
  const entry = state.log.start(
    method,
    decodePath(url.pathname),
    Object.fromEntries(new URLSearchParams(url.search)),
  );
  const raw = await readBody(req);
  const parsed = parseBody(raw);
  entry.body = parsed.ok ? parsed.value : parsed.raw;
  const accept = parseAccept(req.headers.accept);
  entry.apiVersion = accept.apiVersion ?? parseQuery(url.search)["api-version"];
  const respond = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    entry.status = status;
    const text =
      body === undefined || status === 204 ? "" : serializeJson(body, { msDate: accept.msDateFormat });
    res.writeHead(status, {
      ...CORS_HEADERS,
      // One connection per call: a browser resends a request on its own when a reused keep-alive connection
      // drops without an answer, which would turn an injected "lost answer" into a hidden second call.
      Connection: "close",
      ...(text ? { "Content-Type": "application/json; charset=utf-8" } : {}),
      ...headers,
    });
    res.end(text);
  };
  const fail = (err: ApiError) =>
    respond(err.status, errorEnvelope(err.typeKey, err.message, err.extra), err.headers);

  const fault = state.faults.take(method, [path, url.pathname]);
  /** Answers with the injected failure: after `delayMs`, a dropped connection (status 0) or the status. */
  const answerWithFault = async (f: FaultSpec) => {
    if (f.delayMs) await sleep(f.delayMs);
    if (f.status === 0) {
      entry.status = 0;
      req.socket.destroy();
      return;
    }
    const { typeKey, message } = faultMessage(f.status);
    const headers: Record<string, string> =
      f.retryAfterSeconds !== undefined ? { "Retry-After": String(f.retryAfterSeconds) } : {};
    fail(new ApiError(f.status, typeKey, message, {}, headers));
  };
  if (fault && !fault.lostAnswer) return answerWithFault(fault);

  const token = bearerToken(req);
  const user = token ? userByToken(token) : undefined;
  if (!user) {
    fail(
      new ApiError(
        401,
        "UnauthorizedRequestException",
        "TF400813: The user '' is not authorized to access this resource.",
        {},
        {
          "WWW-Authenticate": "Bearer",
        },
      ),
    );
    return;
  }
  const query = parseQuery(url.search);
  const apiVersion = accept.apiVersion ?? query["api-version"];
  if (!apiVersion && !isVersionless(located)) {
    fail(
      new ApiError(
        400,
        "VssVersionNotSpecifiedException",
        `No api-version was supplied for the "${method}" request. The version must be supplied either as part of the Accept header (e.g. "application/json; api-version=1.0") or as a query parameter (e.g. "?api-version=1.0").`,
      ),
    );
    return;
  }
  if (!parsed.ok) {
    fail(new ApiError(400, "VssRequestContentException", "The request body is not valid JSON."));
    return;
  }
  try {
    if (apiVersion) checkApiVersion(state.profile, apiVersion);
    const match = matchRoute(ROUTES, method, located, state.store);
    const result: RouteResult = await match.route.handler({
      store: state.store,
      user,
      accept: { ...accept, apiVersion: apiVersion ?? "" },
      method,
      query,
      body: parsed.value,
      project: match.project,
      team: match.team,
      params: match.params,
      extension: state.extension,
      profile: state.profile,
    });
    // A lost answer: the request was carried out, the client hears only the failure.
    if (fault?.lostAnswer && result.status < 300) return answerWithFault(fault);
    respond(result.status, result.body, result.headers);
  } catch (e) {
    if (e instanceof ApiError) fail(e);
    else {
      console.error("[emulator] unexpected error", e);
      fail(new ApiError(500, "InternalServerErrorException", `Emulator error: ${(e as Error).message}`));
    }
  }
}
