/**
 * @jest-environment node
 */
/**
 * The task draft store and the settings document against the emulator, through the emulator host's data
 * manager (the same REST the real manager calls): the draft and the project's settings in ONE call, the
 * first run (no documents at all), damaged settings, and other tasks' and projects' documents kept apart.
 */
import type { DataManagerSource, ExtensionDataManager } from "../../src/ado/documentStore";
import { createDocumentStore, readDocuments } from "../../src/ado/documentStore";
import { createSettingsStore, SETTINGS_COLLECTION, settingsDocument } from "../../src/ado/settingsStore";
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
  let typeReads = 0;
  const types = async () => {
    typeReads++;
    return TYPES;
  };
  const document = settingsDocument(PROJECT, types);
  return {
    drafts: createTaskDraftStore(document, source),
    typeReads: () => typeReads,
  };
}

const log = async () =>
  (await (await fetch(`${emu.baseUrl}/_emulator/requests`)).json()) as { method: string; path: string }[];
const docs = (collection: string) =>
  `/fabrikam/_apis/ExtensionManagement/InstalledExtensions/umdesk/user-management-desk/Data/Scopes/Default/Current/Collections/${collection}/Documents`;

describe("reading a task's draft with the project's settings", () => {
  it("first run, nothing stored: one REST call, the process's default settings, no draft", async () => {
    const { drafts, typeReads } = stores();
    const read = await drafts.readWithSettings("4");
    expect((await log()).map((r) => `${r.method} ${r.path.split("/").pop()}`)).toEqual([
      "POST ExtensionDataCollectionQuery",
    ]);
    expect(read.draft).toEqual({ value: undefined, etag: undefined });
    expect(read.settings).toEqual({
      settings: defaultSettings({ workItemTypes: TYPES }),
      etag: undefined,
      isDefault: true,
      problems: [],
    });
    expect(typeReads()).toBe(1);
  });

  it("reads back what was saved, with the etags the next saves need, and no other task's or project's", async () => {
    const { drafts, typeReads } = stores();
    const saved = { ...defaultSettings({ workItemTypes: TYPES }), services: ["Dental portal"] };
    await emu.call("POST", docs(SETTINGS_COLLECTION), { body: { id: PROJECT, value: saved } });
    await emu.call("POST", docs(SETTINGS_COLLECTION), {
      body: { id: "another-project", value: { ...saved, services: ["Other"] } },
    });
    const first = await drafts.write("4", DRAFT, undefined);
    await drafts.write("5", { changes: [], checked: ["other task"] }, undefined);
    const before = (await log()).length;

    const read = await drafts.readWithSettings("4");

    expect((await log()).slice(before).map((r) => r.method)).toEqual(["POST"]);
    expect(read.draft).toEqual({ value: DRAFT, etag: first.etag });
    expect(read.settings.settings.services).toEqual(["Dental portal"]);
    expect(read.settings).toMatchObject({ etag: 1, isDefault: false, problems: [] });
    expect(typeReads()).toBe(0);
    // The etag read is the one to save with: the next save succeeds, a stale one is refused.
    const next = await drafts.write("4", { ...DRAFT, checked: [] }, read.draft.etag);
    expect(next.etag).toBe(first.etag! + 1);
    await expect(drafts.write("4", DRAFT, read.draft.etag)).rejects.toThrow(/changed by someone else/);
  });

  it("keeps each task's draft in a collection of its own, so the query returns that draft only", async () => {
    const { drafts } = stores();
    await drafts.write("4", DRAFT, undefined);
    const writes = (await log()).filter((r) => r.method === "POST").map((r) => r.path);
    expect(writes).toEqual([`${docs("task-draft-4")}`]);
    expect((await drafts.read("4")).value).toEqual(DRAFT);
  });

  it("damaged settings: repaired from the process's defaults, saying what was repaired", async () => {
    const { drafts } = stores();
    await emu.call("POST", docs(SETTINGS_COLLECTION), {
      body: { id: PROJECT, value: { schemaVersion: 1, intakeType: 42, taskType: "Task", staff: "remi" } },
    });
    const read = await drafts.readWithSettings("4");
    expect(read.settings.isDefault).toBe(false);
    expect(read.settings.settings.intakeType).toBe("User Request");
    expect(read.settings.settings.staff).toEqual([]);
    expect(read.settings.problems).toEqual(
      expect.arrayContaining(["The intake type was invalid and was reset."]),
    );
  });

  it("gives the same settings as the settings store reading them alone (the request panel's way)", async () => {
    const source = hostManager("holly");
    const { drafts } = stores(source);
    const saved = { ...defaultSettings({ workItemTypes: TYPES }), requestTag: "client-request" };
    await emu.call("POST", docs(SETTINGS_COLLECTION), { body: { id: PROJECT, value: saved } });
    const alone = createSettingsStore(
      PROJECT,
      async () => TYPES,
      createDocumentStore<unknown>(SETTINGS_COLLECTION, "These settings", source),
    );
    const together = (await drafts.readWithSettings("4")).settings;
    expect(together).toEqual(await alone.load());
    expect(together.settings.requestTag).toBe("client-request");
  });
});

describe("readDocuments", () => {
  const answering =
    (answer: Awaited<ReturnType<ExtensionDataManager["queryCollectionsByName"]>>): DataManagerSource =>
    async () =>
      ({ queryCollectionsByName: async () => answer }) as unknown as ExtensionDataManager;

  it("reads a collection the service answers with documents: null (it does not exist) as nothing stored", async () => {
    const read = await readDocuments(
      [{ collection: "task-draft-4", id: "4" }],
      answering([{ collectionName: "task-draft-4", documents: null }]),
    );
    expect(read).toEqual([{ value: undefined, etag: undefined }]);
  });

  it("refuses an answer without a collection it asked for, rather than read it as nothing stored", async () => {
    await expect(
      readDocuments(
        [
          { collection: SETTINGS_COLLECTION, id: PROJECT },
          { collection: "task-draft-4", id: "4" },
        ],
        answering([{ collectionName: "task-draft-4", documents: [] }]),
      ),
    ).rejects.toThrow(
      `Azure DevOps answered without the extension data collection "${SETTINGS_COLLECTION}".`,
    );
  });
});
