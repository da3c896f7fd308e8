/**
 * Settings that are old or damaged are repaired and reported, never a crash: the request panel, the queue
 * hub and the settings page all open on such a document, say what was repaired, and the actions still work.
 * (Two saves at once are in settings.test.ts: the revision check, the conflict message and Reload.)
 */
import { loadManifest } from "../emulator/server";
import { emulatorState, openPanel, outcome } from "./support/faults";
import {
  byRole,
  contributionFrame,
  type E2eSession,
  isConflictAnswer,
  unexpectedProblems,
  useEmulator,
} from "./support/harness";
import { writeSettingsProperty } from "./support/settingsProperty";

const manifest = loadManifest();
const CS = "/fabrikam/Client%20Services";

/**
 * Old settings (version 0, no types) with damaged parts, as an earlier release or a bad edit leaves them. The
 * coordinator and staff are unreadable, so the project runs as unconfigured: its administrator (Holly) acts.
 */
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
    await writeSettingsProperty(e2e, "Client Services", DAMAGED);
  });

  it("the request panel says what was repaired and Acknowledge still works with the repaired settings", async () => {
    const { panel } = await openPanel(e2e, "holly", 1);
    await panel
      .getByText(/^The saved settings needed repair: .*Settings of version 0 were read as version 2\./)
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
      .filter((r) => r.method === "PATCH" && /\/properties$/.test(r.path))
      .at(-1)!;
    const [op] = saved.body as { op: string; path: string; value: string }[];
    expect(JSON.parse(op.value)).toMatchObject({ schemaVersion: 2, revision: 1, intakeType: "User Request" });
  });
});
