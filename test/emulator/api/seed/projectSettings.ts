/**
 * Client Services' desk settings as an administrator saved them: the project property
 * `UserManagementDesk.Settings` (contract of issue 17, section 1), written here as plain data — the settings
 * document (schemaVersion 2, revision 1, today's fields plus the client areas) as the extension stores it.
 * Basic Desk has no such property: it shows the first run.
 */
import { DEFAULT_SERVICES } from "../../../../src/domain/settings";
import { DEFAULT_TEMPLATES } from "../../../../src/domain/templates";
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
  services: [...DEFAULT_SERVICES],
  // The defaults an administrator starts from, as the settings page saves them.
  templates: JSON.parse(JSON.stringify(DEFAULT_TEMPLATES)) as typeof DEFAULT_TEMPLATES,
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
