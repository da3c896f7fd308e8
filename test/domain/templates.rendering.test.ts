import { reassignmentChanges } from "../../src/domain/accountChanges";
import { mentionHtml } from "../../src/domain/mentions";
import {
  DEFAULT_TEMPLATES,
  type MessageTemplates,
  PLACEHOLDERS,
  renderSubject,
  renderTemplate,
  type TemplateValues,
  unknownPlaceholders,
} from "../../src/domain/templates";
import { copy, DANA_CLIENT as DANA, HOLLY_REF as HOLLY, REMI_REF as REMI, USER_102 } from "./fixtures";
import { activeParts, bodyOf, PAYLOAD_CASES, textOf } from "./htmlSafety";

const URL = "https://dev.azure.com/fabrikam/Client%20Services/_workitems/edit/42";
const VALUES: TemplateValues = {
  client: DANA,
  requestNumber: 42,
  requestUrl: URL,
  requestTitle: "Reassign user: User 102 (Dana Whitfield)",
  service: "Customer portal",
  requestType: "Reassign user",
  accountChanges: [{ account: "ana.ruiz", change: "Added", details: "Agent" }],
  reassignments: [USER_102],
  coordinator: HOLLY,
  staffMember: REMI,
  stage: "In progress",
};

/** Every template of the defaults, with the path settings use for it. */
const ALL: [string, (t: MessageTemplates) => string][] = [
  ["acknowledgeComment", (t) => t.acknowledgeComment],
  ["confirmationMail.body", (t) => t.confirmationMail.body],
  ["notifyMail.body", (t) => t.notifyMail.body],
  ["completionMail.body", (t) => t.completionMail.body],
  ["taskCompleteComment", (t) => t.taskCompleteComment],
  ["closeComment", (t) => t.closeComment],
];
const SUBJECTS: [string, (t: MessageTemplates) => string][] = [
  ["confirmationMail.subject", (t) => t.confirmationMail.subject],
  ["notifyMail.subject", (t) => t.notifyMail.subject],
  ["completionMail.subject", (t) => t.completionMail.subject],
];

describe("every default template, rendered", () => {
  it.each(ALL)("%s refers to the request by number, as a link", (_path, get) => {
    const html = renderTemplate(get(DEFAULT_TEMPLATES), VALUES);
    const links = Array.from(bodyOf(html).querySelectorAll("a:not([data-vss-mention])"));
    expect(links.map((a) => [a.getAttribute("href"), a.textContent])).toEqual([[URL, "#42"]]);
    expect(activeParts(html)).toEqual([]);
  });

  it.each(SUBJECTS)("%s carries the ticket number as plain text", (_path, get) => {
    const subject = renderSubject(get(DEFAULT_TEMPLATES), VALUES);
    expect(subject).toContain("#42");
    expect(subject).not.toMatch(/[<>\n]/);
  });

  it("acknowledge and close comments mention the client with the markup that notifies", () => {
    const mention = mentionHtml(DANA);
    const ack = renderTemplate(DEFAULT_TEMPLATES.acknowledgeComment, VALUES);
    expect(ack).toContain(mention);
    expect(textOf(ack)).toContain("we will act on this request and reach out as soon as we have completed");
    const close = renderTemplate(DEFAULT_TEMPLATES.closeComment, VALUES);
    expect(close).toContain(mention);
    expect(textOf(close)).toContain("your request has been completed");
  });

  it("the task-complete comment mentions the coordinator and holds the changes table outside any <p>", () => {
    const html = renderTemplate(DEFAULT_TEMPLATES.taskCompleteComment, { ...VALUES, reassignments: [] });
    expect(html).toContain(mentionHtml(HOLLY));
    const table = bodyOf(html).querySelector("table")!;
    expect(table.closest("p")).toBeNull();
    expect(Array.from(table.querySelectorAll("tbody td")).map((td) => td.textContent)).toEqual([
      "ana.ruiz",
      "Added",
      "Agent",
    ]);
  });

  it("the completion mail lists the changes and, for a reassignment, what the new employee must do", () => {
    const html = renderTemplate(DEFAULT_TEMPLATES.completionMail.body, {
      ...VALUES,
      accountChanges: [...VALUES.accountChanges!, ...reassignmentChanges([USER_102])],
    });
    const text = textOf(html);
    expect(text).toContain("Hello Dana Whitfield");
    expect(text).toContain("ana.ruiz");
    expect(text).toContain(
      "Portal login e-mail: maria.gomez@contoso-dental.example → alex.chen@contoso-dental.example",
    );
    expect(text).toContain("Display name: Maria Gomez → Alex Chen");
    expect(text).toContain(
      'What Alex Chen must do: follow the "Forgot password" e-mail sent to alex.chen@contoso-dental.example to set a password, then sign in with alex.chen@contoso-dental.example.',
    );
    const noReset = copy(USER_102);
    noReset.changes.credentialReset = false;
    expect(
      textOf(
        renderTemplate("{{accountChanges}}", {
          ...VALUES,
          accountChanges: reassignmentChanges([noReset]),
          reassignments: [noReset],
        }),
      ),
    ).toContain(
      "What Alex Chen must do: sign in with alex.chen@contoso-dental.example; the password is unchanged.",
    );
  });

  it("renders every placeholder to something (no {{…}} is left over)", () => {
    const all = PLACEHOLDERS.map((p) => `{{${p.name}}}`).join("\n");
    expect(renderTemplate(all, VALUES)).not.toContain("{{");
    expect(renderSubject(all, VALUES)).not.toContain("{{");
    expect(renderSubject(all, VALUES)).toBe(
      "Dana Whitfield Dana Whitfield 42 #42 Reassign user: User 102 (Dana Whitfield) Customer portal Reassign user ana.ruiz added Holly Brooks Holly Brooks Remi Laurent Remi Laurent In progress",
    );
  });
});

describe("links", () => {
  it.each([
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    'https://x.example/" onmouseover="alert(1)',
    "https://x.example/<script>",
    "//evil.example/42",
    "",
  ])("are not made of %p: the number stays plain text", (url) => {
    const html = renderTemplate("See {{requestLink}}.", { ...VALUES, requestUrl: url });
    expect(html).toBe("<p>See #42.</p>");
  });

  it("accept http and https addresses, escaped inside the attribute", () => {
    const html = renderTemplate("{{requestLink}}", { ...VALUES, requestUrl: "HTTP://x.example/a?b=1&c=2" });
    expect(html).toBe('<p><a href="HTTP://x.example/a?b=1&amp;c=2">#42</a></p>');
    expect(bodyOf(html).querySelector("a")!.getAttribute("href")).toBe("HTTP://x.example/a?b=1&c=2");
  });
});

describe("mentions in templates", () => {
  it("fall back to the escaped name when the person has no usable identity id", () => {
    for (const id of [undefined, "", 'x" onclick="alert(1)']) {
      const html = renderTemplate("{{clientMention}} {{coordinatorMention}} {{staffMention}}", {
        ...VALUES,
        client: { id, displayName: "<b>Dana</b>" },
        coordinator: { id, displayName: "Holly" },
        staffMember: undefined,
      });
      expect(html).toBe("<p>&lt;b&gt;Dana&lt;/b&gt; Holly </p>");
    }
  });
});

describe("hostile text", () => {
  it.each(PAYLOAD_CASES)("%s in every value and in the template itself stays text", (_name, p) => {
    const values: TemplateValues = {
      client: { id: DANA.id, displayName: p, email: p },
      requestNumber: p as unknown as number,
      requestUrl: p,
      requestTitle: p,
      service: p,
      requestType: p,
      // The first change is of another account (the table), the second of the reassigned user (its list).
      accountChanges: [
        { account: `${p}!`, change: "Modified", details: p },
        { account: p, change: "Modified", details: p },
      ],
      reassignments: [
        { ...copy(USER_102), account: p, departingEmployee: p, newEmployeeName: p, newLoginEmail: p },
      ],
      coordinator: { id: p, displayName: p },
      staffMember: { displayName: p },
      stage: p,
    };
    const template = `${p}{{client}}\n${p}\n\n${PLACEHOLDERS.map((x) => `{{${x.name}}}`).join(` ${p} `)}`;
    const html = renderTemplate(template, values);
    expect(activeParts(html)).toEqual([]);
    // The mention is the only link: a hostile URL never becomes one.
    expect(Array.from(bodyOf(html).querySelectorAll("a")).map((a) => a.getAttribute("href"))).toEqual(["#"]);
    expect(bodyOf(html).querySelector("a")!.textContent).toBe(`@${p}`);
    expect(textOf(html).startsWith(`${p}${p}${p}`)).toBe(true);
    expect(bodyOf(html).querySelector("td")!.textContent).toBe(`${p}!`);
    expect(bodyOf(html).querySelector("li")!.textContent).toBe(p);

    for (const [, get] of [...ALL, ...SUBJECTS]) {
      const rendered = renderTemplate(get(DEFAULT_TEMPLATES), values);
      expect(activeParts(rendered)).toEqual([]);
    }
    const subject = renderSubject(`{{client}}: ${p}\n{{requestTitle}}`, values);
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe(`${p}: ${p} ${p}`.trim());
  });
});

describe("unknown placeholders", () => {
  it("are every {{…}} that is not a known name, misspelt, spaced or with other characters", () => {
    expect(
      unknownPlaceholders(
        "{{client}} {{ client }} {{Client}} {{clientname}} {{request number}} {{x-y}} {{}} {{client}}",
      ),
    ).toEqual(["Client", "clientname", "request number", "x-y", ""]);
    expect(unknownPlaceholders("no placeholders, { single } braces")).toEqual([]);
  });

  it("are none in the defaults", () => {
    for (const [, get] of [...ALL, ...SUBJECTS])
      expect(unknownPlaceholders(get(DEFAULT_TEMPLATES))).toEqual([]);
  });
});
