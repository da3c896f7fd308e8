/**
 * JSON text writer. With msDateFormat the VSS clients expect dates as "\/Date(<ms>)\/" with the slashes
 * backslash-escaped in the JSON text itself (JSON.stringify cannot produce that), otherwise ISO strings.
 */
export interface SerializeOptions {
  msDate: boolean;
}

export function serializeJson(value: unknown, options: SerializeOptions): string {
  const out: string[] = [];
  write(value, options, out);
  return out.join("");
}

function write(value: unknown, options: SerializeOptions, out: string[]): void {
  if (value === null || value === undefined) {
    out.push("null");
  } else if (value instanceof Date) {
    out.push(options.msDate ? `"\\/Date(${value.getTime()})\\/"` : JSON.stringify(value.toISOString()));
  } else if (typeof value === "string") {
    out.push(JSON.stringify(value));
  } else if (typeof value === "number") {
    out.push(Number.isFinite(value) ? String(value) : "null");
  } else if (typeof value === "boolean") {
    out.push(value ? "true" : "false");
  } else if (Array.isArray(value)) {
    out.push("[");
    value.forEach((item, i) => {
      if (i > 0) out.push(",");
      write(item === undefined || typeof item === "function" ? null : item, options, out);
    });
    out.push("]");
  } else if (typeof value === "object") {
    out.push("{");
    let first = true;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (item === undefined || typeof item === "function") continue;
      if (!first) out.push(",");
      first = false;
      out.push(JSON.stringify(key), ":");
      write(item, options, out);
    }
    out.push("}");
  } else {
    out.push("null");
  }
}
