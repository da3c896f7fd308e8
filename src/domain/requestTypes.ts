/**
 * The four kinds of user-management request and the data each one carries. Everything here is plain data:
 * it is written to and read from the intake work item (tags + description, see requestFormat.ts).
 */

export type RequestTypeKey = "invite" | "reset" | "reassign" | "remove";

export interface RequestTypeInfo {
  key: RequestTypeKey;
  /** The name people read in the UI, mails and the work item. */
  label: string;
  /** The tag that lets WIQL and boards filter requests of this type. */
  tag: string;
}

export const REQUEST_TYPES: readonly RequestTypeInfo[] = [
  { key: "invite", label: "New account invitation", tag: "umd-type:invite" },
  { key: "reset", label: "Account reset", tag: "umd-type:reset" },
  { key: "reassign", label: "Reassign user", tag: "umd-type:reassign" },
  { key: "remove", label: "Remove user", tag: "umd-type:remove" },
];

export function requestTypeInfo(key: RequestTypeKey): RequestTypeInfo {
  const info = REQUEST_TYPES.find((t) => t.key === key);
  if (!info) throw new Error(`Unknown request type "${key}".`);
  return info;
}

export interface Person {
  name: string;
  email: string;
}

/** A new account to invite; an enrollment key lets the user register themselves. */
export interface InviteAccount {
  name: string;
  email: string;
  role: string;
  enrollmentKey: boolean;
}

/** An existing external account whose access is reset (sign-in, password, lock-out). */
export interface ResetAccount {
  account: string;
  email: string;
  reason: string;
}

/** What must change when an existing user is handed to a new employee. */
export interface ReassignChanges {
  loginEmail: boolean;
  credentialReset: boolean;
  voicemailEmail: boolean;
  displayName: boolean;
}

/** One existing user (extension, role, subscription) handed from a departing employee to a new one. */
export interface ReassignAccount {
  /** The user or extension being reassigned, e.g. "User 102". */
  account: string;
  departingEmployee: string;
  oldLoginEmail: string;
  newEmployeeName: string;
  newLoginEmail: string;
  changes: ReassignChanges;
  /** The subscription and extension stay with the account (reassigned in place). */
  keepSubscription: boolean;
  /** ISO date, yyyy-mm-dd. */
  effectiveDate: string;
}

export interface RemoveAccount {
  account: string;
  email: string;
  /** ISO date, yyyy-mm-dd; empty for "as soon as possible". */
  lastDay: string;
}

interface RequestBase {
  service: string;
  client: Person;
  notes: string;
}

export type RequestDetails =
  | (RequestBase & { type: "invite"; accounts: InviteAccount[] })
  | (RequestBase & { type: "reset"; accounts: ResetAccount[] })
  | (RequestBase & { type: "reassign"; accounts: ReassignAccount[] })
  | (RequestBase & { type: "remove"; accounts: RemoveAccount[] });

export type AccountOf<T extends RequestTypeKey> = Extract<RequestDetails, { type: T }>["accounts"][number];

/** A change recorded by staff on the task and reported to the client. */
export type AccountChangeKind = "Added" | "Removed" | "Modified";

export interface AccountChange {
  account: string;
  change: AccountChangeKind;
  details: string;
}

export const ACCOUNT_CHANGE_KINDS: readonly AccountChangeKind[] = ["Added", "Removed", "Modified"];
