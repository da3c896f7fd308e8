/**
 * Message templates are plain text written by project administrators, with {{placeholders}}. Rendering
 * escapes the template text itself and every value; only the HTML built here (mentions, links, tables)
 * goes in as markup. So nothing typed by a client, staff member or administrator becomes active content.
 */
import { accountChangesTableHtml, signInEmail } from "./accountChanges";
import { escapeHtml } from "./html";
import { mentionHtml } from "./mentions";
import type { AccountChange, ReassignAccount } from "./requestTypes";

export const PLACEHOLDERS: readonly { name: string; description: string }[] = [
  { name: "client", description: "the client's name" },
  { name: "clientMention", description: "an @mention of the client (notifies them)" },
  { name: "requestNumber", description: "the request's work item number" },
  { name: "requestLink", description: "a link to the request" },
  { name: "requestTitle", description: "the request's title" },
  { name: "service", description: "the service the request is about" },
  { name: "requestType", description: "the request type, e.g. Reassign user" },
  {
    name: "accountChanges",
    description:
      "the accounts added, removed and modified (for a reassignment: each user's changes, old → new, and what the new employee must do)",
  },
  { name: "coordinator", description: "the coordinator's name" },
  { name: "coordinatorMention", description: "an @mention of the coordinator" },
  { name: "staffMember", description: "the staff member's name" },
  { name: "staffMention", description: "an @mention of the staff member" },
  { name: "stage", description: "the request's stage" },
];

interface Person {
  id?: string;
  displayName: string;
}

export interface TemplateValues {
  client: Person & { email?: string };
  requestNumber: number;
  requestUrl: string;
  requestTitle: string;
  service: string;
  requestType: string;
  accountChanges?: AccountChange[];
  reassignments?: ReassignAccount[];
  coordinator?: Person;
  staffMember?: Person;
  stage?: string;
}

export interface MessageTemplates {
  acknowledgeComment: string;
  confirmationMail: { subject: string; body: string };
  notifyMail: { subject: string; body: string };
  completionMail: { subject: string; body: string };
  taskCompleteComment: string;
  closeComment: string;
}

export const DEFAULT_TEMPLATES: MessageTemplates = {
  acknowledgeComment:
    "{{clientMention}} thank you for your request {{requestLink}} ({{requestType}}): we will act on this request and reach out as soon as we have completed.",
  confirmationMail: {
    subject: "We received your request #{{requestNumber}}: {{requestType}}",
    body: "Hello {{client}},\n\nWe received your {{requestType}} request for {{service}}. Its ticket number is #{{requestNumber}}: {{requestLink}}\n\nWe will confirm when we start on it, and e-mail you the account details when it is done.",
  },
  notifyMail: {
    subject: "About your request #{{requestNumber}}",
    body: "Hello {{client}},\n\nAbout your request {{requestLink}} ({{requestType}}):\n\n\n\nKind regards,\n{{coordinator}}",
  },
  completionMail: {
    subject: "Done: your request #{{requestNumber}} ({{requestType}})",
    body: "Hello {{client}},\n\nThe account work for your request {{requestLink}} is done. These accounts were added, removed or modified:\n\n{{accountChanges}}\n\nWe will close the request shortly. Reply to this e-mail if anything is not as you expected.",
  },
  taskCompleteComment:
    "{{coordinatorMention}} the staff task for request {{requestLink}} is done ({{staffMember}}). Account changes:\n\n{{accountChanges}}",
  closeComment: "{{clientMention}} your request has been completed ({{requestLink}}). Thank you.",
};

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
const isHttpUrl = (url: string) => /^https?:\/\/[^\s"'<>]+$/i.test(url);

function mentionOrName(person: Person | undefined): string {
  if (!person) return "";
  if (person.id) {
    try {
      return mentionHtml({ id: person.id, displayName: person.displayName });
    } catch {
      // An id that is not an identity id is shown as the name: never markup built from it.
    }
  }
  return escapeHtml(person.displayName);
}

const sameAccount = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What the new employee does next, in the client's words: how to get a password and sign in. */
function nextStepsHtml(a: ReassignAccount): string {
  const who = escapeHtml(a.newEmployeeName || "the new employee");
  const address = escapeHtml(signInEmail(a));
  return a.changes.credentialReset
    ? `<p>What ${who} must do: follow the "Forgot password" e-mail sent to ${address} to set a password, then sign in with ${address}.</p>`
    : `<p>What ${who} must do: sign in with ${address}; the password is unchanged.</p>`;
}

/**
 * For a reassignment: per user handed over, the changes staff recorded for that account (old → new, as
 * confirmed on the task, not merely as requested) and what the new employee must do; changes of other
 * accounts follow in the usual table.
 */
function reassignmentChangesHtml(accounts: ReassignAccount[], changes: AccountChange[]): string {
  const users = accounts
    .map((a) => {
      const mine = changes.filter((c) => sameAccount(c.account, a.account));
      const heading = `<p><b>${escapeHtml(a.account)}</b>: ${escapeHtml(a.departingEmployee)} → ${escapeHtml(a.newEmployeeName)}</p>`;
      if (mine.length === 0) return `${heading}<p>No change was recorded for this user.</p>`;
      const lines = mine
        .map((c) => {
          const text = c.change === "Modified" ? c.details || c.change : `${c.change}: ${c.details}`;
          return `<li>${escapeHtml(text).replace(/\r?\n/g, "<br>")}</li>`;
        })
        .join("");
      return `${heading}<ul>${lines}</ul>${nextStepsHtml(a)}`;
    })
    .join("");
  const others = changes.filter((c) => !accounts.some((a) => sameAccount(c.account, a.account)));
  return users + (others.length ? accountChangesTableHtml(others) : "");
}

function htmlValue(name: string, v: TemplateValues): string | undefined {
  switch (name) {
    case "client":
      return escapeHtml(v.client.displayName);
    case "clientMention":
      return mentionOrName(v.client);
    case "requestNumber":
      return escapeHtml(String(v.requestNumber));
    case "requestLink":
      return isHttpUrl(v.requestUrl)
        ? `<a href="${escapeHtml(v.requestUrl)}">#${escapeHtml(String(v.requestNumber))}</a>`
        : `#${escapeHtml(String(v.requestNumber))}`;
    case "requestTitle":
      return escapeHtml(v.requestTitle);
    case "service":
      return escapeHtml(v.service);
    case "requestType":
      return escapeHtml(v.requestType);
    case "accountChanges":
      return v.reassignments?.length
        ? reassignmentChangesHtml(v.reassignments, v.accountChanges ?? [])
        : accountChangesTableHtml(v.accountChanges ?? []);
    case "coordinator":
      return escapeHtml(v.coordinator?.displayName ?? "");
    case "coordinatorMention":
      return mentionOrName(v.coordinator);
    case "staffMember":
      return escapeHtml(v.staffMember?.displayName ?? "");
    case "staffMention":
      return mentionOrName(v.staffMember);
    case "stage":
      return escapeHtml(v.stage ?? "");
    default:
      return undefined;
  }
}

function textValue(name: string, v: TemplateValues): string | undefined {
  switch (name) {
    case "client":
    case "clientMention":
      return v.client.displayName;
    case "requestNumber":
      return String(v.requestNumber);
    case "requestLink":
      return `#${v.requestNumber}`;
    case "requestTitle":
      return v.requestTitle;
    case "service":
      return v.service;
    case "requestType":
      return v.requestType;
    case "accountChanges":
      return (v.accountChanges ?? []).map((c) => `${c.account} ${c.change.toLowerCase()}`).join(", ");
    case "coordinator":
    case "coordinatorMention":
      return v.coordinator?.displayName ?? "";
    case "staffMember":
    case "staffMention":
      return v.staffMember?.displayName ?? "";
    case "stage":
      return v.stage ?? "";
    default:
      return undefined;
  }
}

const BLOCK = /^\s*<(table|ul|p|div)/;

/** HTML for a comment or mail body. */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => {
      let block = false;
      let out = "";
      let last = 0;
      for (const m of paragraph.matchAll(PLACEHOLDER)) {
        out += escapeHtml(paragraph.slice(last, m.index)).replace(/\n/g, "<br>");
        const value = htmlValue(m[1], values);
        if (value !== undefined && BLOCK.test(value)) block = true;
        out += value ?? escapeHtml(m[0]);
        last = m.index! + m[0].length;
      }
      out += escapeHtml(paragraph.slice(last)).replace(/\n/g, "<br>");
      return block ? `<div>${out}</div>` : `<p>${out}</p>`;
    })
    .filter((p) => !/^<p>(\s|<br>)*<\/p>$/.test(p))
    .join("");
}

/** Plain text for a subject line: no markup, one line. */
export function renderSubject(template: string, values: TemplateValues): string {
  return template
    .replace(PLACEHOLDER, (whole, name: string) => textValue(name, values) ?? whole)
    .replace(/[\r\n]+/g, " ")
    .trim();
}

/** Every {{…}} that is not a known placeholder (misspelt, unknown, or with characters a name cannot hold). */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set(PLACEHOLDERS.map((p) => p.name));
  return [
    ...new Set(
      [...template.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => m[1].trim()).filter((n) => !known.has(n)),
    ),
  ];
}
