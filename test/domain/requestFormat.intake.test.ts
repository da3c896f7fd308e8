import {
  parseRequestDescription,
  renderRequestFields,
  requestDescriptionHtml,
  requestTitle,
} from "../../src/domain/requestFormat";
import type { RequestDetails } from "../../src/domain/requestTypes";
import { copy, INVITE, REASSIGN, REMOVE, RESET } from "./fixtures";
import { activeParts, bodyOf, PAYLOAD_CASES } from "./htmlSafety";

/** Every text field of a request of each type, filled with one payload. */
function hostile(type: RequestDetails["type"], p: string): RequestDetails {
  const common = { service: p, client: { name: p, email: p }, notes: `${p}\n\n${p}\nlast line` };
  switch (type) {
    case "invite":
      return { ...common, type, accounts: [{ name: p, email: p, role: p, enrollmentKey: false }] };
    case "reset":
      return { ...common, type, accounts: [{ account: p, email: p, reason: p }] };
    case "remove":
      return { ...common, type, accounts: [{ account: p, email: p, lastDay: p }] };
    case "reassign":
      return {
        ...common,
        type,
        accounts: [
          {
            account: p,
            departingEmployee: p,
            oldLoginEmail: p,
            newEmployeeName: p,
            newLoginEmail: p,
            changes: { loginEmail: false, credentialReset: true, voicemailEmail: false, displayName: true },
            keepSubscription: false,
            effectiveDate: p,
          },
        ],
      };
  }
}

const TYPES: RequestDetails["type"][] = ["invite", "reset", "reassign", "remove"];

describe("round trip of every type with hostile text in every field", () => {
  // HTML folds runs of white space, so a value reads back trimmed (the payloads here have single spaces).
  const cases = TYPES.flatMap((t) => PAYLOAD_CASES.map(([name, p]) => [t, name, p.trim()] as const));
  it.each(cases)("%s request, payload %s", (type, _name, p) => {
    const details = hostile(type, p);
    const fields = renderRequestFields(details);
    expect(activeParts(fields.descriptionHtml)).toEqual([]);
    // One header table and one table per user: nothing closed a table early.
    expect(bodyOf(fields.descriptionHtml).querySelectorAll("table")).toHaveLength(2);
    const cells = Array.from(bodyOf(fields.descriptionHtml).querySelectorAll("td")).map(
      (td) => td.textContent,
    );
    expect(cells).toContain(p);
    expect(parseRequestDescription(fields.descriptionHtml, fields.tags)).toEqual({ ok: true, details });
  });

  it("keeps the lines and paragraphs of multi-line notes", () => {
    const d = copy(RESET);
    d.notes = "First line\nsecond line: 10:30\n\nNew paragraph <b>not bold</b>\r\nend";
    const html = requestDescriptionHtml(d);
    const parsed = parseRequestDescription(html);
    expect(parsed).toEqual({
      ok: true,
      details: { ...d, notes: "First line\nsecond line: 10:30\n\nNew paragraph <b>not bold</b>\nend" },
    });
    expect(bodyOf(html).querySelector("td b")).toBeNull();
  });

  it.each([INVITE, RESET, REASSIGN, REMOVE].map((d) => [d.type, d]))(
    "reads a %s request back after Azure DevOps re-renders the tables (td labels, tbody, attributes)",
    (_t, d) => {
      const html = requestDescriptionHtml(d as RequestDetails)
        .replace(/<table>/g, '<table style="width:100%"><tbody>')
        .replace(/<\/table>/g, "</tbody></table>")
        .replace(/<th>/g, '<td style="font-weight:bold">')
        .replace(/<\/th>/g, "</td>")
        .replace(/<tr>/g, "<tr>\n");
      expect(parseRequestDescription(html)).toEqual({ ok: true, details: d });
    },
  );

  it("drops control characters that could split a cell, instead of misreading the row", () => {
    const d = copy(RESET);
    d.accounts[0].reason = "locked\u0001out\u0002again";
    const fields = renderRequestFields(d);
    const parsed = parseRequestDescription(fields.descriptionHtml, fields.tags);
    expect(parsed.ok && parsed.details.accounts[0]).toEqual({ ...d.accounts[0], reason: "lockedoutagain" });
  });
});

describe("an outside intake", () => {
  it("is read from the exact payload the README documents", () => {
    const html =
      "<div>Request type: Account reset</div><div>Service: Customer portal</div><div>Client name: Dana Whitfield</div><div>Client e-mail: dana@contoso-dental.example</div><div>Notes: Locked out after the holidays.</div><div>User 1</div><div>Account: jordan.lee</div><div>E-mail: jordan.lee@contoso-dental.example</div><div>Reason: Locked out</div>";
    expect(parseRequestDescription(html)).toEqual({
      ok: true,
      details: {
        type: "reset",
        service: "Customer portal",
        client: { name: "Dana Whitfield", email: "dana@contoso-dental.example" },
        notes: "Locked out after the holidays.",
        accounts: [
          { account: "jordan.lee", email: "jordan.lee@contoso-dental.example", reason: "Locked out" },
        ],
      },
    });
  });

  it("may write plain lines separated by <br> or newlines, labels in any case, several users", () => {
    const html = [
      "<p>REQUEST TYPE: reassign",
      "service: Phone system",
      "Client: Dana Whitfield<br>client e-mail: dana@contoso-dental.example</p>",
      "<p>User 1<br>User or extension: User 102<br>Current login e-mail: maria.gomez@contoso-dental.example",
      "New login e-mail: alex.chen@contoso-dental.example<br>Reset credentials: yes<br>Change portal login e-mail: Y",
      "Change voicemail e-mail: no<br>Change display name: ✓<br>Keep subscription and extension: true<br>Effective date: 2026-12-01</p>",
      "<p>User 2<br>User or extension: User 103<br>Change display name: nope</p>",
    ].join("\n");
    const parsed = parseRequestDescription(html);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.details.type !== "reassign") throw new Error("not a reassign request");
    expect(parsed.details.client).toEqual({ name: "Dana Whitfield", email: "dana@contoso-dental.example" });
    expect(parsed.details.service).toBe("Phone system");
    expect(parsed.details.accounts[0]).toEqual({
      account: "User 102",
      departingEmployee: "",
      oldLoginEmail: "maria.gomez@contoso-dental.example",
      newEmployeeName: "",
      newLoginEmail: "alex.chen@contoso-dental.example",
      changes: { loginEmail: true, credentialReset: true, voicemailEmail: false, displayName: true },
      keepSubscription: true,
      effectiveDate: "2026-12-01",
    });
    expect(parsed.details.accounts[1]).toMatchObject({
      account: "User 103",
      changes: { displayName: false },
    });
  });

  it("with a single user may leave out the User 1 line", () => {
    const html =
      "<div>Request type: New account invitation</div><div>Service: Customer portal</div><div>Client name: Dana</div><div>Client e-mail: dana@contoso-dental.example</div><div>Name: Ana Ruiz</div><div>E-mail: ana@contoso-dental.example</div><div>Role: Agent</div><div>Enrollment key: No</div>";
    const parsed = parseRequestDescription(html);
    expect(parsed.ok && parsed.details.accounts).toEqual([
      { name: "Ana Ruiz", email: "ana@contoso-dental.example", role: "Agent", enrollmentKey: false },
    ]);
  });

  it("may give the type only as a tag, and reads escaped text as text", () => {
    const html =
      "<div>Service: Voicemail</div><div>Client name: O&#39;Neil &amp; Sons &lt;Ops&gt;</div><div>User 1</div><div>Account: User 7</div>";
    const parsed = parseRequestDescription(html, ["umd-request", "umd-type:remove"]);
    expect(parsed.ok && parsed.details.type).toBe("remove");
    expect(parsed.ok && parsed.details.client.name).toBe("O'Neil & Sons <Ops>");
  });

  it("without users reads as a request with none (validation then asks for one)", () => {
    const parsed = parseRequestDescription(
      "<div>Request type: Remove user</div><div>Service: Voicemail</div>",
    );
    expect(parsed.ok && parsed.details.accounts).toEqual([]);
  });
});

describe("titles", () => {
  it("stay within the 255 characters of System.Title", () => {
    const d = copy(REMOVE);
    d.accounts[0].account = "a".repeat(400);
    const title = requestTitle(d);
    expect(title).toHaveLength(255);
    expect(title.endsWith("…")).toBe(true);
  });

  it("name the client by e-mail when the name is missing, and count further users", () => {
    const d = copy(INVITE);
    d.client.name = "";
    expect(requestTitle(d)).toBe("New account invitation: Ana Ruiz and 1 more (dana@contoso-dental.example)");
  });
});
