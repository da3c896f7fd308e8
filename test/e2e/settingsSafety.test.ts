/**
 * Settings that are old or damaged are repaired and reported, never a crash: the request panel, the queue
 * hub and the settings page all open on such a document, say what was repaired, and the actions still work.
 * (Two administrators saving at once is in settings.test.ts: a 409, the conflict message and Reload.)
 */
import { loadManifest } from "../emulator/server";
import { emulatorState, openPanel, outcome, restWrite } from "./support/faults";
import {
  byRole,
  contributionFrame,
  type E2eSession,
  isConflictAnswer,
  unexpectedProblems,
  useEmulator,
} from "./support/harness";

const manifest = loadManifest();
const CS = "/fabrikam/Client%20Services";
const DOCS = `/fabrikam/_apis/ExtensionManagement/InstalledExtensions/${manifest.publisher}/${manifest.id}/Data/Scopes/Default/Current/Collections/project-settings/Documents?api-version=7.1-preview.1`;

/** An old document (version 0, no types) with damaged parts, as an earlier release or a bad edit leaves. */
const DAMAGED = {
  schemaVersion: 0,
  requestTag: "umd-request",
  states: "In Planning",
  staff: [{ id: 7 }, "Remi"],
  services: ["Dental portal", "", 42],
  templates: {
    acknowledgeComment: 12,
    closeComment: "{{clientMention}} done: your request has been completed.",
  },
  coordinator: "holly",
  webhookUrl: { url: "x" },
};

describe("old or damaged settings", () => {
  const e2e: E2eSession = useEmulator({ tolerate: isConflictAnswer });

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems()).filter((p) => !isConflictAnswer(p))).toEqual([]);
  });

  beforeEach(async () => {
    const projects = (await restWrite(e2e, "holly", "GET", "/fabrikam/_apis/projects", undefined)) as {
      value: { id: string; name: string }[];
    };
    const id = projects.value.find((p) => p.name === "Client Services")!.id;
    await restWrite(e2e, "holly", "POST", DOCS, { id, value: DAMAGED });
  });

  it("the request panel says what was repaired and Acknowledge still works with the repaired settings", async () => {
    const { panel } = await openPanel(e2e, "holly", 1);
    await panel
      .getByText(/^The saved settings needed repair: .*Settings of version 0 were read as version 1\./)
      .waitFor();
    await byRole(panel, "button", "Acknowledge").click();
    await outcome(panel, /^Acknowledged\./);
    expect(await emulatorState(e2e).state(1)).toBe("In Planning");
    // The damaged acknowledge template fell back to the default; the good close template was kept.
    expect((await emulatorState(e2e).comments(1)).at(-1)).toContain("we will act on this request");
  });

  it("the queue hub opens and says what was repaired", async () => {
    const page = await e2e.openAs("holly", `${CS}/_apps/hub/${manifest.publisher}.${manifest.id}.queue-hub`);
    const hub = await contributionFrame(page, "queue-hub");
    await hub.getByText(/^The saved settings needed repair: /).waitFor();
    await byRole(hub, "grid", "Submitted requests").waitFor();
  });

  it("the settings page lists the repairs and saves a clean document", async () => {
    const page = await e2e.openAs(
      "holly",
      `${CS}/_settings/${manifest.publisher}.${manifest.id}.settings-hub`,
    );
    const settings = await contributionFrame(page, "settings-hub");
    await settings
      .getByText("The saved settings were old or damaged and were repaired; review them and save:")
      .waitFor();
    await expect(byRole(settings, "textbox", "Close comment").inputValue()).resolves.toBe(
      "{{clientMention}} done: your request has been completed.",
    );
    await byRole(settings, "button", "Save").click();
    await settings.getByText(/Settings saved\./).waitFor();
    const saved = (await emulatorState(e2e).log())
      .filter((r) => r.method === "PUT" || r.method === "PATCH")
      .at(-1)!;
    expect(saved.body).toMatchObject({ __etag: 1, value: { schemaVersion: 1, intakeType: "User Request" } });
  });
});
