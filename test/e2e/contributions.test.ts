/**
 * Every contribution in the built manifest loads in the emulator through the real XDM protocol: handshake
 * with the host, notifyLoadSucceeded, and something rendered in its iframe. Form groups are checked on a
 * work item page, hubs on their hub or settings page, external content in a panel or dialog opened through
 * the host's layout code (window.__emulatorHost, the same path an extension's openPanel takes).
 */
import { type Page } from "playwright-core";

import { loadManifest } from "../emulator/server";
import {
  byRole,
  contributionFrame,
  hostLog,
  unexpectedProblems,
  useEmulator,
  waitForHostLog,
} from "./support/harness";

const manifest = loadManifest();
const ofType = (type: string) => manifest.contributions.filter((c) => c.type === type);
const fullId = (id: string) => `${manifest.publisher}.${manifest.id}.${id}`;
const CS = "/fabrikam/Client%20Services";

type Opener = (page: Page, id: string, kind: "panel" | "dialog") => Promise<{ page: string; source: string }>;

/** Opens a panel or dialog from the host itself (window.__emulatorHost) with an empty configuration. */
const fromHost: Opener = async (page, id, kind) => {
  await page.evaluate(
    ([contribution, k]) => {
      const host = (window as unknown as { __emulatorHost: Record<string, (id: string, o: object) => void> })
        .__emulatorHost;
      host[k === "dialog" ? "openCustomDialog" : "openPanel"](contribution, {
        title: "Opened by the e2e test",
      });
    },
    [fullId(id), kind] as const,
  );
  return { page: "Opened by the e2e test", source: "host" };
};

/**
 * Contributions that need their real opener's configuration are opened by their real opener, through the
 * extension's own openCustomDialog call (spec section 7 names the button).
 */
const OPENERS: Record<string, { workItem: number; open: Opener }> = {
  "notify-client-dialog": {
    workItem: 3,
    open: async (page) => {
      const panel = await contributionFrame(page, "work-item-panel");
      await byRole(panel, "button", "Notify client").click();
      return { page: "Notify client", source: "work-item-panel" };
    },
  },
};

async function expectRendered(page: Page, id: string): Promise<void> {
  const frame = await contributionFrame(page, id);
  await waitForHostLog(page, (e) => e.source === id && e.call === "HostControl.notifyLoadSucceeded");
  await frame.waitForFunction(() => (document.getElementById("root")?.childElementCount ?? 0) > 0);
  const handshake = (await hostLog(page)).find(
    (e) => e.source === id && e.call === "HostControl.initialHandshake",
  );
  expect(handshake?.detail).toEqual(expect.objectContaining({ sdkVersion: expect.any(Number) }));
}

describe("every contribution of the manifest loads in the emulator", () => {
  const e2e = useEmulator();

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  it("knows how to host every contribution type in the manifest", () => {
    const hostable = [
      "ms.vss-work-web.work-item-form-group",
      "ms.vss-web.hub",
      "ms.vss-web.external-content",
      "ms.vss-dashboards-web.widget",
      "ms.vss-dashboards-web.widget-configuration",
    ];
    expect(manifest.contributions.length).toBeGreaterThan(0);
    for (const c of manifest.contributions) expect(hostable).toContain(c.type);
  });

  it.each(ofType("ms.vss-work-web.work-item-form-group").map((c) => c.id))(
    "form group %s on a work item page",
    async (id) => {
      const page = await e2e.openAs("holly", `${CS}/_workitems/edit/1`);
      await expectRendered(page, id);
      // The form group also gets onLoaded through the object it registered.
      await waitForHostLog(page, (e) => e.source === id && e.call === "notify.onLoaded");
    },
  );

  it.each(
    ofType("ms.vss-web.hub").map((c) => [c.id, c.targets?.includes("ms.vss-web.project-admin-hub-group")]),
  )("hub %s on its page", async (id, isSettings) => {
    const path = isSettings
      ? `${CS}/_settings/${fullId(String(id))}`
      : `${CS}/_apps/hub/${fullId(String(id))}`;
    const page = await e2e.openAs("holly", path);
    await expectRendered(page, String(id));
  });

  it.each(ofType("ms.vss-dashboards-web.widget").map((c) => c.id))(
    "widget %s on the dashboard, and its configuration",
    async (id) => {
      const page = await e2e.openAs("holly", `${CS}/_dashboards`);
      await expectRendered(page, id);
      const configId = manifest.contributions
        .find((c) => c.id === id)!
        .targets!.find((t) => t.startsWith("."))!
        .slice(1);
      await byRole(page, "button", "Configure").click();
      await expectRendered(page, configId);
    },
  );

  it.each(ofType("ms.vss-web.external-content").map((c) => c.id))(
    "external content %s in a panel or dialog",
    async (id) => {
      const opener = OPENERS[id] ?? { workItem: 1, open: fromHost };
      const page = await e2e.openAs("holly", `${CS}/_workitems/edit/${opener.workItem}`);
      const kind = /dialog/i.test(id) ? "dialog" : "panel";
      const opened = await opener.open(page, id, kind);
      await expectRendered(page, id);
      const overlay = byRole(page, "dialog", opened.page);
      await byRole(overlay, "button", "Close").click();
      await waitForHostLog(page, (e) => e.source === opened.source && e.call === `layout.${kind}.closed`);
      await overlay.waitFor({ state: "detached" });
    },
  );
});
