/**
 * The trusted settings store over a project property: what is read and written (the REST requests), the
 * revision check that stands in for an etag, Azure DevOps's refusal of a non-administrator's save, and
 * repairs of old or damaged values.
 */
import { createProjectProperty } from "../../src/ado/projectProperties";
import { DocumentConflictError, RestError, SettingsRefusedError } from "../../src/ado/restErrors";
import type { RestRequest, RestTransport } from "../../src/ado/restTransport";
import { createSettingsStore, SETTINGS_PROPERTY } from "../../src/ado/settingsStore";
import { defaultSettings } from "../../src/domain/settings";
import { notImplemented } from "../support/fakeDesk";

const INHERITED = ["Bug", "Task", "User Request", "User Story"];
const PROJECT = "5e0b7a2d-9c41-4f3a-8e6b-1d2c3b4a5f01";
const PATH = `_apis/projects/${PROJECT}/properties`;
const VS402904 =
  "VS402904: Access denied: User Remi Laurent does not have access to the requested project-level information.  Edit project-level information permission is required.";

/** Project properties as Core REST keeps them: GET by key, PATCH add/remove, writes for administrators only. */
class FakeProperties implements RestTransport {
  public props = new Map<string, string>();
  public requests: RestRequest[] = [];
  public admin = true;
  public async send<T>(request: RestRequest): Promise<T> {
    this.requests.push(request);
    if (request.path !== PATH) return notImplemented(`${request.method} ${request.path}`);
    if (request.method === "GET") {
      const keys = String(request.query?.keys ?? "").split(",");
      const value = keys.filter((k) => this.props.has(k)).map((k) => ({ name: k, value: this.props.get(k) }));
      return { count: value.length, value } as T;
    }
    if (request.method === "PATCH") {
      if (!this.admin) throw new RestError(403, VS402904, "UnauthorizedRequestException");
      for (const op of request.body as { op: string; path: string; value?: string }[]) {
        if (op.op === "add") this.props.set(op.path.slice(1), String(op.value));
        else if (op.op === "remove") this.props.delete(op.path.slice(1));
        else throw new RestError(400, `op ${op.op} is not supported`);
      }
      return undefined as T;
    }
    return notImplemented(request.method);
  }
}

function store(stored?: unknown) {
  const rest = new FakeProperties();
  if (stored !== undefined)
    rest.props.set(SETTINGS_PROPERTY, typeof stored === "string" ? stored : JSON.stringify(stored));
  let typeReads = 0;
  const settings = createSettingsStore({
    transport: rest,
    projectId: PROJECT,
    workItemTypes: async () => {
      typeReads++;
      return INHERITED;
    },
    property: createProjectProperty(rest, PROJECT, SETTINGS_PROPERTY),
    legacy: { read: () => notImplemented("legacy read"), write: () => notImplemented("legacy write") },
  });
  return { settings, rest, typeReads: () => typeReads };
}

describe("loading the settings property", () => {
  it("asks for the one property by key, and nothing stored means the process's defaults", async () => {
    const { settings, rest } = store();
    const loaded = await settings.load();
    expect(rest.requests).toEqual([
      {
        method: "GET",
        path: PATH,
        apiVersion: "7.1-preview.1",
        query: { keys: "UserManagementDesk.Settings" },
        retryable: true,
      },
    ]);
    expect(loaded).toEqual({
      settings: defaultSettings({ workItemTypes: INHERITED }),
      revision: undefined,
      isDefault: true,
      problems: [],
    });
  });

  it("an old value without the types gets the process's own intake type, not a type the project lacks", async () => {
    const { settings, typeReads } = store({
      schemaVersion: 0,
      requestTag: "umd-request",
      services: ["Portal"],
    });
    const loaded = await settings.load();
    expect(loaded.settings.intakeType).toBe("User Request");
    expect(loaded.settings.services).toEqual(["Portal"]);
    expect(loaded.problems).toEqual(["Settings of version 0 were read as version 2."]);
    expect(typeReads()).toBe(1);
  });

  it("a value that is not JSON: defaults in use, said so, and a save must still re-read first", async () => {
    const { settings } = store("{not json");
    const loaded = await settings.load();
    expect(loaded).toMatchObject({
      isDefault: false,
      revision: 0,
      problems: ["The stored settings were unreadable; defaults are in use."],
    });
  });

  it("a complete value is read without asking for the types", async () => {
    const { settings, typeReads } = store({
      schemaVersion: 2,
      revision: 5,
      intakeType: "User Request",
      taskType: "Task",
    });
    expect((await settings.load()).revision).toBe(5);
    expect(typeReads()).toBe(0);
  });
});

describe("saving the settings property", () => {
  const base = () => ({ ...defaultSettings({ workItemTypes: INHERITED }), services: ["Dental portal"] });

  it("re-reads, then writes the whole settings as one JSON Patch add, revision + 1", async () => {
    const { settings, rest } = store();
    const saved = await settings.save(base(), undefined);
    const patch = rest.requests.at(-1)!;
    expect(rest.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
    expect(patch).toMatchObject({
      method: "PATCH",
      path: PATH,
      apiVersion: "7.1-preview.1",
      contentType: "application/json-patch+json",
    });
    const [op] = patch.body as { op: string; path: string; value: string }[];
    expect(op.op).toBe("add");
    expect(op.path).toBe("/UserManagementDesk.Settings");
    expect(JSON.parse(op.value)).toEqual({ ...base(), schemaVersion: 2, revision: 1 });
    expect(saved).toMatchObject({ revision: 1, isDefault: false, problems: [] });
    expect((await settings.load()).settings.services).toEqual(["Dental portal"]);
  });

  it("refuses when someone saved since (the revision moved), and writes nothing", async () => {
    const { settings, rest } = store({ ...base(), revision: 3 });
    await settings.save(base(), 3);
    const writes = () => rest.requests.filter((r) => r.method === "PATCH").length;
    expect(writes()).toBe(1);
    const stale = settings.save({ ...base(), services: ["Mine"] }, 3);
    await expect(stale).rejects.toBeInstanceOf(DocumentConflictError);
    await expect(stale).rejects.toThrow(
      "These settings were changed by someone else since you opened them. Reload to see their version.",
    );
    expect(writes()).toBe(1);
  });

  it("a first save finding settings already stored is a conflict too", async () => {
    const { settings } = store({ ...base(), revision: 1 });
    await expect(settings.save(base(), undefined)).rejects.toBeInstanceOf(DocumentConflictError);
  });

  it("turns Azure DevOps's refusal (403, not a project administrator) into a clear message", async () => {
    const { settings, rest } = store();
    rest.admin = false;
    const refused = settings.save(base(), undefined);
    await expect(refused).rejects.toBeInstanceOf(SettingsRefusedError);
    await expect(refused).rejects.toThrow(
      /^Azure DevOps refused to save the settings: only project administrators can change them \(they need "Edit project-level information" and "Manage project properties" on this project\)\. Ask a project administrator to make this change\. Azure DevOps said: VS402904/,
    );
    expect(rest.props.size).toBe(0);
  });

  it("migrates: what the 0.1.0 document held is saved as the first revision", async () => {
    const { settings, rest } = store();
    const legacy = { ...base(), schemaVersion: 2 as const, revision: 0 };
    await settings.save(legacy, undefined);
    expect(JSON.parse(rest.props.get(SETTINGS_PROPERTY)!)).toMatchObject({
      revision: 1,
      services: ["Dental portal"],
    });
  });
});
