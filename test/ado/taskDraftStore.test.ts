/**
 * @jest-environment node
 */
/**
 * The task draft store and the 0.1.0 settings document against the emulator, through the emulator host's
 * data manager (the same REST the real manager calls): drafts with their etags, each task's apart, and the
 * old settings document read for its one-time migration.
 */
import type { DataManagerSource, ExtensionDataManager } from "../../src/ado/documentStore";
import { createDocumentStore } from "../../src/ado/documentStore";
import { createSettingsStore, SETTINGS_COLLECTION } from "../../src/ado/settingsStore";
import { createTaskDraftStore, type TaskDraft } from "../../src/ado/taskDraftStore";
import { defaultSettings } from "../../src/domain/settings";
import { type RunningEmulator, startEmulator } from "../emulator/api/testing";
import type { PageEnv } from "../emulator/host/env";
import { createRest } from "../emulator/host/rest";
import { extensionDataService } from "../emulator/host/services/extensionData";

const PROJECT = "5e0b7a2d-9c41-4f3a-8e6b-1d2c3b4a5f01";
const TYPES = ["Bug", "Task", "User Request"];
const DRAFT: TaskDraft = {
  changes: [{ account: "User 102", change: "Modified", details: "login e-mail changed" }],
  checked: ["reassign-0-inplace"],
};

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

/**
 * The emulator host's manager for the extension, signed in as `user`. Its getDocument may also answer a
 * default value, so its type is wider than the part the extension declares; as over XDM, it is taken as that.
 */
const hostManager =
  (user = "remi"): DataManagerSource =>
  () =>
    extensionDataService({
      rest: createRest(emu.api.context(), emu.api.tokenFor(user)),
    } as PageEnv).getExtensionDataManager(
      "umdesk.user-management-desk",
      emu.api.tokenFor(user),
    ) as unknown as Promise<ExtensionDataManager>;

function stores(source = hostManager()) {
  return { drafts: createTaskDraftStore(source) };
}

const log = async () =>
  (await (await fetch(`${emu.baseUrl}/_emulator/requests`)).json()) as { method: string; path: string }[];
const docs = (collection: string) =>
  `/fabrikam/_apis/ExtensionManagement/InstalledExtensions/umdesk/user-management-desk/Data/Scopes/Default/Current/Collections/${collection}/Documents`;

describe("a task's draft", () => {
  it("nothing stored: no draft, no etag", async () => {
    const { drafts } = stores();
    expect(await drafts.read("4")).toEqual({ value: undefined, etag: undefined });
  });

  it("reads back what was saved, with the etag the next save needs, and no other task's", async () => {
    const { drafts } = stores();
    const first = await drafts.write("4", DRAFT, undefined);
    await drafts.write("5", { changes: [], checked: ["other task"] }, undefined);
    const read = await drafts.read("4");
    expect(read).toEqual({ value: DRAFT, etag: first.etag });
    // The etag read is the one to save with: the next save succeeds, a stale one is refused.
    const next = await drafts.write("4", { ...DRAFT, checked: [] }, read.etag);
    expect(next.etag).toBe(first.etag! + 1);
    await expect(drafts.write("4", DRAFT, read.etag)).rejects.toThrow(/changed by someone else/);
  });

  it("keeps each task's draft in a collection of its own", async () => {
    const { drafts } = stores();
    await drafts.write("4", DRAFT, undefined);
    const writes = (await log()).filter((r) => r.method === "POST").map((r) => r.path);
    expect(writes).toEqual([`${docs("task-draft-4")}`]);
    expect((await drafts.read("4")).value).toEqual(DRAFT);
  });
});

describe("the 0.1.0 settings document (read only to offer its migration)", () => {
  const store = (source: DataManagerSource) =>
    createSettingsStore({
      transport: { send: () => Promise.reject(new Error("Not implemented: REST")) },
      projectId: PROJECT,
      workItemTypes: async () => TYPES,
      legacy: createDocumentStore<unknown>(SETTINGS_COLLECTION, "The 0.1.0 settings", source),
    });

  it("is read from extension data, this project's document only, repaired like any stored settings", async () => {
    const saved = {
      ...defaultSettings({ workItemTypes: TYPES }),
      schemaVersion: 1,
      services: ["Dental portal"],
    };
    await emu.call("POST", docs(SETTINGS_COLLECTION), { body: { id: PROJECT, value: saved } });
    await emu.call("POST", docs(SETTINGS_COLLECTION), {
      body: { id: "another-project", value: { ...saved, services: ["Other"] } },
    });
    const legacy = await store(hostManager("holly")).loadLegacy();
    expect(legacy).toMatchObject({ isDefault: false, problems: [], revision: undefined });
    expect(legacy!.settings.services).toEqual(["Dental portal"]);
    expect(legacy!.settings.schemaVersion).toBe(2);
  });

  it("is absent on a project that never saved settings in 0.1.0", async () => {
    expect(await store(hostManager("holly")).loadLegacy()).toBeUndefined();
  });
});
