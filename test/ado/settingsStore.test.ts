import { createSettingsStore } from "../../src/ado/settingsStore";
import { FakeDocuments } from "../support/fakeDesk";

const INHERITED = ["Bug", "Task", "User Request", "User Story"];

function store(stored: unknown) {
  const documents = new FakeDocuments<unknown>("These settings");
  if (stored !== undefined) documents.docs.set("p1", { value: stored, etag: 3 });
  let typeReads = 0;
  const settings = createSettingsStore(
    "p1",
    async () => {
      typeReads++;
      return INHERITED;
    },
    documents,
  );
  return { settings, typeReads: () => typeReads };
}

describe("loading the settings document", () => {
  it("an old document without the types gets the process's own intake type, not a type the project lacks", async () => {
    const { settings, typeReads } = store({
      schemaVersion: 0,
      requestTag: "umd-request",
      services: ["Portal"],
    });
    const loaded = await settings.load();
    expect(loaded.settings.intakeType).toBe("User Request");
    expect(loaded.settings.taskType).toBe("Task");
    expect(loaded.settings.services).toEqual(["Portal"]);
    expect(loaded.problems).toEqual(["Settings of version 0 were read as version 1."]);
    expect(typeReads()).toBe(1);
  });

  it("a corrupt document is repaired from the process's defaults and says what was repaired", async () => {
    const { settings } = store({ intakeType: 42, taskType: "Task", templates: "oops", staff: [{ id: 1 }] });
    const loaded = await settings.load();
    expect(loaded.settings.intakeType).toBe("User Request");
    expect(loaded.problems).toEqual(
      expect.arrayContaining([
        "The intake type was invalid and was reset.",
        "The templates was invalid and was reset.",
      ]),
    );
    expect(loaded.etag).toBe(3);
  });

  it("a complete document is read without asking for the types", async () => {
    const { settings, typeReads } = store({ schemaVersion: 1, intakeType: "User Request", taskType: "Task" });
    await settings.load();
    expect(typeReads()).toBe(0);
  });
});
