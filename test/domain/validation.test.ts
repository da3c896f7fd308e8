import type { RequestDetails } from "../../src/domain/requestTypes";
import { isValidEmail, validateRequest } from "../../src/domain/validation";
import { copy, INVITE, REASSIGN, REMOVE, RESET, USER_102 } from "./fixtures";
import { PAYLOADS } from "./htmlSafety";

const TODAY = { today: "2026-11-23" };

describe("e-mail addresses", () => {
  it.each(["dana@contoso-dental.example", "first.last+tag@sub.example.co.uk", "  padded@example.com  "])(
    "accepts %s",
    (e) => expect(isValidEmail(e)).toBe(true),
  );

  it.each([
    "",
    "dana",
    "dana@",
    "@example.com",
    "dana@example",
    "two@@example.com",
    "dana smith@example.com",
    "a@b.c",
    "dana@example.com, ben@example.com",
    '"><img src=x onerror=alert(1)>@example.com',
    "<script>@example.com",
    "javascript:alert(1)",
    "dana\u200B@contoso-dental.example",
    "\u202Emoc.elpmaxe@anad",
    `${"x".repeat(250)}@example.com`,
  ])("rejects %p", (e) => expect(isValidEmail(e)).toBe(false));
});

describe("a complete request of each type", () => {
  it.each([INVITE, RESET, REASSIGN, REMOVE].map((d) => [d.type, d]))("%s has no errors", (_t, d) => {
    expect(validateRequest(d as RequestDetails, TODAY)).toEqual({});
  });
});

describe("common fields", () => {
  it("asks for service, client name and e-mail, and at least one user", () => {
    const d: RequestDetails = { ...copy(RESET), service: " ", client: { name: "", email: "" }, accounts: [] };
    expect(validateRequest(d, TODAY)).toEqual({
      service: "Choose the service this request is about.",
      "client.name": "Enter the client's name.",
      "client.email": "Enter the client's e-mail.",
      accounts: "Add at least one user.",
    });
  });

  it("says which client e-mail is wrong and how it should look", () => {
    const d = copy(RESET);
    d.client.email = "dana at contoso";
    expect(validateRequest(d, TODAY)["client.email"]).toBe(
      '"dana at contoso" is not a valid e-mail address; enter the client\'s e-mail like name@example.com.',
    );
  });

  it("accepts only a service the project offers, when the list is given", () => {
    expect(validateRequest(RESET, { ...TODAY, services: ["Phone system"] }).service).toBe(
      '"Customer portal" is not a service this project offers; choose one from the list.',
    );
    expect(validateRequest(RESET, { ...TODAY, services: ["Customer portal"] })).toEqual({});
  });

  it("caps the number of users at 50", () => {
    const d = copy(RESET);
    d.accounts = Array.from({ length: 51 }, (_, i) => ({ account: `user${i}`, email: "", reason: "" }));
    expect(validateRequest(d, TODAY).accounts).toBe(
      "A request can hold at most 50 users; split it into several requests.",
    );
    d.accounts.pop();
    expect(validateRequest(d, TODAY).accounts).toBeUndefined();
  });

  it("caps the length of every field and of the notes", () => {
    const d = copy(INVITE);
    d.client.name = "n".repeat(257);
    d.notes = "x".repeat(4001);
    d.service = "s".repeat(257);
    d.accounts[0].role = "r".repeat(257);
    d.accounts[1].name = "m".repeat(257);
    const errors = validateRequest(d, TODAY);
    expect(errors["client.name"]).toBe("Shorten the client's name to 256 characters.");
    expect(errors.notes).toBe("Shorten the notes to 4000 characters.");
    expect(errors.service).toBe("Shorten the service to 256 characters.");
    expect(errors["accounts.0.role"]).toBe("Shorten this field to 256 characters.");
    expect(errors["accounts.1.name"]).toBe("Shorten the new user's name to 256 characters.");
    d.notes = "x".repeat(4000);
    expect(validateRequest(d, TODAY).notes).toBeUndefined();
  });

  it("does not reject hostile text where text is allowed (it is escaped when shown), only as e-mail", () => {
    for (const p of PAYLOADS.filter((x) => x.length <= 256)) {
      const d = copy(RESET);
      d.client.name = p;
      d.notes = p;
      d.accounts[0].account = p;
      d.accounts[0].reason = p;
      expect(validateRequest(d, TODAY)).toEqual({});
      d.accounts[0].email = p;
      expect(validateRequest(d, TODAY)["accounts.0.email"]).toBe(`"${p}" is not a valid e-mail address.`);
    }
  });
});

describe("invitations", () => {
  it("asks for each new user's name and a valid e-mail", () => {
    const d = copy(INVITE);
    d.accounts[0].name = "";
    d.accounts[1].email = "ben@";
    expect(validateRequest(d, TODAY)).toEqual({
      "accounts.0.name": "Enter the new user's name.",
      "accounts.1.email":
        '"ben@" is not a valid e-mail address; enter the new user\'s e-mail like name@example.com.',
    });
  });

  it("refuses the same e-mail twice, whatever its case, and names the first user", () => {
    const d = copy(INVITE);
    d.accounts[1].email = " ANA.RUIZ@contoso-dental.example";
    expect(validateRequest(d, TODAY)).toEqual({
      "accounts.1.email":
        "The e-mail ANA.RUIZ@contoso-dental.example is already used by user 1 of this request.",
    });
  });
});

describe("Reassign user", () => {
  const reassign = (edit: (a: typeof USER_102) => void) => {
    const d = copy(REASSIGN);
    edit(d.accounts[0]);
    return validateRequest(d, TODAY);
  };

  it("asks for every field of the hand-over", () => {
    expect(
      reassign((a) => {
        a.account = "";
        a.departingEmployee = "";
        a.oldLoginEmail = "";
        a.newEmployeeName = "";
        a.newLoginEmail = "";
        a.effectiveDate = "";
      }),
    ).toEqual({
      "accounts.0.account": "Enter the user or extension being reassigned.",
      "accounts.0.departingEmployee": "Enter the departing employee.",
      "accounts.0.oldLoginEmail": "Enter the current login e-mail.",
      "accounts.0.newEmployeeName": "Enter the new employee's name.",
      "accounts.0.newLoginEmail": "Enter the new employee's login e-mail.",
      "accounts.0.effectiveDate": "Enter the effective date (yyyy-mm-dd).",
    });
  });

  it("requires the new login e-mail to differ from the current one", () => {
    expect(reassign((a) => (a.newLoginEmail = "Maria.Gomez@contoso-dental.example"))).toEqual({
      "accounts.0.newLoginEmail": "The new login e-mail must differ from the current one.",
    });
  });

  it("refuses the same new login e-mail for two users", () => {
    const d = copy(REASSIGN);
    d.accounts.push({ ...copy(USER_102), account: "User 103", oldLoginEmail: "lee@contoso-dental.example" });
    expect(validateRequest(d, TODAY)).toEqual({
      "accounts.1.newLoginEmail":
        "The new login e-mail alex.chen@contoso-dental.example is already used by user 1 of this request.",
    });
  });

  it("needs at least one thing to change", () => {
    expect(
      reassign(
        (a) =>
          (a.changes = {
            loginEmail: false,
            credentialReset: false,
            voicemailEmail: false,
            displayName: false,
          }),
      ),
    ).toEqual({ "accounts.0.changes": "Tick at least one thing that must change." });
  });

  it.each(["2026-13-01", "2026-02-30", "01/12/2026", "2026-1-5", "tomorrow"])(
    "refuses the effective date %s",
    (date) => {
      expect(reassign((a) => (a.effectiveDate = date))).toEqual({
        "accounts.0.effectiveDate": "Enter the effective date as yyyy-mm-dd.",
      });
    },
  );

  it("accepts today and later; a past date only once it is confirmed", () => {
    expect(reassign((a) => (a.effectiveDate = "2026-11-23"))).toEqual({});
    expect(reassign((a) => (a.effectiveDate = "2028-02-29"))).toEqual({});
    expect(reassign((a) => (a.effectiveDate = "2026-11-22"))).toEqual({
      "accounts.0.effectiveDate":
        "The effective date 2026-11-22 is in the past; confirm the past date or correct it.",
    });
    const d = copy(REASSIGN);
    d.accounts[0].effectiveDate = "2026-11-01";
    expect(validateRequest(d, { ...TODAY, allowPastEffectiveDate: true })).toEqual({});
  });
});

describe("resets and removals", () => {
  it("need the account; the e-mail is optional but must be valid; the last day is a date", () => {
    const r = copy(RESET);
    r.accounts[0] = { account: "", email: "nope", reason: "" };
    expect(validateRequest(r, TODAY)).toEqual({
      "accounts.0.account": "Enter the account.",
      "accounts.0.email": '"nope" is not a valid e-mail address.',
    });
    const m = copy(REMOVE);
    m.accounts[0].lastDay = "31.12.2026";
    expect(validateRequest(m, TODAY)).toEqual({
      "accounts.0.lastDay": "Enter the last day as a date (yyyy-mm-dd).",
    });
  });
});
