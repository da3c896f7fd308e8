/** Parsing what arrives: the Accept header options, the query, the body, the bearer token. */
import type * as http from "http";

export interface AcceptOptions {
  apiVersion?: string;
  noArrayWrap: boolean;
  msDateFormat: boolean;
  enumsAsNumbers: boolean;
}

export function parseAccept(header: string | undefined): AcceptOptions {
  const options: Record<string, string> = {};
  for (const part of (header ?? "").split(/[;,]/)) {
    const eq = part.indexOf("=");
    if (eq > 0) options[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
  }
  const flag = (name: string) => (options[name.toLowerCase()] ?? "").toLowerCase() === "true";
  return {
    apiVersion: options["api-version"] || undefined,
    noArrayWrap: flag("noArrayWrap"),
    msDateFormat: flag("msDateFormat"),
    enumsAsNumbers: flag("enumsAsNumbers"),
  };
}

/** Query parameters with decoded, lower-cased keys (ADO treats them case-insensitively). */
export function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const k = key.toLowerCase();
    query[k] = k in query ? `${query[k]},${value}` : value;
  }
  return query;
}

export function decodePath(rawPath: string): string {
  return rawPath
    .split("/")
    .map((seg) => {
      try {
        return decodeURIComponent(seg);
      } catch {
        return seg;
      }
    })
    .join("/");
}

export function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** JSON when it parses, else the raw text, else null for an empty body. */
export function parseBody(raw: string): { ok: true; value: unknown } | { ok: false; raw: string } {
  if (!raw.trim()) return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false, raw };
  }
}

/**
 * The caller's token: a bearer token, or a personal access token sent as HTTP Basic, whose user name Azure
 * DevOps ignores (command-line tools send an empty one, azure-devops-node-api sends "PAT").
 */
export function bearerToken(req: http.IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const bearer = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (bearer) return bearer[1];
  const basic = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
  if (!basic) return undefined;
  const decoded = Buffer.from(basic[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon >= 0 && decoded.length > colon + 1 ? decoded.slice(colon + 1) : undefined;
}
