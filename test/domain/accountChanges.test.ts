import {
  accountChangesTableHtml,
  reassignmentChanges,
  reassignmentLines,
  validateAccountChanges,
} from "../../src/domain/accountChanges";
import type { AccountChange } from "../../src/domain/requestTypes";
import { copy, USER_102 } from "./fixtures";
import { activeParts, bodyOf, PAYLOAD_CASES, PAYLOADS, textOf } from "./htmlSafety";

const rowsOf = (html: string) =>
  Array.from(bodyOf(html).querySelectorAll("tbody tr")).map((tr) =>
    Array.from(tr.querySelectorAll("td")).map((td) => td.textContent),
  );

describe("account changes table", () => {
  it("has the columns Account, Change, Details and one row per change", () => {
    const html = accountChangesTableHtml([
      { account: "ana.ruiz", change: "Added", details: "Agent, enrollment key sent" },
      { account: "User 107", change: "Removed", details: "" },
      { account: "User 102", change: "Modified", details: "Login e-mail: a@x.example → b@x.example" },
    ]);
    const body = bodyOf(html);
    expect(Array.from(body.querySelectorAll("thead th")).map((th) => th.textContent)).toEqual([
      "Account",
      "Change",
      "Details",
    ]);
    expect(rowsOf(html)).toEqual([
      ["ana.ruiz", "Added", "Agent, enrollment key sent"],
      ["User 107", "Removed", ""],
      ["User 102", "Modified", "Login e-mail: a@x.example → b@x.example"],
    ]);
  });

  it("keeps the line breaks of multi-line details", () => {
    const html = accountChangesTableHtml([
      { account: "a", change: "Modified", details: "one\ntwo\r\nthree" },
    ]);
    const cell = bodyOf(html).querySelectorAll("td")[2];
    expect(cell.querySelectorAll("br")).toHaveLength(2);
    expect(cell.textContent).toBe("onetwothree");
  });

  it("says so when nothing changed instead of an empty table", () => {
    const html = accountChangesTableHtml([]);
    expect(bodyOf(html).querySelector("table")).toBeNull();
    expect(textOf(html)).toBe("No account changes.");
  });

  it.each(PAYLOAD_CASES)("keeps %s inert in the account and details, one row of three cells", (_name, p) => {
    const html = accountChangesTableHtml([{ account: p, change: "Modified", details: `${p}\n${p}` }]);
    expect(activeParts(html)).toEqual([]);
    expect(bodyOf(html).querySelectorAll("table")).toHaveLength(1);
    expect(rowsOf(html)).toEqual([[p, "Modified", p + p]]);
  });

  it("escapes an unexpected change value instead of writing it as markup", () => {
    const html = accountChangesTableHtml([
      { account: "a", change: "<img src=x onerror=alert(1)>" as AccountChange["change"], details: "" },
    ]);
    expect(activeParts(html)).toEqual([]);
    expect(rowsOf(html)[0][1]).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("validating account changes", () => {
  it("accepts complete rows", () => {
    expect(
      validateAccountChanges([
        { account: "User 102", change: "Modified", details: "" },
        { account: "ana", change: "Added", details: "x".repeat(1000) },
      ]),
    ).toEqual([]);
  });

  it("asks for at least one row, as a problem of the whole list", () => {
    expect(validateAccountChanges([])).toEqual([
      { index: -1, field: "account", message: "Record at least one account change (Add account change)." },
    ]);
  });

  it("names the row and field of each problem and says what to do", () => {
    const problems = validateAccountChanges([
      { account: "ok", change: "Added", details: "" },
      { account: "  ", change: "Changed" as AccountChange["change"], details: "d".repeat(1001) },
      { account: "a".repeat(257), change: "Removed", details: "" },
    ]);
    expect(problems).toEqual([
      { index: 1, field: "account", message: "Enter the account or user that changed." },
      { index: 1, field: "change", message: "Choose Added, Removed or Modified." },
      { index: 1, field: "details", message: "Shorten the details to 1000 characters." },
      { index: 2, field: "account", message: "Shorten the account to 256 characters." },
    ]);
  });
});

describe("reassignment, old → new", () => {
  it("lists every change of User 102 with what it was and what it becomes", () => {
    expect(reassignmentLines(USER_102)).toEqual([
      {
        what: "Portal login e-mail",
        from: "maria.gomez@contoso-dental.example",
        to: "alex.chen@contoso-dental.example",
      },
      {
        what: "Voicemail e-mail",
        from: "maria.gomez@contoso-dental.example",
        to: "alex.chen@contoso-dental.example",
      },
      { what: "Display name", from: "Maria Gomez", to: "Alex Chen" },
      {
        what: "Credentials",
        from: "Maria Gomez's password",
        to: 'reset; Alex Chen sets a new password from the "Forgot password" e-mail',
      },
      {
        what: "Subscription and extension",
        from: "Maria Gomez",
        to: "Alex Chen, kept in place (no new subscription)",
      },
    ]);
  });

  it("leaves out what was not asked for", () => {
    const a = copy(USER_102);
    a.changes = { loginEmail: true, credentialReset: false, voicemailEmail: false, displayName: false };
    expect(reassignmentLines(a).map((l) => l.what)).toEqual([
      "Portal login e-mail",
      "Subscription and extension",
    ]);
  });

  it("turns each line into a Modified row of that account", () => {
    const other = {
      ...copy(USER_102),
      account: "User 103",
      changes: { ...USER_102.changes, voicemailEmail: false },
    };
    const rows = reassignmentChanges([USER_102, other]);
    expect(rows.every((r) => r.change === "Modified")).toBe(true);
    expect(rows.filter((r) => r.account === "User 102")).toHaveLength(5);
    expect(rows.filter((r) => r.account === "User 103")).toHaveLength(4);
    expect(rows[0]).toEqual({
      account: "User 102",
      change: "Modified",
      details: "Portal login e-mail: maria.gomez@contoso-dental.example → alex.chen@contoso-dental.example",
    });
    expect(rows).toContainEqual({
      account: "User 102",
      change: "Modified",
      details: "Display name: Maria Gomez → Alex Chen",
    });
  });

  it("builds a table that reads every change of a hostile hand-over literally", () => {
    for (const p of PAYLOADS) {
      const hostile = {
        ...copy(USER_102),
        account: p,
        departingEmployee: p,
        newEmployeeName: p,
        oldLoginEmail: p,
        newLoginEmail: p,
      };
      const html = accountChangesTableHtml(reassignmentChanges([hostile]));
      expect(activeParts(html)).toEqual([]);
      expect(rowsOf(html)[0]).toEqual([p, "Modified", `Portal login e-mail: ${p} → ${p}`]);
    }
  });
});
