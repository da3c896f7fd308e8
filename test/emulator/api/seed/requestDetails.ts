/** The request details of the seeded requests (plain data, rendered through src/domain/requestFormat). */
import { type RequestDetails } from "../../../../src/domain/requestTypes";

const isoDay = (daysAhead: number) =>
  new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);

const DANA = { name: "Dana Whitfield", email: "dana@contoso-dental.example" };
const CHRIS = { name: "Chris Novak", email: "chris@northwind.example" };
const PAT = { name: "Pat Morgan", email: "pat.morgan@tailspin.example" };

export const invitationForTwoHires = (): RequestDetails => ({
  type: "invite",
  service: "Patient portal",
  client: DANA,
  notes: "Two front-desk hires start on Monday; please send enrollment keys so they can register themselves.",
  accounts: [
    {
      name: "Priya Raman",
      email: "priya.raman@contoso-dental.example",
      role: "Front desk",
      enrollmentKey: true,
    },
    {
      name: "Tom Becker",
      email: "tom.becker@contoso-dental.example",
      role: "Front desk",
      enrollmentKey: true,
    },
  ],
});

export const reassignUser102 = (): RequestDetails => ({
  type: "reassign",
  service: "Hosted phone system",
  client: DANA,
  notes:
    "Maria Gomez is leaving; Alex Chen takes over her extension and role. Please reassign User 102 in place: no deletion, keep the subscription.",
  accounts: [
    {
      account: "User 102 (ext. 102)",
      departingEmployee: "Maria Gomez",
      oldLoginEmail: "maria.gomez@contoso-dental.example",
      newEmployeeName: "Alex Chen",
      newLoginEmail: "alex.chen@contoso-dental.example",
      changes: { loginEmail: true, credentialReset: true, voicemailEmail: true, displayName: true },
      keepSubscription: true,
      effectiveDate: isoDay(4),
    },
  ],
});

export const chrisAccountReset = (): RequestDetails => ({
  type: "reset",
  service: "Patient portal",
  client: CHRIS,
  notes: "Locked out after too many attempts.",
  accounts: [{ account: "User 214", email: "j.ortiz@northwind.example", reason: "Locked out" }],
});

export const chrisRemoveUser = (): RequestDetails => ({
  type: "remove",
  service: "Hosted phone system",
  client: CHRIS,
  notes: "",
  accounts: [{ account: "User 230", email: "l.meyer@northwind.example", lastDay: isoDay(-2) }],
});

export const danaClosedReset = (): RequestDetails => ({
  type: "reset",
  service: "Hosted phone system",
  client: DANA,
  notes: "Forgot the voicemail PIN and the portal password.",
  accounts: [{ account: "User 105", email: "r.kim@contoso-dental.example", reason: "Forgot password" }],
});

export const patAccountReset = (): RequestDetails => ({
  type: "reset",
  service: "Patient portal",
  client: PAT,
  notes: "Sent by e-mail; Pat is not a member of the organization yet.",
  accounts: [{ account: "pat.morgan", email: PAT.email, reason: "Password expired" }],
});

export const basicInvite = (): RequestDetails => ({
  type: "invite",
  service: "Scheduling",
  client: DANA,
  notes: "",
  accounts: [
    { name: "Lena Fox", email: "lena.fox@contoso-dental.example", role: "Hygienist", enrollmentKey: true },
  ],
});

export const basicRemove = (): RequestDetails => ({
  type: "remove",
  service: "Scheduling",
  client: CHRIS,
  notes: "Contract ended.",
  accounts: [{ account: "User 310", email: "k.ward@northwind.example", lastDay: "" }],
});
