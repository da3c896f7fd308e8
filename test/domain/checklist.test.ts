import { checklistFor, checklistSummaryHtml, uncheckedItems } from "../../src/domain/checklist";
import { copy, INVITE, REASSIGN, REMOVE, RESET, USER_102 } from "./fixtures";
import { activeParts, bodyOf, PAYLOADS } from "./htmlSafety";

describe("checklist of a Reassign user request (User 102)", () => {
  const items = checklistFor(REASSIGN);
  const text = (id: string) => items.find((i) => i.id === id)?.text;

  it("has the hand-over steps in order, with stable ids", () => {
    expect(items.map((i) => i.id)).toEqual([
      "reassign-0-inplace",
      "reassign-0-login",
      "reassign-0-credentials",
      "reassign-0-voicemail",
      "reassign-0-name",
      "reassign-0-verify",
      "confirm",
    ]);
    expect(checklistFor(copy(REASSIGN))).toEqual(items);
  });

  it("reassigns the existing account in place: no deletion, no new subscription", () => {
    expect(text("reassign-0-inplace")).toBe("User 102: reassign in place: no deletion, no new subscription");
  });

  it("changes the login e-mail in the back end, old → new", () => {
    expect(text("reassign-0-login")).toBe(
      "User 102: change the login e-mail in the back end (billing module): maria.gomez@contoso-dental.example → alex.chen@contoso-dental.example",
    );
  });

  it("resets the credentials the supported way, through Forgot password to the new address", () => {
    expect(text("reassign-0-credentials")).toBe(
      'User 102: start the credential reset the supported way ("Forgot password" e-mail to alex.chen@contoso-dental.example)',
    );
  });

  it("updates voicemail e-mail and display name, and verifies old and new sign-in", () => {
    expect(text("reassign-0-voicemail")).toBe(
      "User 102: update the voicemail e-mail to alex.chen@contoso-dental.example",
    );
    expect(text("reassign-0-name")).toBe("User 102: update the display name: Maria Gomez → Alex Chen");
    expect(text("reassign-0-verify")).toBe(
      "User 102: verify maria.gomez@contoso-dental.example no longer signs in and alex.chen@contoso-dental.example does",
    );
  });

  it("ends with confirming with the customer", () => {
    expect(items.at(-1)).toEqual({
      id: "confirm",
      text: "Confirm with the customer what changed and how each new employee signs in",
    });
  });

  it("leaves out voicemail and display name when they were not requested", () => {
    const r = copy(REASSIGN);
    r.accounts[0].changes.voicemailEmail = false;
    r.accounts[0].changes.displayName = false;
    const ids = checklistFor(r).map((i) => i.id);
    expect(ids).not.toContain("reassign-0-voicemail");
    expect(ids).not.toContain("reassign-0-name");
    expect(ids).toContain("reassign-0-login");
  });

  it("when the subscription and extension do not stay, still keeps the account but releases them", () => {
    const r = copy(REASSIGN);
    r.accounts[0].keepSubscription = false;
    expect(checklistFor(r)[0]).toEqual({
      id: "reassign-0-inplace",
      text: "User 102: reassign in place without deleting the account; release the subscription and extension as the customer asked",
    });
  });

  it("when the login e-mail stays, resets the credentials through the address the account signs in with", () => {
    const r = copy(REASSIGN);
    r.accounts[0].changes.loginEmail = false;
    const list = checklistFor(r);
    expect(list.map((i) => i.id)).not.toContain("reassign-0-login");
    expect(list.find((i) => i.id === "reassign-0-credentials")!.text).toBe(
      'User 102: start the credential reset the supported way ("Forgot password" e-mail to maria.gomez@contoso-dental.example)',
    );
    expect(list.find((i) => i.id === "reassign-0-verify")!.text).toBe(
      "User 102: verify the account still signs in and shows Alex Chen",
    );
  });

  it("gives every user of a multi-user request its own steps and unique ids", () => {
    const r = copy(REASSIGN);
    r.accounts.push({ ...copy(USER_102), account: "User 103", newLoginEmail: "sam@contoso-dental.example" });
    const list = checklistFor(r);
    expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
    expect(list.filter((i) => i.id.startsWith("reassign-1-")).map((i) => i.text)).toContain(
      'User 103: start the credential reset the supported way ("Forgot password" e-mail to sam@contoso-dental.example)',
    );
    expect(list.filter((i) => i.id === "confirm")).toHaveLength(1);
  });
});

describe("checklists of the other types", () => {
  it("invite: create the account and send the enrollment key (or the invitation) per user, then confirm", () => {
    expect(checklistFor(INVITE)).toEqual([
      {
        id: "invite-0-create",
        text: 'Ana Ruiz: create the account for ana.ruiz@contoso-dental.example with the role "Agent"',
      },
      { id: "invite-0-key", text: "Ana Ruiz: send the enrollment key to ana.ruiz@contoso-dental.example" },
      {
        id: "invite-1-create",
        text: 'Ben Okafor: create the account for ben.okafor@contoso-dental.example with the role "default"',
      },
      { id: "invite-1-invite", text: "Ben Okafor: send the invitation to ben.okafor@contoso-dental.example" },
      {
        id: "confirm",
        text: "Confirm with the customer which accounts were created and how each user signs in",
      },
    ]);
  });

  it("reset: verify who asked, reset, confirm", () => {
    expect(checklistFor(RESET).map((i) => i.id)).toEqual(["reset-0-verify", "reset-0-reset", "confirm"]);
    expect(checklistFor(RESET)[1].text).toBe(
      "jordan.lee: reset the account (unlock, start the password reset)",
    );
  });

  it("remove: remove access (after the last day), keep the audit trail, confirm", () => {
    expect(checklistFor(REMOVE)).toEqual([
      { id: "remove-0-access", text: "User 107: remove access after 2026-12-31" },
      { id: "remove-0-audit", text: "User 107: keep the audit trail (no data deleted beyond the account)" },
      { id: "confirm", text: "Confirm with the customer which accounts were removed" },
    ]);
    const asap = copy(REMOVE);
    asap.accounts[0].lastDay = "";
    expect(checklistFor(asap)[0].text).toBe("User 107: remove access");
  });
});

describe("unchecked items", () => {
  it("are the items whose ids were not ticked, in order; unknown ids are ignored", () => {
    const items = checklistFor(REASSIGN);
    expect(uncheckedItems(items, ["reassign-0-login", "confirm", "no-such-item"]).map((i) => i.id)).toEqual([
      "reassign-0-inplace",
      "reassign-0-credentials",
      "reassign-0-voicemail",
      "reassign-0-name",
      "reassign-0-verify",
    ]);
    expect(
      uncheckedItems(
        items,
        items.map((i) => i.id),
      ),
    ).toEqual([]);
    expect(uncheckedItems(items, [])).toEqual(items);
  });
});

describe("the checklist's final state, for the task's completion comment", () => {
  const items = checklistFor(REASSIGN);

  it("says every item was ticked when all were", () => {
    expect(
      checklistSummaryHtml(
        items,
        items.map((i) => i.id),
      ),
    ).toBe("<p>Checklist: all 7 items ticked.</p>");
  });

  it("counts the ticked items and names every unticked one", () => {
    const html = checklistSummaryHtml(
      items,
      items.filter((i) => i.id !== "reassign-0-voicemail" && i.id !== "confirm").map((i) => i.id),
    );
    expect(bodyOf(html).querySelector("p")!.textContent).toBe("Checklist: 5 of 7 items ticked; not ticked:");
    expect(Array.from(bodyOf(html).querySelectorAll("li")).map((li) => li.textContent)).toEqual([
      "User 102: update the voicemail e-mail to alex.chen@contoso-dental.example",
      "Confirm with the customer what changed and how each new employee signs in",
    ]);
  });

  it("is empty when the task has no checklist", () => {
    expect(checklistSummaryHtml([], [])).toBe("");
  });

  it("shows client-typed text in an item as text", () => {
    for (const p of PAYLOADS) {
      const r = copy(REASSIGN);
      r.accounts[0].account = p;
      const html = checklistSummaryHtml(checklistFor(r), []);
      expect(activeParts(html)).toEqual([]);
      expect(bodyOf(html).querySelector("li")!.textContent).toContain(p.trim());
    }
  });
});
