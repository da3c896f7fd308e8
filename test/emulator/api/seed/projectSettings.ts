/**
 * Client Services' desk settings as an administrator saved them: the project property
 * `UserManagementDesk.Settings` (contract of issue 17, section 1), written here as plain data — the settings
 * document (schemaVersion 2, revision 1, today's fields plus the client areas) as the extension stores it.
 * Basic Desk has no such property: it shows the first run.
 */
import { userByKey } from "../model/identities";
import { type Store } from "../store/store";

export const SETTINGS_PROPERTY = "UserManagementDesk.Settings";

const person = (key: string) => {
  const u = userByKey(key)!;
  return { id: u.id, displayName: u.displayName, uniqueName: u.email };
};

export const CLIENT_SERVICES_SETTINGS = {
  schemaVersion: 2,
  revision: 1,
  intakeType: "User Request",
  requestTag: "umd-request",
  taskType: "Task",
  states: {},
  coordinator: person("holly"),
  staff: [person("remi"), person("sam")],
  defaultAssigneeId: person("remi").id,
  services: ["Customer portal", "Phone system", "Voicemail"],
  templates: {
    acknowledgeComment:
      "{{clientMention}} thank you for your request {{requestLink}} ({{requestType}}): we will act on this request and reach out as soon as we have completed.",
    confirmationMail: {
      subject: "We received your request #{{requestNumber}}: {{requestType}}",
      body: "Hello {{client}},\n\nWe received your {{requestType}} request for {{service}}. Its ticket number is #{{requestNumber}}: {{requestLink}}\n\nWe will confirm when we start on it, and e-mail you the account details when it is done.",
    },
    notifyMail: {
      subject: "About your request #{{requestNumber}}",
      body: "Hello {{client}},\n\nAbout your request {{requestLink}} ({{requestType}}):\n\n\n\nKind regards,\n{{coordinator}}",
    },
    completionMail: {
      subject: "Done: your request #{{requestNumber}} ({{requestType}})",
      body: "Hello {{client}},\n\nThe account work for your request {{requestLink}} is done. These accounts were added, removed or modified:\n\n{{accountChanges}}\n\nWe will close the request shortly. Reply to this e-mail if anything is not as you expected.",
    },
    taskCompleteComment:
      "{{coordinatorMention}} the staff task for request {{requestLink}} is done ({{staffMember}}). Account changes:\n\n{{accountChanges}}",
    closeComment: "{{clientMention}} your request has been completed ({{requestLink}}). Thank you.",
  },
  clientsAreaRoot: "Client Services\\Clients",
  clientAreas: [
    { domain: "contoso-dental.example", areaPath: "Client Services\\Clients\\Contoso Dental" },
    { domain: "northwind.example", areaPath: "Client Services\\Clients\\Northwind Clinic" },
  ],
  clientAreaExceptions: [],
};

export function seedProjectSettings(store: Store): void {
  const project = store.project("Client Services")!;
  store.properties.set(project.id, new Map([[SETTINGS_PROPERTY, JSON.stringify(CLIENT_SERVICES_SETTINGS)]]));
}
