/**
 * The {{accountChanges}} of a Reassign user request, as the client reads it in the completion mail: per
 * user handed over, the changes staff confirmed on the task (old → new), once each, and what the new
 * employee must do next.
 */
import { reassignmentChanges } from "../../src/domain/accountChanges";
import type { AccountChange } from "../../src/domain/requestTypes";
import { DEFAULT_TEMPLATES, renderTemplate, type TemplateValues } from "../../src/domain/templates";
import { copy, USER_102 } from "./fixtures";
import { activeParts, bodyOf, textOf } from "./htmlSafety";

const USER_103 = {
  ...copy(USER_102),
  account: "User 103",
  departingEmployee: "Lee Park",
  oldLoginEmail: "lee.park@contoso-dental.example",
  newEmployeeName: "Sam Ito",
  newLoginEmail: "sam.ito@contoso-dental.example",
  changes: { loginEmail: true, credentialReset: false, voicemailEmail: false, displayName: true },
};

const values = (accountChanges: AccountChange[], reassignments = [USER_102]): TemplateValues => ({
  client: { displayName: "Dana Whitfield" },
  requestNumber: 2,
  requestUrl: "https://dev.azure.com/fabrikam/Client%20Services/_workitems/edit/2",
  requestTitle: "Reassign user: User 102 (Dana Whitfield)",
  service: "Hosted phone system",
  requestType: "Reassign user",
  accountChanges,
  reassignments,
});

/** Each user's block: its heading and the lines under it, as the client reads them. */
function usersOf(html: string): { heading: string; lines: string[]; next: string }[] {
  const body = bodyOf(html);
  return Array.from(body.querySelectorAll("p > b")).map((b) => {
    const heading = b.parentElement!;
    const list = heading.nextElementSibling?.tagName === "UL" ? heading.nextElementSibling : undefined;
    const after = (list ?? heading).nextElementSibling;
    return {
      heading: heading.textContent!,
      lines: Array.from(list?.querySelectorAll("li") ?? []).map((li) => li.textContent!),
      next: after?.tagName === "P" && !after.querySelector("b") ? after.textContent! : "",
    };
  });
}

describe("the completion mail of a reassignment", () => {
  it("lists every change of User 102 once, old → new, and what Alex Chen must do", () => {
    const html = renderTemplate(
      DEFAULT_TEMPLATES.completionMail.body,
      values(reassignmentChanges([USER_102])),
    );
    expect(usersOf(html)).toEqual([
      {
        heading: "User 102: Maria Gomez → Alex Chen",
        lines: [
          "Portal login e-mail: maria.gomez@contoso-dental.example → alex.chen@contoso-dental.example",
          "Voicemail e-mail: maria.gomez@contoso-dental.example → alex.chen@contoso-dental.example",
          "Display name: Maria Gomez → Alex Chen",
          'Credentials: Maria Gomez\'s password → reset; Alex Chen sets a new password from the "Forgot password" e-mail',
          "Subscription and extension: Maria Gomez → Alex Chen, kept in place (no new subscription)",
        ],
        next: 'What Alex Chen must do: follow the "Forgot password" e-mail sent to alex.chen@contoso-dental.example to set a password, then sign in with alex.chen@contoso-dental.example.',
      },
    ]);
    // Once each: no second table repeating the same lines.
    expect(bodyOf(html).querySelector("table")).toBeNull();
    expect(textOf(html).split("Portal login e-mail:")).toHaveLength(2);
    expect(activeParts(html)).toEqual([]);
  });

  it("reports what staff confirmed on the task, not merely what was asked for", () => {
    // Staff removed the voicemail line (not done) and reworded the login line.
    const recorded = reassignmentChanges([USER_102]).filter((c) => !c.details.startsWith("Voicemail"));
    recorded[0] = { ...recorded[0], details: "Portal login e-mail: maria.gomez@… → alex.chen@… (billing)" };
    const [user] = usersOf(renderTemplate("{{accountChanges}}", values(recorded)));
    expect(user.lines).toHaveLength(4);
    expect(user.lines[0]).toBe("Portal login e-mail: maria.gomez@… → alex.chen@… (billing)");
    expect(user.lines.join("\n")).not.toContain("Voicemail");
  });

  it("gives each user of a multi-user request its own block and steps, matching accounts by name", () => {
    const recorded = reassignmentChanges([USER_102, USER_103]).map((c) =>
      c.account === "User 103" ? { ...c, account: " user 103 " } : c,
    );
    const users = usersOf(renderTemplate("{{accountChanges}}", values(recorded, [USER_102, USER_103])));
    expect(users.map((u) => u.heading)).toEqual([
      "User 102: Maria Gomez → Alex Chen",
      "User 103: Lee Park → Sam Ito",
    ]);
    expect(users[1].lines).toEqual([
      "Portal login e-mail: lee.park@contoso-dental.example → sam.ito@contoso-dental.example",
      "Display name: Lee Park → Sam Ito",
      "Subscription and extension: Lee Park → Sam Ito, kept in place (no new subscription)",
    ]);
    // No credential reset asked for User 103: the password stays.
    expect(users[1].next).toBe(
      "What Sam Ito must do: sign in with sam.ito@contoso-dental.example; the password is unchanged.",
    );
  });

  it("when the login e-mail stays, tells the new employee to sign in with the current address", () => {
    const keep = { ...copy(USER_102), changes: { ...USER_102.changes, loginEmail: false } };
    const [user] = usersOf(renderTemplate("{{accountChanges}}", values(reassignmentChanges([keep]), [keep])));
    expect(user.next).toBe(
      'What Alex Chen must do: follow the "Forgot password" e-mail sent to maria.gomez@contoso-dental.example to set a password, then sign in with maria.gomez@contoso-dental.example.',
    );
  });

  it("says so when nothing was recorded for a user, and promises no steps", () => {
    const [user] = usersOf(renderTemplate("{{accountChanges}}", values([])));
    expect(user).toEqual({
      heading: "User 102: Maria Gomez → Alex Chen",
      lines: [],
      next: "No change was recorded for this user.",
    });
  });

  it("puts changes of other accounts in the usual table after the users", () => {
    const html = renderTemplate(
      "{{accountChanges}}",
      values([
        ...reassignmentChanges([USER_102]),
        { account: "User 230", change: "Removed", details: "left in March" },
      ]),
    );
    expect(usersOf(html)).toHaveLength(1);
    const cells = Array.from(bodyOf(html).querySelectorAll("tbody td")).map((td) => td.textContent);
    expect(cells).toEqual(["User 230", "Removed", "left in March"]);
  });

  it("a subscription the customer asked to release reads as released", () => {
    const release = { ...copy(USER_102), keepSubscription: false };
    const [user] = usersOf(
      renderTemplate("{{accountChanges}}", values(reassignmentChanges([release]), [release])),
    );
    expect(user.lines.at(-1)).toBe("Subscription and extension: Maria Gomez → released, as requested");
  });
});
