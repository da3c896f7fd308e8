/**
 * How the form treats each labelled account field of ACCOUNT_FIELDS: the key its value and its validation
 * message live under, and whether it holds a date.
 */

/** An account field as ACCOUNT_FIELDS describes it, over any account shape. */
export interface AccountFieldDef {
  label: string;
  kind: "text" | "yesno";
  get(account: unknown): string | boolean;
  set(account: unknown, value: string | boolean): void;
}

/** The validation key of each account field, by its label in ACCOUNT_FIELDS. */
const FIELD_KEYS: Record<string, string> = {
  Name: "name",
  "E-mail": "email",
  Role: "role",
  "Enrollment key": "enrollmentKey",
  Account: "account",
  Reason: "reason",
  "Last day": "lastDay",
  "User or extension": "account",
  "Departing employee": "departingEmployee",
  "Current login e-mail": "oldLoginEmail",
  "New employee": "newEmployeeName",
  "New login e-mail": "newLoginEmail",
  "Change portal login e-mail": "changes",
  "Reset credentials": "changes",
  "Change voicemail e-mail": "changes",
  "Change display name": "changes",
  "Keep subscription and extension": "keepSubscription",
  "Effective date": "effectiveDate",
};

/** The ticks that together say what must change; validated, and shown, as one group. */
export const CHANGES_KEY = "changes";

const DATE_KEYS = new Set(["effectiveDate", "lastDay"]);

export const accountFieldKey = (field: AccountFieldDef): string => FIELD_KEYS[field.label] ?? field.label;

export const isDateKey = (key: string): boolean => DATE_KEYS.has(key);

/** The path of one account's field in the request's validation errors, e.g. "accounts.0.email". */
export const accountPath = (index: number, key: string): string => `accounts.${index}.${key}`;
