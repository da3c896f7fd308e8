/**
 * How a request lives on its intake work item, so that it works on a process with no customization:
 * - tags make type, service and client filterable in WIQL and on boards;
 * - the description holds every detail as labelled tables a person reads in plain Azure DevOps, and the
 *   extension parses back. An outside intake (a form flow, any REST client) writes the same tables, or
 *   plain "Label: value" lines (README documents the one-call payload).
 * All user-typed text is HTML-escaped on the way in and decoded on the way out.
 */
import { escapeHtml, htmlToText } from "./html";
import {
  type InviteAccount,
  type ReassignAccount,
  type RemoveAccount,
  REQUEST_TYPES,
  type RequestDetails,
  requestTypeInfo,
  type RequestTypeKey,
  type ResetAccount,
} from "./requestTypes";

export const REQUEST_TAG = "umd-request";
export const SERVICE_TAG_PREFIX = "umd-service:";
export const CLIENT_TAG_PREFIX = "umd-client:";

type FieldKind = "text" | "yesno";
interface FieldDef<A> {
  label: string;
  kind: FieldKind;
  get(account: A): string | boolean;
  set(account: A, value: string | boolean): void;
}

const text = <A>(
  label: string,
  key: { [K in keyof A]: A[K] extends string ? K : never }[keyof A],
): FieldDef<A> => ({
  label,
  kind: "text",
  get: (a) => a[key] as unknown as string,
  set: (a, v) => {
    (a as Record<string, unknown>)[key as string] = String(v);
  },
});
const yesno = <A>(label: string, get: (a: A) => boolean, set: (a: A, v: boolean) => void): FieldDef<A> => ({
  label,
  kind: "yesno",
  get,
  set: (a, v) => set(a, v === true),
});

/** The labelled rows of one account of each type, in display order. */
export const ACCOUNT_FIELDS: { [T in RequestTypeKey]: FieldDef<never>[] } = {
  invite: [
    text<InviteAccount>("Name", "name"),
    text<InviteAccount>("E-mail", "email"),
    text<InviteAccount>("Role", "role"),
    yesno<InviteAccount>(
      "Enrollment key",
      (a) => a.enrollmentKey,
      (a, v) => (a.enrollmentKey = v),
    ),
  ] as FieldDef<never>[],
  reset: [
    text<ResetAccount>("Account", "account"),
    text<ResetAccount>("E-mail", "email"),
    text<ResetAccount>("Reason", "reason"),
  ] as FieldDef<never>[],
  reassign: [
    text<ReassignAccount>("User or extension", "account"),
    text<ReassignAccount>("Departing employee", "departingEmployee"),
    text<ReassignAccount>("Current login e-mail", "oldLoginEmail"),
    text<ReassignAccount>("New employee", "newEmployeeName"),
    text<ReassignAccount>("New login e-mail", "newLoginEmail"),
    yesno<ReassignAccount>(
      "Change portal login e-mail",
      (a) => a.changes.loginEmail,
      (a, v) => (a.changes.loginEmail = v),
    ),
    yesno<ReassignAccount>(
      "Reset credentials",
      (a) => a.changes.credentialReset,
      (a, v) => (a.changes.credentialReset = v),
    ),
    yesno<ReassignAccount>(
      "Change voicemail e-mail",
      (a) => a.changes.voicemailEmail,
      (a, v) => (a.changes.voicemailEmail = v),
    ),
    yesno<ReassignAccount>(
      "Change display name",
      (a) => a.changes.displayName,
      (a, v) => (a.changes.displayName = v),
    ),
    yesno<ReassignAccount>(
      "Keep subscription and extension",
      (a) => a.keepSubscription,
      (a, v) => (a.keepSubscription = v),
    ),
    text<ReassignAccount>("Effective date", "effectiveDate"),
  ] as FieldDef<never>[],
  remove: [
    text<RemoveAccount>("Account", "account"),
    text<RemoveAccount>("E-mail", "email"),
    text<RemoveAccount>("Last day", "lastDay"),
  ] as FieldDef<never>[],
};

/** A blank account of a type, as the intake form starts it. */
export function emptyAccount(type: RequestTypeKey): Record<string, unknown> {
  switch (type) {
    case "invite":
      return { name: "", email: "", role: "", enrollmentKey: true } satisfies InviteAccount;
    case "reset":
      return { account: "", email: "", reason: "" } satisfies ResetAccount;
    case "reassign":
      return {
        account: "",
        departingEmployee: "",
        oldLoginEmail: "",
        newEmployeeName: "",
        newLoginEmail: "",
        changes: { loginEmail: true, credentialReset: true, voicemailEmail: false, displayName: true },
        keepSubscription: true,
        effectiveDate: "",
      } satisfies ReassignAccount;
    case "remove":
      return { account: "", email: "", lastDay: "" } satisfies RemoveAccount;
  }
}

/** A short name for one account: what a title, a table row or a checklist item calls it. */
export function accountLabel(details: RequestDetails, index: number): string {
  const a = details.accounts[index] as unknown as Record<string, unknown>;
  return String((details.type === "invite" ? a.name || a.email : a.account) ?? "").trim() || `#${index + 1}`;
}

/** A tag value cannot hold ";" or "," (tag separators) and is trimmed by Azure DevOps. */
export function tagValue(value: string): string {
  return value.replace(/[;,]/g, " ").replace(/\s+/g, " ").trim();
}

export function requestTitle(details: RequestDetails): string {
  const names = details.accounts.map((_, i) => accountLabel(details, i));
  const subject =
    names.length === 0 ? "" : names.length === 1 ? names[0] : `${names[0]} and ${names.length - 1} more`;
  const title = `${requestTypeInfo(details.type).label}: ${subject || "no account yet"} (${details.client.name || details.client.email})`;
  return title.length > 255 ? title.slice(0, 254) + "…" : title;
}

/**
 * The tags a request's intake can write now: those the project already defines, and which of its complete
 * set are left for the desk to add. Azure DevOps refuses the whole save when it would create a tag the writer
 * may not create, and a Stakeholder (a client) may never create one (Microsoft's "Stakeholder access quick
 * reference": "Add new work item tags" is not theirs; 403 TF401289). Nothing is lost: the description holds
 * the type, the service and the client's e-mail, and Acknowledge writes the complete set.
 */
export function splitByExisting(
  tags: string[],
  existing: Iterable<string>,
): { writable: string[]; missing: string[] } {
  const known = new Set([...existing].map((t) => t.trim().toLowerCase()));
  return {
    writable: tags.filter((t) => known.has(t.toLowerCase())),
    missing: tags.filter((t) => !known.has(t.toLowerCase())),
  };
}

/** The complete tag set of a request: what it carries, plus what its details call for (no duplicates). */
export function completeTags(current: string[], details: RequestDetails): string[] {
  const all = [...current];
  for (const t of requestTags(details))
    if (!all.some((c) => c.toLowerCase() === t.toLowerCase())) all.push(t);
  return all;
}

export function requestTags(details: RequestDetails): string[] {
  const tags = [REQUEST_TAG, requestTypeInfo(details.type).tag];
  if (details.service.trim()) tags.push(SERVICE_TAG_PREFIX + tagValue(details.service));
  if (details.client.email.trim())
    tags.push(CLIENT_TAG_PREFIX + tagValue(details.client.email.toLowerCase()));
  return tags;
}

const row = (label: string, value: string) =>
  `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value).replace(/\r?\n/g, "<br>")}</td></tr>`;
const yes = (v: boolean) => (v ? "Yes" : "No");

export const ACCOUNT_HEADING = "User";

export function requestDescriptionHtml(details: RequestDetails): string {
  const info = requestTypeInfo(details.type);
  const parts = [
    `<p><b>User management request</b>: ${escapeHtml(info.label)}</p>`,
    "<table>",
    row("Request type", info.label),
    row("Service", details.service),
    row("Client name", details.client.name),
    row("Client e-mail", details.client.email),
    row("Notes", details.notes),
    "</table>",
  ];
  const fields = ACCOUNT_FIELDS[details.type] as FieldDef<unknown>[];
  details.accounts.forEach((account, i) => {
    parts.push(`<h4>${ACCOUNT_HEADING} ${i + 1}</h4>`, "<table>");
    for (const f of fields) {
      const v = f.get(account);
      parts.push(row(f.label, typeof v === "boolean" ? yes(v) : v));
    }
    parts.push("</table>");
  });
  return parts.join("");
}

/** Everything the intake work item needs, for the one create call. */
export function renderRequestFields(details: RequestDetails): {
  title: string;
  descriptionHtml: string;
  tags: string[];
} {
  return {
    title: requestTitle(details),
    descriptionHtml: requestDescriptionHtml(details),
    tags: requestTags(details),
  };
}

export type ParseResult = { ok: true; details: RequestDetails } | { ok: false; problem: string };

/**
 * Reads the labelled pairs of a description: table rows (`<th>`/`<td>`, or two `<td>`s) and
 * "Label: value" lines. A heading or line "User N" / "Account N" starts the next account.
 */
function labelledPairs(html: string): { section: number; label: string; value: string }[] {
  const pairs: { section: number; label: string; value: string }[] = [];
  let section = 0;
  // A table row is one unit whatever line breaks it holds; a line break inside a cell is kept as \u0002.
  const blocks = html
    // The two marks below are control characters nobody types; any already in the text are dropped.
    .replaceAll("\u0001", "")
    .replaceAll("\u0002", "")
    .replace(
      /<tr(\s[^>]*)?>([\s\S]*?)<\/tr\s*>/gi,
      (_m, _a, inner: string) =>
        "\n" +
        inner.replace(/<br\s*\/?>|\r?\n/gi, "\u0002").replace(/<(th|td)(\s[^>]*)?>/gi, "\u0001") +
        "\n",
    )
    .replace(/<\/(p|div|li|h[1-6]|table)\s*>/gi, "\n")
    .replace(/<br\s*\/?>/gi, "\n");
  const cellText = (cell: string) => htmlToText(cell).split("\u0002").join("\n").trim();
  for (const rawLine of blocks.split("\n")) {
    const cells = rawLine.split("\u0001").slice(1);
    if (cells.length >= 2) {
      pairs.push({ section, label: cellText(cells[0]), value: cellText(cells.slice(1).join(" ")) });
      continue;
    }
    const line = htmlToText(rawLine);
    if (/^(user|account)\s+\d+$/i.test(line)) {
      section += 1;
      continue;
    }
    const m = /^([^:]{1,60}):\s*(.*)$/.exec(line);
    if (m) pairs.push({ section, label: m[1].trim(), value: m[2].trim() });
  }
  return pairs;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

function parseYesNo(value: string): boolean {
  return /^(yes|y|true|1|x|✓)$/i.test(value.trim());
}

export function parseRequestDescription(html: string, tags: string[] = []): ParseResult {
  const pairs = labelledPairs(html ?? "");
  const header = new Map(pairs.filter((p) => p.section === 0).map((p) => [norm(p.label), p.value]));
  const typeText = header.get("requesttype") ?? "";
  const type =
    REQUEST_TYPES.find((t) => norm(t.label) === norm(typeText) || t.key === typeText.toLowerCase()) ??
    REQUEST_TYPES.find((t) => tags.includes(t.tag));
  if (!type) {
    return {
      ok: false,
      problem: typeText
        ? `The request type "${typeText}" is not one of: ${REQUEST_TYPES.map((t) => t.label).join(", ")}.`
        : 'The description has no "Request type" row, so this work item is not a readable user-management request.',
    };
  }
  const fields = ACCOUNT_FIELDS[type.key] as FieldDef<Record<string, unknown>>[];
  const sections = new Map<number, Record<string, unknown>>();
  // An outside intake with a single user may leave out the "User 1" line: its labels then sit with the
  // request's own, and make that one user.
  const single = !pairs.some((p) => p.section > 0);
  for (const p of single ? pairs.map((q) => ({ ...q, section: 1 })) : pairs) {
    if (p.section === 0) continue;
    const f = fields.find((d) => norm(d.label) === norm(p.label));
    if (!f) continue;
    if (!sections.has(p.section)) sections.set(p.section, emptyAccount(type.key));
    f.set(sections.get(p.section)!, f.kind === "yesno" ? parseYesNo(p.value) : p.value);
  }
  const accounts = [...sections.keys()].sort((a, b) => a - b).map((k) => sections.get(k)!);
  const details = {
    type: type.key,
    service: header.get("service") ?? "",
    client: {
      name: header.get("clientname") ?? header.get("client") ?? "",
      email: header.get("clientemail") ?? "",
    },
    notes: header.get("notes") ?? "",
    accounts,
  } as unknown as RequestDetails;
  return { ok: true, details };
}
