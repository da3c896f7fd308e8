import {
  completeTags,
  parseRequestDescription,
  renderRequestFields,
  requestTags,
  splitByExisting,
} from "../../src/domain/requestFormat";
import type { RequestDetails } from "../../src/domain/requestTypes";
import { activeParts, PAYLOAD_CASES, textOf } from "./htmlSafety";

const base = {
  service: "Customer portal",
  client: { name: "Dana Whitfield", email: "dana@contoso-dental.example" },
  notes: "",
};
const EXAMPLES: RequestDetails[] = [
  {
    ...base,
    type: "invite",
    accounts: [{ name: "Ana Ruiz", email: "ana@contoso.example", role: "Agent", enrollmentKey: true }],
  },
  {
    ...base,
    type: "reset",
    accounts: [{ account: "jordan.lee", email: "jordan@contoso.example", reason: "Locked out" }],
  },
  {
    ...base,
    type: "reassign",
    notes: "first line\nsecond line: with a colon",
    accounts: [
      {
        account: "User 102",
        departingEmployee: "Maria Gomez",
        oldLoginEmail: "maria@contoso.example",
        newEmployeeName: "Alex Chen",
        newLoginEmail: "alex@contoso.example",
        changes: { loginEmail: true, credentialReset: true, voicemailEmail: false, displayName: true },
        keepSubscription: true,
        effectiveDate: "2026-11-30",
      },
      {
        account: "User 103",
        departingEmployee: "Lee Park",
        oldLoginEmail: "lee@contoso.example",
        newEmployeeName: "Sam Ode",
        newLoginEmail: "sam@contoso.example",
        changes: { loginEmail: true, credentialReset: false, voicemailEmail: true, displayName: false },
        keepSubscription: false,
        effectiveDate: "2026-12-01",
      },
    ],
  },
  { ...base, type: "remove", accounts: [{ account: "User 7", email: "", lastDay: "2026-12-31" }] },
];

describe("request format", () => {
  it.each(EXAMPLES.map((d) => [d.type, d]))(
    "round-trips a %s request through the work item",
    (_t, details) => {
      const fields = renderRequestFields(details as RequestDetails);
      expect(parseRequestDescription(fields.descriptionHtml, fields.tags)).toEqual({ ok: true, details });
    },
  );

  it("tags type, service and client so WIQL and boards can filter", () => {
    expect(requestTags(EXAMPLES[2])).toEqual([
      "umd-request",
      "umd-type:reassign",
      "umd-service:Customer portal",
      "umd-client:dana@contoso-dental.example",
    ]);
    expect(requestTags({ ...EXAMPLES[0], service: "a;b, c" })).toContain("umd-service:a b c");
  });

  it("splits a request's tags into those the project defines (any case) and those it does not", () => {
    expect(
      splitByExisting(requestTags(EXAMPLES[2]), ["UMD-Request", "umd-type:reassign", "umd-service:other"]),
    ).toEqual({
      writable: ["umd-request", "umd-type:reassign"],
      missing: ["umd-service:Customer portal", "umd-client:dana@contoso-dental.example"],
    });
    expect(splitByExisting(["umd-request"], [])).toEqual({ writable: [], missing: ["umd-request"] });
  });

  it("completes a request's tags from its details, keeping what it carries and adding no duplicate", () => {
    expect(completeTags(["Umd-Request", "urgent"], EXAMPLES[2])).toEqual([
      "Umd-Request",
      "urgent",
      "umd-type:reassign",
      "umd-service:Customer portal",
      "umd-client:dana@contoso-dental.example",
    ]);
  });

  it("titles a request after its type, first account and client", () => {
    expect(renderRequestFields(EXAMPLES[2]).title).toBe(
      "Reassign user: User 102 and 1 more (Dana Whitfield)",
    );
  });

  it("reads an outside intake's plain Label: value lines", () => {
    const html =
      "<div>Request type: Remove user</div><div>Service: Phone system</div><div>Client name: Chris</div><div>Client e-mail: chris@northwind.example</div><div>User 1</div><div>Account: User 9</div><div>Last day: 2026-12-24</div>";
    expect(parseRequestDescription(html)).toEqual({
      ok: true,
      details: {
        type: "remove",
        service: "Phone system",
        client: { name: "Chris", email: "chris@northwind.example" },
        notes: "",
        accounts: [{ account: "User 9", email: "", lastDay: "2026-12-24" }],
      },
    });
  });

  it("says why a description is not a request", () => {
    expect(parseRequestDescription("<p>hello</p>")).toEqual({
      ok: false,
      problem: expect.stringContaining('no "Request type" row'),
    });
    expect(parseRequestDescription("<div>Request type: Teleport</div>")).toEqual({
      ok: false,
      problem: expect.stringContaining('"Teleport" is not one of'),
    });
  });

  it.each(PAYLOAD_CASES)("keeps %s inert in every field, and reads it back exactly", (_name, payload) => {
    const details: RequestDetails = {
      type: "reassign",
      service: payload,
      client: { name: payload, email: payload },
      notes: payload,
      accounts: [
        {
          account: payload,
          departingEmployee: payload,
          oldLoginEmail: payload,
          newEmployeeName: payload,
          newLoginEmail: payload,
          changes: { loginEmail: true, credentialReset: true, voicemailEmail: true, displayName: true },
          keepSubscription: true,
          effectiveDate: payload,
        },
      ],
    };
    const fields = renderRequestFields(details);
    expect(activeParts(fields.descriptionHtml)).toEqual([]);
    expect(textOf(fields.descriptionHtml)).toContain(payload.slice(0, 40));
    expect(parseRequestDescription(fields.descriptionHtml, fields.tags)).toEqual({ ok: true, details });
  });
});
