/** Requests as people file them: the User 102 hand-over from the product specification, and one of each type. */
import type { ReassignAccount, RequestDetails } from "../../src/domain/requestTypes";

export const USER_102: ReassignAccount = {
  account: "User 102",
  departingEmployee: "Maria Gomez",
  oldLoginEmail: "maria.gomez@contoso-dental.example",
  newEmployeeName: "Alex Chen",
  newLoginEmail: "alex.chen@contoso-dental.example",
  changes: { loginEmail: true, credentialReset: true, voicemailEmail: true, displayName: true },
  keepSubscription: true,
  effectiveDate: "2026-12-01",
};

const base = {
  service: "Customer portal",
  client: { name: "Dana Whitfield", email: "dana@contoso-dental.example" },
  notes: "",
};

export const REASSIGN: Extract<RequestDetails, { type: "reassign" }> = {
  ...base,
  type: "reassign",
  notes: "Maria leaves on Friday; Alex starts Monday.",
  accounts: [USER_102],
};

export const INVITE: Extract<RequestDetails, { type: "invite" }> = {
  ...base,
  type: "invite",
  accounts: [
    { name: "Ana Ruiz", email: "ana.ruiz@contoso-dental.example", role: "Agent", enrollmentKey: true },
    { name: "Ben Okafor", email: "ben.okafor@contoso-dental.example", role: "", enrollmentKey: false },
  ],
};

export const RESET: Extract<RequestDetails, { type: "reset" }> = {
  ...base,
  type: "reset",
  accounts: [{ account: "jordan.lee", email: "jordan.lee@contoso-dental.example", reason: "Locked out" }],
};

export const REMOVE: Extract<RequestDetails, { type: "remove" }> = {
  ...base,
  type: "remove",
  accounts: [{ account: "User 107", email: "", lastDay: "2026-12-31" }],
};

/** A deep copy to edit in one test without touching the others. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** People as the message templates receive them (the seeded identities' ids). */
export const DANA_CLIENT = {
  id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d04",
  displayName: "Dana Whitfield",
  email: "dana@contoso-dental.example",
};
export const HOLLY_REF = { id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d01", displayName: "Holly Brooks" };
export const REMI_REF = { id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d02", displayName: "Remi Laurent" };
