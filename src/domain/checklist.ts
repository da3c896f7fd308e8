/** The runbook of each request type, put on the staff task and ticked there. */
import { signInEmail } from "./accountChanges";
import { escapeHtml } from "./html";
import { accountLabel } from "./requestFormat";
import type { RequestDetails } from "./requestTypes";

export interface ChecklistItem {
  id: string;
  text: string;
}

const CONFIRM: Record<RequestDetails["type"], string> = {
  invite: "Confirm with the customer which accounts were created and how each user signs in",
  reset: "Confirm with the customer that each account is reset and how the user signs in again",
  reassign: "Confirm with the customer what changed and how each new employee signs in",
  remove: "Confirm with the customer which accounts were removed",
};

export function checklistFor(details: RequestDetails): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const add = (id: string, text: string) => items.push({ id, text });
  details.accounts.forEach((_, i) => {
    const who = accountLabel(details, i);
    switch (details.type) {
      case "invite": {
        const a = details.accounts[i];
        add(
          `invite-${i}-create`,
          `${who}: create the account for ${a.email} with the role "${a.role || "default"}"`,
        );
        if (a.enrollmentKey) add(`invite-${i}-key`, `${who}: send the enrollment key to ${a.email}`);
        else add(`invite-${i}-invite`, `${who}: send the invitation to ${a.email}`);
        break;
      }
      case "reset": {
        add(`reset-${i}-verify`, `${who}: verify the request came from the account's administrator`);
        add(`reset-${i}-reset`, `${who}: reset the account (unlock, start the password reset)`);
        break;
      }
      case "reassign": {
        const a = details.accounts[i];
        add(
          `reassign-${i}-inplace`,
          a.keepSubscription
            ? `${who}: reassign in place: no deletion, no new subscription`
            : `${who}: reassign in place without deleting the account; release the subscription and extension as the customer asked`,
        );
        if (a.changes.loginEmail)
          add(
            `reassign-${i}-login`,
            `${who}: change the login e-mail in the back end (billing module): ${a.oldLoginEmail} → ${a.newLoginEmail}`,
          );
        if (a.changes.credentialReset)
          add(
            `reassign-${i}-credentials`,
            `${who}: start the credential reset the supported way ("Forgot password" e-mail to ${signInEmail(a)})`,
          );
        if (a.changes.voicemailEmail)
          add(`reassign-${i}-voicemail`, `${who}: update the voicemail e-mail to ${a.newLoginEmail}`);
        if (a.changes.displayName)
          add(
            `reassign-${i}-name`,
            `${who}: update the display name: ${a.departingEmployee} → ${a.newEmployeeName}`,
          );
        add(
          `reassign-${i}-verify`,
          a.changes.loginEmail
            ? `${who}: verify ${a.oldLoginEmail} no longer signs in and ${a.newLoginEmail} does`
            : `${who}: verify the account still signs in and shows ${a.newEmployeeName || "the new employee"}`,
        );
        break;
      }
      case "remove": {
        add(
          `remove-${i}-access`,
          `${who}: remove access${details.accounts[i].lastDay ? ` after ${details.accounts[i].lastDay}` : ""}`,
        );
        add(`remove-${i}-audit`, `${who}: keep the audit trail (no data deleted beyond the account)`);
        break;
      }
    }
  });
  add("confirm", CONFIRM[details.type]);
  return items;
}

export function uncheckedItems(items: ChecklistItem[], checked: string[]): ChecklistItem[] {
  return items.filter((i) => !checked.includes(i.id));
}

/**
 * How far the runbook was ticked, for the Task's completion comment: the ticks live in the task's draft
 * while staff work, and this puts their final state on the Task itself, where anyone reading it sees it.
 */
export function checklistSummaryHtml(items: ChecklistItem[], checked: string[]): string {
  if (items.length === 0) return "";
  const open = uncheckedItems(items, checked);
  const ticked = items.length - open.length;
  if (open.length === 0)
    return `<p>Checklist: all ${items.length} item${items.length === 1 ? "" : "s"} ticked.</p>`;
  const list = open.map((i) => `<li>${escapeHtml(i.text)}</li>`).join("");
  return `<p>Checklist: ${ticked} of ${items.length} items ticked; not ticked:</p><ul>${list}</ul>`;
}
