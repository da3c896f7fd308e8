/** The account changes staff record on a task and report to the client. */
import { escapeHtml } from "./html";
import { ACCOUNT_CHANGE_KINDS, type AccountChange, type ReassignAccount } from "./requestTypes";

export function accountChangesTableHtml(changes: AccountChange[]): string {
  if (changes.length === 0) return "<p>No account changes.</p>";
  const rows = changes
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.account)}</td><td>${escapeHtml(c.change)}</td><td>${escapeHtml(c.details).replace(/\r?\n/g, "<br>")}</td></tr>`,
    )
    .join("");
  return `<table><thead><tr><th>Account</th><th>Change</th><th>Details</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function validateAccountChanges(
  changes: AccountChange[],
): { index: number; field: "account" | "change" | "details"; message: string }[] {
  if (changes.length === 0)
    return [
      { index: -1, field: "account", message: "Record at least one account change (Add account change)." },
    ];
  const problems: { index: number; field: "account" | "change" | "details"; message: string }[] = [];
  changes.forEach((c, index) => {
    if (!c.account.trim())
      problems.push({ index, field: "account", message: "Enter the account or user that changed." });
    else if (c.account.length > 256)
      problems.push({ index, field: "account", message: "Shorten the account to 256 characters." });
    if (!ACCOUNT_CHANGE_KINDS.includes(c.change))
      problems.push({ index, field: "change", message: "Choose Added, Removed or Modified." });
    if (c.details.length > 1000)
      problems.push({ index, field: "details", message: "Shorten the details to 1000 characters." });
  });
  return problems;
}

/** The address the account signs in with after the hand-over: the new one only if the login e-mail changes. */
export function signInEmail(a: ReassignAccount): string {
  return a.changes.loginEmail ? a.newLoginEmail : a.oldLoginEmail;
}

/** Each change of one reassigned user, as old → new. */
export function reassignmentLines(a: ReassignAccount): { what: string; from: string; to: string }[] {
  const lines: { what: string; from: string; to: string }[] = [];
  if (a.changes.loginEmail)
    lines.push({ what: "Portal login e-mail", from: a.oldLoginEmail, to: a.newLoginEmail });
  if (a.changes.voicemailEmail)
    lines.push({ what: "Voicemail e-mail", from: a.oldLoginEmail, to: a.newLoginEmail });
  if (a.changes.displayName)
    lines.push({ what: "Display name", from: a.departingEmployee, to: a.newEmployeeName });
  if (a.changes.credentialReset)
    lines.push({
      what: "Credentials",
      from: `${a.departingEmployee}'s password`,
      to: `reset; ${a.newEmployeeName} sets a new password from the "Forgot password" e-mail`,
    });
  // The subscription and extension pass from one employee to the other: the account is never recreated.
  lines.push({
    what: "Subscription and extension",
    from: a.departingEmployee,
    to: a.keepSubscription
      ? `${a.newEmployeeName}, kept in place (no new subscription)`
      : "released, as requested",
  });
  return lines;
}

export function reassignmentChanges(accounts: ReassignAccount[]): AccountChange[] {
  return accounts.flatMap((a) =>
    reassignmentLines(a).map((l) => ({
      account: a.account,
      change: "Modified" as const,
      details: `${l.what}: ${l.from} → ${l.to}`,
    })),
  );
}
