/**
 * The emulator's own work item form and the form events it sends to the extension: a save through the
 * host form PATCHes with `test /rev` and delivers onSaved to the object the form group registered; comments
 * go in as System.History; a concurrent change surfaces as an error; the theme switch reaches the iframe.
 *
 * Needs from the extension: the form group registers its listener with SDK.register(SDK.getContributionId(), …)
 * (src/contributions/work-item-panel/index.tsx does). Without it the host logs notify.lookup "not-found" for
 * the full and the relative id and these tests fail on the missing "delivered" outcome.
 */
import { type Page } from "playwright-core";

import {
  byRole,
  contributionFrame,
  hostLog,
  isConflictAnswer,
  unexpectedProblems,
  useEmulator,
  waitForHostLog,
} from "./support/harness";

const FORM_GROUP = "work-item-panel";
const ITEM = "/fabrikam/Client%20Services/_workitems/edit/1";

interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  body?: unknown;
}

describe("the emulator's work item form", () => {
  // One test provokes a `test /rev` conflict on purpose: its 412 is the answer the form shows.
  const e2e = useEmulator({ tolerate: isConflictAnswer });

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems()).filter((p) => !isConflictAnswer(p))).toEqual([]);
  });

  async function openLoadedItem(): Promise<Page> {
    const page = await e2e.openAs("holly", ITEM);
    await contributionFrame(page, FORM_GROUP);
    await waitForHostLog(
      page,
      (e) =>
        e.source === FORM_GROUP &&
        e.call === "notify.onLoaded" &&
        (e.detail as { outcome?: string })?.outcome === "delivered",
    );
    return page;
  }

  async function rest<T>(path: string, init: RequestInit = {}): Promise<T> {
    const res = await fetch(e2e.emulator.url + path, {
      ...init,
      headers: {
        Accept: "application/json;api-version=7.1",
        Authorization: `Bearer ${e2e.emulator.api.tokenFor("holly")}`,
        ...init.headers,
      },
    });
    return (await res.json()) as T;
  }

  it("saves through REST with test /rev and delivers onSaved to the form group", async () => {
    const page = await openLoadedItem();
    await byRole(page, "textbox", "Title").fill("Invitation for Priya Raman (renamed in e2e)");
    await byRole(page, "textbox", "Title").press("Tab");
    // The host forwards the edit as onFieldChanged before the save.
    await waitForHostLog(page, (e) => e.source === FORM_GROUP && e.call === "notify.onFieldChanged");
    await byRole(page, "button", "Save").click();

    const saved = await waitForHostLog(page, (e) => e.source === FORM_GROUP && e.call === "notify.onSaved");
    expect(saved.detail).toEqual({ args: { id: 1 }, outcome: "delivered" });

    const item = await rest<{ rev: number; fields: Record<string, unknown> }>(
      "/fabrikam/_apis/wit/workitems/1",
    );
    expect(item.fields["System.Title"]).toBe("Invitation for Priya Raman (renamed in e2e)");
    const requests = await rest<RequestLogEntry[]>("/_emulator/requests");
    const patch = requests.find((r) => r.method === "PATCH" && /workitems\/1$/i.test(r.path));
    expect(patch?.body).toEqual(expect.arrayContaining([{ op: "test", path: "/rev", value: item.rev - 1 }]));
    await expect(byRole(page, "button", "Save").isDisabled()).resolves.toBe(true);
  });

  it("posts a comment as System.History and shows it first in the discussion", async () => {
    const page = await openLoadedItem();
    await byRole(page, "textbox", "Add a comment").fill("Checking with <b>Dana</b> today.");
    await byRole(page, "textbox", "Add a comment").press("Tab");
    await byRole(page, "button", "Save").click();
    await waitForHostLog(page, (e) => e.source === FORM_GROUP && e.call === "notify.onSaved");

    const first = page.getByRole("list", { name: "Comments" }).getByRole("listitem").first();
    // Shown as text: the markup the person typed is escaped, not interpreted.
    await expect(first.textContent()).resolves.toContain("Checking with <b>Dana</b> today.");
    const comments = await rest<{ comments: { text: string }[] }>(
      "/fabrikam/Client%20Services/_apis/wit/workItems/1/comments?api-version=7.1-preview.4",
    );
    expect(comments.comments.map((c) => c.text)).toContain(
      "<div>Checking with &lt;b&gt;Dana&lt;/b&gt; today.</div>",
    );
  });

  it("shows the REST conflict when the item changed since it was read, and saves after Refresh", async () => {
    const page = await openLoadedItem();
    await rest("/fabrikam/_apis/wit/workitems/1", {
      method: "PATCH",
      headers: { "Content-Type": "application/json-patch+json" },
      body: JSON.stringify([{ op: "add", path: "/fields/System.Tags", value: "changed-elsewhere" }]),
    });
    await byRole(page, "combobox", "State").selectOption("In Planning");
    await byRole(page, "button", "Save").click();
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: /rev|revision|changed|conflict/i })
        .first()
        .waitFor(),
    ).resolves.toBeUndefined();

    await byRole(page, "button", "Refresh").click();
    await waitForHostLog(page, (e) => e.source === FORM_GROUP && e.call === "notify.onRefreshed");
    await expect(byRole(page, "textbox", "Tags").inputValue()).resolves.toContain("changed-elsewhere");
    await byRole(page, "combobox", "State").selectOption("In Planning");
    await byRole(page, "button", "Save").click();
    await waitForHostLog(page, (e) => e.source === FORM_GROUP && e.call === "notify.onSaved");
  });

  it("switches the theme on the host and in the extension's iframe", async () => {
    const page = await openLoadedItem();
    const frame = await contributionFrame(page, FORM_GROUP);
    const background = () =>
      frame.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue("--background-color").trim(),
      );
    await expect(background()).resolves.toBe("rgba(255, 255, 255, 1)");
    await expect(frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).resolves.toBe(
      "light",
    );
    await byRole(page, "button", "Dark theme").click();
    await frame.waitForFunction(
      () =>
        getComputedStyle(document.documentElement).getPropertyValue("--background-color").trim() ===
        "rgba(30, 30, 30, 1)",
    );
    expect(new URL(page.url()).searchParams.get("theme")).toBe("dark");
    // Native controls (the date field's calendar icon, scrollbars) follow: drawn for a dark page.
    await frame.waitForFunction(() => getComputedStyle(document.documentElement).colorScheme === "dark");
    expect((await hostLog(page)).some((e) => e.call === "HostControl.initialHandshake")).toBe(true);
  });
});
