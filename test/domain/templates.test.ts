import { reassignmentChanges } from "../../src/domain/accountChanges";
import { mentionHtml } from "../../src/domain/mentions";
import {
  DEFAULT_TEMPLATES,
  type MessageTemplates,
  renderSubject,
  renderTemplate,
  type TemplateValues,
  unknownPlaceholders,
} from "../../src/domain/templates";
import { DANA_CLIENT as DANA, HOLLY_REF as HOLLY } from "./fixtures";
import { activeParts, PAYLOAD_CASES, textOf } from "./htmlSafety";

const values: TemplateValues = {
  client: DANA,
  requestNumber: 42,
  requestUrl: "https://dev.azure.com/fabrikam/Client%20Services/_workitems/edit/42",
  requestTitle: "Reassign user: User 102 (Dana Whitfield)",
  service: "Customer portal",
  requestType: "Reassign user",
  accountChanges: [{ account: "User 102", change: "Modified", details: "login maria@x → alex@x" }],
  reassignments: [
    {
      account: "User 102",
      departingEmployee: "Maria Gomez",
      oldLoginEmail: "maria@contoso.example",
      newEmployeeName: "Alex Chen",
      newLoginEmail: "alex@contoso.example",
      changes: { loginEmail: true, credentialReset: true, voicemailEmail: false, displayName: false },
      keepSubscription: true,
      effectiveDate: "2026-11-30",
    },
  ],
  coordinator: HOLLY,
  staffMember: { displayName: "Remi Laurent" },
};
const link = '<a href="https://dev.azure.com/fabrikam/Client%20Services/_workitems/edit/42">#42</a>';

describe("default templates", () => {
  it("acknowledge comment mentions the client and promises to act", () => {
    const html = renderTemplate(DEFAULT_TEMPLATES.acknowledgeComment, values);
    expect(html).toContain(mentionHtml(DANA));
    expect(html).toContain("we will act on this request and reach out as soon as we have completed");
    expect(html).toContain(link);
  });

  it("close comment mentions the client: your request has been completed", () => {
    const html = renderTemplate(DEFAULT_TEMPLATES.closeComment, values);
    expect(html).toContain(mentionHtml(DANA));
    expect(html).toContain("your request has been completed");
  });

  it("confirmation mail carries the ticket number and link", () => {
    expect(renderSubject(DEFAULT_TEMPLATES.confirmationMail.subject, values)).toBe(
      "We received your request #42: Reassign user",
    );
    const html = renderTemplate(DEFAULT_TEMPLATES.confirmationMail.body, values);
    expect(html).toContain("#42");
    expect(html).toContain(link);
  });

  it("task-complete comment mentions the coordinator with the account changes table", () => {
    const html = renderTemplate(DEFAULT_TEMPLATES.taskCompleteComment, { ...values, reassignments: [] });
    expect(html).toContain(mentionHtml(HOLLY));
    expect(html).toContain("<tr><td>User 102</td><td>Modified</td><td>login maria@x → alex@x</td></tr>");
  });

  it("task-complete comment of a reassignment groups the recorded changes under the user", () => {
    const html = renderTemplate(DEFAULT_TEMPLATES.taskCompleteComment, values);
    expect(html).toContain(mentionHtml(HOLLY));
    expect(html).toContain(
      "<p><b>User 102</b>: Maria Gomez → Alex Chen</p><ul><li>login maria@x → alex@x</li></ul>",
    );
  });

  it("completion mail lists each change old → new and what the new employee must do", () => {
    const html = renderTemplate(DEFAULT_TEMPLATES.completionMail.body, {
      ...values,
      accountChanges: reassignmentChanges(values.reassignments!),
    });
    expect(textOf(html)).toContain("Portal login e-mail: maria@contoso.example → alex@contoso.example");
    expect(textOf(html)).toContain(
      'follow the "Forgot password" e-mail sent to alex@contoso.example to set a password',
    );
    expect(renderSubject(DEFAULT_TEMPLATES.completionMail.subject, values)).toBe(
      "Done: your request #42 (Reassign user)",
    );
  });

  it("notify mail greets the client and signs as the coordinator", () => {
    const html = renderTemplate(DEFAULT_TEMPLATES.notifyMail.body, values);
    expect(textOf(html)).toContain("Hello Dana Whitfield,");
    expect(textOf(html)).toContain("Holly Brooks");
  });

  it("every default template uses only known placeholders", () => {
    const texts = Object.values(DEFAULT_TEMPLATES as MessageTemplates).flatMap((t) =>
      typeof t === "string" ? [t] : [t.subject, t.body],
    );
    for (const t of texts) expect(unknownPlaceholders(t)).toEqual([]);
  });
});

describe("rendering", () => {
  it("turns blank lines into paragraphs and single newlines into line breaks", () => {
    expect(renderTemplate("a\nb\n\nc", values)).toBe("<p>a<br>b</p><p>c</p>");
  });

  it("names a client without an identity instead of mentioning them", () => {
    const html = renderTemplate("{{clientMention}} hi", { ...values, client: { displayName: "Pat Morgan" } });
    expect(html).toBe("<p>Pat Morgan hi</p>");
  });

  it("links only http(s) addresses", () => {
    expect(renderTemplate("{{requestLink}}", { ...values, requestUrl: "javascript:alert(1)" })).toBe(
      "<p>#42</p>",
    );
  });

  it("leaves an unknown placeholder as visible text and reports it", () => {
    expect(renderTemplate("{{nope}}", values)).toBe("<p>{{nope}}</p>");
    expect(unknownPlaceholders("{{client}} {{nope}} {{ nope }} {{other}}")).toEqual(["nope", "other"]);
  });

  it.each(PAYLOAD_CASES)("keeps %s inert as template text and as every value", (_name, payload) => {
    const hostileValues: TemplateValues = {
      ...values,
      client: { displayName: payload, email: payload },
      requestTitle: payload,
      service: payload,
      requestType: payload,
      requestUrl: payload,
      accountChanges: [{ account: payload, change: "Added", details: payload }],
      reassignments: [
        { ...values.reassignments![0], account: payload, newEmployeeName: payload, newLoginEmail: payload },
      ],
      coordinator: { displayName: payload },
      staffMember: { id: payload, displayName: payload },
    };
    const template = `${payload}\n\n{{client}} {{clientMention}} {{requestLink}} {{requestTitle}} {{service}} {{requestType}}\n\n{{accountChanges}}\n\n{{coordinatorMention}} {{staffMention}} {{staffMember}}`;
    const html = renderTemplate(template, hostileValues);
    expect(activeParts(html)).toEqual([]);
    expect(textOf(html)).toContain(payload.slice(0, 40));
    expect(renderSubject(`{{client}} ${payload}`, hostileValues)).not.toMatch(/[\r\n]/);
  });
});

describe("mentions", () => {
  it("writes the documented markup with the escaped name", () => {
    expect(mentionHtml({ id: "abc-123", displayName: "O'Neil <Ops>" })).toBe(
      '<a href="#" data-vss-mention="version:2.0,abc-123">@O&#39;Neil &lt;Ops&gt;</a>',
    );
  });

  it("refuses an id that could break out of the attribute", () => {
    expect(() => mentionHtml({ id: '1" onclick="x', displayName: "x" })).toThrow("is not an identity id");
  });
});
