import {
  defaultSettings,
  normalizeSettings,
  type Settings,
  validateSettings,
} from "../../src/domain/settings";
import type { WorkItemState } from "../../src/domain/states";
import { DEFAULT_TEMPLATES } from "../../src/domain/templates";

const s = (name: string, category: string): WorkItemState => ({ name, category });
const INHERITED = {
  workItemTypes: ["Bug", "Epic", "Feature", "User Request", "User Story", "Task"],
  intakeStates: [s("New", "Proposed"), s("In Planning", "InProgress"), s("Closed", "Completed")],
  taskStates: [
    s("New", "Proposed"),
    s("Active", "InProgress"),
    s("Closed", "Completed"),
    s("Removed", "Removed"),
  ],
};
const HOLLY = {
  id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d01",
  displayName: "Holly Brooks",
  uniqueName: "holly@fabrikam.example",
};
const REMI = {
  id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d02",
  displayName: "Remi Laurent",
  uniqueName: "remi@fabrikam.example",
};

describe("default settings", () => {
  it.each([
    ["Basic", ["Epic", "Issue", "Task"], "Issue"],
    ["Agile", ["Bug", "Epic", "Feature", "Issue", "Task", "Test Case", "User Story"], "Issue"],
    [
      "Scrum",
      ["Bug", "Epic", "Feature", "Impediment", "Product Backlog Item", "Task"],
      "Product Backlog Item",
    ],
    [
      "CMMI",
      ["Bug", "Change Request", "Epic", "Feature", "Issue", "Requirement", "Review", "Risk", "Task"],
      "Issue",
    ],
    ["CMMI without Issue", ["Bug", "Epic", "Requirement", "Task"], "Requirement"],
    ["inherited with a User Request type", INHERITED.workItemTypes, "User Request"],
    ["a process with none of the usual types", ["Ticket", "Chore"], "Ticket"],
  ])("%s process: the intake type is the best match", (_name, types, intake) => {
    expect(defaultSettings({ workItemTypes: types as string[] }).intakeType).toBe(intake);
  });

  it("works out of the box: Task, the umd-request tag, three services, the default templates, nobody yet", () => {
    expect(defaultSettings({ workItemTypes: INHERITED.workItemTypes })).toEqual({
      schemaVersion: 2,
      revision: 0,
      clientAreas: [],
      clientAreaExceptions: [],
      intakeType: "User Request",
      requestTag: "umd-request",
      taskType: "Task",
      states: {},
      staff: [],
      services: ["Customer portal", "Phone system", "Voicemail"],
      templates: DEFAULT_TEMPLATES,
    });
  });

  it("falls back to the first type when there is no Task type", () => {
    expect(defaultSettings({ workItemTypes: ["Ticket", "Chore"] }).taskType).toBe("Ticket");
  });

  it("hands out copies: editing one project's templates leaves the defaults alone", () => {
    const a = defaultSettings({ workItemTypes: ["Issue", "Task"] });
    a.templates.closeComment = "changed";
    a.services.push("Fax");
    const b = defaultSettings({ workItemTypes: ["Issue", "Task"] });
    expect(b.templates.closeComment).toBe(DEFAULT_TEMPLATES.closeComment);
    expect(b.services).toHaveLength(3);
  });

  it("are valid on the inherited process and on Basic", () => {
    expect(validateSettings(defaultSettings(INHERITED), INHERITED)).toEqual({});
    const basic = [s("To Do", "Proposed"), s("Doing", "InProgress"), s("Done", "Completed")];
    const ctx = { workItemTypes: ["Epic", "Issue", "Task"], intakeStates: basic, taskStates: basic };
    expect(validateSettings(defaultSettings(ctx), ctx)).toEqual({});
  });
});

describe("reading stored settings", () => {
  const fallback = defaultSettings(INHERITED);

  it("keeps a good document as it is", () => {
    const stored: Settings = {
      ...defaultSettings(INHERITED),
      states: { acknowledge: "In Planning" },
      coordinator: HOLLY,
      staff: [HOLLY, REMI],
      defaultAssigneeId: REMI.id,
      services: ["Phone system"],
      webhookUrl: "https://chat.example/hooks/1",
    };
    expect(normalizeSettings(JSON.parse(JSON.stringify(stored)), fallback)).toEqual({
      settings: stored,
      problems: [],
    });
  });

  it("gives the defaults without a complaint when nothing is stored yet", () => {
    expect(normalizeSettings(undefined, fallback)).toEqual({ settings: fallback, problems: [] });
  });

  it.each([null, "settings", 42, [1, 2], true])("replaces an unreadable document (%p) and says so", (raw) => {
    expect(normalizeSettings(raw, fallback)).toEqual({
      settings: fallback,
      problems: ["The stored settings were unreadable; defaults are in use."],
    });
  });

  it("repairs field by field: good fields stay, damaged ones fall back and are reported", () => {
    const { settings, problems } = normalizeSettings(
      {
        schemaVersion: 1,
        intakeType: "User Request",
        requestTag: 7,
        taskType: "",
        states: { acknowledge: " In Planning ", close: 3 },
        coordinator: { id: HOLLY.id },
        staff: [REMI, "Remi", null, { ...HOLLY, extra: "<script>" }],
        services: ["Phone system", "", "Phone system", 9, " Voicemail "],
        templates: {
          closeComment: 5,
          acknowledgeComment: "Hi {{clientMention}}",
          completionMail: { body: "Done." },
        },
        webhookUrl: 12,
      },
      fallback,
    );
    expect(settings).toEqual({
      ...fallback,
      states: { acknowledge: "In Planning" },
      staff: [REMI, HOLLY],
      services: ["Phone system", "Voicemail"],
      templates: {
        ...DEFAULT_TEMPLATES,
        acknowledgeComment: "Hi {{clientMention}}",
        completionMail: { subject: DEFAULT_TEMPLATES.completionMail.subject, body: "Done." },
      },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "The request tag was invalid and was reset.",
        "The task type was invalid and was reset.",
        "The close state override was invalid and was reset to the default.",
        "The coordinator was invalid and was reset.",
        "2 unreadable staff member(s) were removed from the staff list.",
        "Empty, duplicate or unreadable services were removed from the list.",
        "The template closeComment was invalid and was reset.",
        "The webhook URL was invalid and was reset.",
      ]),
    );
    expect(problems).toHaveLength(8);
  });

  it("treats a stored null as not set", () => {
    expect(
      normalizeSettings(
        { coordinator: null, webhookUrl: null, defaultAssigneeId: null, states: null },
        fallback,
      ),
    ).toEqual({ settings: fallback, problems: [] });
  });

  it("reads a document of another schema version as version 2, and says so", () => {
    const { settings, problems } = normalizeSettings({ schemaVersion: 7, intakeType: "Issue" }, fallback);
    expect(settings.schemaVersion).toBe(2);
    expect(settings.intakeType).toBe("Issue");
    expect(problems).toEqual(["Settings of version 7 were read as version 2."]);
  });

  it("reads a 0.1.0 document (version 1) without complaint: revision 0, no client areas", () => {
    const { settings, problems } = normalizeSettings(
      { schemaVersion: 1, intakeType: "Issue", coordinator: HOLLY, staff: [REMI] },
      fallback,
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ schemaVersion: 2, revision: 0, clientAreas: [], coordinator: HOLLY });
  });

  it.each([
    ["http://chat.example/hooks/1", "must be a valid https:// address"],
    ["https://user:secret@chat.example/hooks/1", "must not contain a user name or password"],
    ["https://token@chat.example/hooks/1", "must not contain a user name or password"],
    ["javascript:alert(1)", "must be a valid https:// address"],
  ])("drops a stored webhook it must not post to (%s), and says why", (url, why) => {
    const { settings, problems } = normalizeSettings({ webhookUrl: url }, fallback);
    expect(settings.webhookUrl).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^The staff channel webhook was dropped\. /);
    expect(problems[0]).toContain(why);
  });

  it("reads client areas entry by entry: tidied, damaged entries dropped and counted", () => {
    const { settings, problems } = normalizeSettings(
      {
        schemaVersion: 2,
        revision: 4,
        clientsAreaRoot: "Client Services\\Clients\\",
        clientAreas: [
          { domain: " Contoso-Dental.example ", areaPath: "Client Services/Clients/Contoso Dental" },
          { domain: "not a domain", areaPath: "Client Services\\Clients\\X" },
          "northwind.example",
        ],
        clientAreaExceptions: [
          { email: "Pat@Tailspin.example", areaPath: "Client Services\\Clients\\Tailspin" },
        ],
      },
      fallback,
    );
    expect(settings).toMatchObject({
      revision: 4,
      clientsAreaRoot: "Client Services\\Clients",
      clientAreas: [
        { domain: "contoso-dental.example", areaPath: "Client Services\\Clients\\Contoso Dental" },
      ],
      clientAreaExceptions: [
        { email: "pat@tailspin.example", areaPath: "Client Services\\Clients\\Tailspin" },
      ],
    });
    expect(problems).toEqual(["2 unreadable client area mapping(s) were removed."]);
  });

  it("never throws, whatever is stored", () => {
    const junk: unknown[] = [
      { states: "x", templates: [], staff: {}, services: "a;b" },
      {
        templates: { confirmationMail: "text", notifyMail: [1], completionMail: { subject: 1, body: null } },
      },
      { staff: [[], 0, { id: 1, displayName: "x", uniqueName: "y" }] },
      Object.create(null),
      { __proto__: { intakeType: "Injected" } },
    ];
    for (const raw of junk) {
      const { settings } = normalizeSettings(raw, fallback);
      expect(validateSettings(settings, INHERITED)).toEqual({});
    }
  });
});

describe("validating settings", () => {
  const valid = (): Settings => ({ ...defaultSettings(INHERITED), coordinator: HOLLY, staff: [REMI] });

  it("names an intake or task type the project does not have, with the types it has", () => {
    const errors = validateSettings({ ...valid(), intakeType: "Request", taskType: "Chore" }, INHERITED);
    expect(errors.intakeType).toBe(
      'The work item type "Request" does not exist in this project (types: Bug, Epic, Feature, User Request, User Story, Task).',
    );
    expect(errors.taskType).toContain('"Chore" does not exist');
  });

  it("checks state overrides against the real states", () => {
    const errors = validateSettings({ ...valid(), states: { close: "Done", taskDone: "closed" } }, INHERITED);
    expect(Object.keys(errors)).toEqual(["states.close"]);
    expect(errors["states.close"]).toContain('"Done"');
    expect(errors["states.close"]).toContain("New (Proposed), In Planning (InProgress), Closed (Completed)");
    expect(errors["states.close"]).toContain("Project settings > User Management Desk");
  });

  it("names each template with an unknown placeholder", () => {
    const settings = valid();
    settings.templates.completionMail.body =
      "Hello {{clientName}}, {{ client }} {{requestNumber}} {{account changes}}";
    settings.templates.closeComment = "{{clientMention}} done";
    expect(validateSettings(settings, INHERITED)).toEqual({
      "templates.completionMail.body":
        "Unknown placeholders {{clientName}}, {{account changes}}; use one of the listed placeholders.",
    });
  });

  it("refuses an empty template", () => {
    const settings = valid();
    settings.templates.confirmationMail.subject = "  ";
    expect(validateSettings(settings, INHERITED)).toEqual({
      "templates.confirmationMail.subject": "Write the message; it cannot be empty.",
    });
  });

  it.each([
    "http://chat.example/hook",
    "javascript:alert(1)",
    "data:text/html,x",
    "not a url",
    "ftp://x.example",
  ])("accepts only an https webhook, not %s", (url) => {
    expect(validateSettings({ ...valid(), webhookUrl: url }, INHERITED)).toEqual({
      webhookUrl: "The webhook URL must be a valid https:// address.",
    });
  });

  it("refuses a webhook with credentials in it", () => {
    expect(validateSettings({ ...valid(), webhookUrl: "https://u:p@chat.example/h" }, INHERITED)).toEqual({
      webhookUrl:
        "The webhook URL must not contain a user name or password; use the secret address the channel gives instead.",
    });
  });

  it("wants every client area under the clients root, each domain and e-mail once", () => {
    const errors = validateSettings(
      {
        ...valid(),
        clientsAreaRoot: "Client Services\\Clients",
        clientAreas: [
          { domain: "contoso-dental.example", areaPath: "Client Services\\Clients\\Contoso Dental" },
          { domain: "Contoso-Dental.example", areaPath: "Client Services\\Clients\\Other" },
          { domain: "northwind.example", areaPath: "Client Services\\Northwind" },
          { domain: "nope", areaPath: "" },
        ],
        clientAreaExceptions: [{ email: "pat", areaPath: "Client Services\\Clients\\Tailspin" }],
      },
      INHERITED,
    );
    expect(errors).toEqual({
      "clientAreas.1.domain": "Contoso-Dental.example is mapped twice.",
      "clientAreas.2.areaPath":
        "The area must be under Client Services\\Clients, so that client areas are kept apart.",
      "clientAreas.3.domain": "Enter an e-mail domain, such as contoso-dental.example.",
      "clientAreas.3.areaPath": "Enter the area path.",
      "clientAreaExceptions.0.email": "Enter an e-mail address.",
    });
    expect(
      validateSettings(
        {
          ...valid(),
          clientAreas: [{ domain: "northwind.example", areaPath: "Client Services\\Clients\\Northwind" }],
        },
        INHERITED,
      ),
    ).toEqual({ clientsAreaRoot: "Enter the area under which each client organization has its own area." });
  });

  it("accepts an https webhook", () => {
    expect(
      validateSettings({ ...valid(), webhookUrl: "https://chat.example/hooks/abc?x=1" }, INHERITED),
    ).toEqual({});
  });

  it("wants the default assignee among the staff, at least one service, and a usable tag", () => {
    expect(
      validateSettings(
        { ...valid(), defaultAssigneeId: HOLLY.id, services: [], requestTag: "a;b" },
        INHERITED,
      ),
    ).toEqual({
      defaultAssigneeId: "The default assignee must be one of the staff members.",
      services: "Offer at least one service.",
      requestTag: "A tag cannot contain ; or ,.",
    });
    expect(validateSettings({ ...valid(), defaultAssigneeId: REMI.id }, INHERITED)).toEqual({});
  });
});
