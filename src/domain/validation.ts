/** Field-level checks of a request, with messages that say what is wrong and what to do. */
import type { RequestDetails } from "./requestTypes";

export type FieldErrors = Record<string, string>;

const EMAIL = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]{2,}$/;
/** Invisible and direction-changing characters (zero-width, RTL override…) have no place in an address. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
export const isValidEmail = (s: string): boolean =>
  s.length <= 254 && EMAIL.test(s.trim()) && !INVISIBLE.test(s.trim());
/** How a date is typed, shown and stored everywhere in a request: one format, whatever the locale. */
export const DATE_FORMAT = "yyyy-mm-dd";
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isValidDate = (s: string) =>
  DATE.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const MAX_ACCOUNTS = 50;
/** The longest any one field of a request may be (service, client, every account field). */
export const MAX_FIELD_LENGTH = 256;
export const MAX_NOTES_LENGTH = 4000;

export function validateRequest(
  details: RequestDetails,
  options: { today: string; allowPastEffectiveDate?: boolean; services?: string[] },
): FieldErrors {
  const errors: FieldErrors = {};
  const required = (path: string, value: string, what: string) => {
    if (!value.trim()) errors[path] = `Enter ${what}.`;
    else if (value.length > MAX_FIELD_LENGTH)
      errors[path] = `Shorten ${what} to ${MAX_FIELD_LENGTH} characters.`;
  };
  const email = (path: string, value: string, what: string) => {
    required(path, value, what);
    if (!errors[path] && !isValidEmail(value))
      errors[path] = `"${value}" is not a valid e-mail address; enter ${what} like name@example.com.`;
  };

  if (!details.service.trim()) errors.service = "Choose the service this request is about.";
  else if (options.services?.length && !options.services.includes(details.service))
    errors.service = `"${details.service}" is not a service this project offers; choose one from the list.`;
  else if (details.service.length > MAX_FIELD_LENGTH)
    errors.service = `Shorten the service to ${MAX_FIELD_LENGTH} characters.`;
  required("client.name", details.client.name, "the client's name");
  email("client.email", details.client.email, "the client's e-mail");
  if (details.notes.length > MAX_NOTES_LENGTH)
    errors.notes = `Shorten the notes to ${MAX_NOTES_LENGTH} characters.`;
  if (details.accounts.length === 0) errors.accounts = "Add at least one user.";
  if (details.accounts.length > MAX_ACCOUNTS)
    errors.accounts = `A request can hold at most ${MAX_ACCOUNTS} users; split it into several requests.`;

  const seen = new Map<string, number>();
  const unique = (path: string, value: string, what: string) => {
    const key = value.trim().toLowerCase();
    if (!key || errors[path]) return;
    if (seen.has(key))
      errors[path] = `${what} ${value.trim()} is already used by user ${seen.get(key)! + 1} of this request.`;
    else seen.set(key, Number(path.split(".")[1]));
  };

  details.accounts.forEach((a, i) => {
    const p = (f: string) => `accounts.${i}.${f}`;
    switch (details.type) {
      case "invite": {
        const x = a as Extract<RequestDetails, { type: "invite" }>["accounts"][number];
        required(p("name"), x.name, "the new user's name");
        email(p("email"), x.email, "the new user's e-mail");
        unique(p("email"), x.email, "The e-mail");
        break;
      }
      case "reset":
      case "remove": {
        const x = a as { account: string; email: string; lastDay?: string };
        required(p("account"), x.account, "the account");
        if (x.email.trim() && !isValidEmail(x.email))
          errors[p("email")] = `"${x.email}" is not a valid e-mail address.`;
        if (x.lastDay && !isValidDate(x.lastDay))
          errors[p("lastDay")] = `Enter the last day as a date (${DATE_FORMAT}).`;
        break;
      }
      case "reassign": {
        const x = a as Extract<RequestDetails, { type: "reassign" }>["accounts"][number];
        required(p("account"), x.account, "the user or extension being reassigned");
        required(p("departingEmployee"), x.departingEmployee, "the departing employee");
        email(p("oldLoginEmail"), x.oldLoginEmail, "the current login e-mail");
        required(p("newEmployeeName"), x.newEmployeeName, "the new employee's name");
        email(p("newLoginEmail"), x.newLoginEmail, "the new employee's login e-mail");
        if (
          !errors[p("newLoginEmail")] &&
          x.newLoginEmail.trim().toLowerCase() === x.oldLoginEmail.trim().toLowerCase()
        )
          errors[p("newLoginEmail")] = "The new login e-mail must differ from the current one.";
        unique(p("newLoginEmail"), x.newLoginEmail, "The new login e-mail");
        if (!Object.values(x.changes).some(Boolean))
          errors[p("changes")] = "Tick at least one thing that must change.";
        if (!x.effectiveDate.trim())
          errors[p("effectiveDate")] = `Enter the effective date (${DATE_FORMAT}).`;
        else if (!isValidDate(x.effectiveDate))
          errors[p("effectiveDate")] = `Enter the effective date as ${DATE_FORMAT}.`;
        else if (x.effectiveDate < options.today && !options.allowPastEffectiveDate)
          errors[p("effectiveDate")] =
            `The effective date ${x.effectiveDate} is in the past; confirm the past date or correct it.`;
        break;
      }
    }
    // Whatever a field holds, none may exceed the cap (optional ones such as role or reason included).
    for (const [key, value] of Object.entries(a))
      if (typeof value === "string" && value.length > MAX_FIELD_LENGTH && !errors[p(key)])
        errors[p(key)] = `Shorten this field to ${MAX_FIELD_LENGTH} characters.`;
  });
  return errors;
}
