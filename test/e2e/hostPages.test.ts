/**
 * The host pages themselves: the index as the signed-in user sees it (and links that keep the user), the
 * host's message dialog with the caller's button names, and the server's answers for unknown pages/users.
 */
import { byRole, hostLog, unexpectedProblems, useEmulator, waitForHostLog } from "./support/harness";

describe("the emulator's host pages", () => {
  const e2e = useEmulator();

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  it("lists the work items the signed-in user can see, with links that keep the user", async () => {
    const page = await e2e.openAs("dana", "/");
    const link = byRole(page, "link", "Reassign user: User 102 (ext. 102) (Dana Whitfield)");
    await link.waitFor();
    await expect(byRole(page, "link", "Account reset: User 214 (Chris Novak)").count()).resolves.toBe(0);
    await expect(byRole(page, "combobox", "Signed in as").inputValue()).resolves.toBe("dana");
    await link.click();
    await page.waitForURL(/\/_workitems\/edit\/2\?/);
    expect(new URL(page.url()).searchParams.get("as")).toBe("dana");
    await expect(byRole(page, "textbox", "Title").inputValue()).resolves.toBe(
      "Reassign user: User 102 (ext. 102) (Dana Whitfield)",
    );
  });

  it("shows message dialogs with the caller's button names and reports the choice", async () => {
    const page = await e2e.openAs("holly", "/fabrikam/Client%20Services/_workitems/edit/5");
    await page.evaluate(() =>
      (
        window as unknown as { __emulatorHost: { openMessageDialog(m: string, o: object): void } }
      ).__emulatorHost.openMessageDialog("Close the request now?", {
        title: "Close request",
        okText: "Close request",
      }),
    );
    const dialog = byRole(page, "alertdialog", "Close request");
    await byRole(dialog, "button", "Cancel").waitFor();
    await byRole(dialog, "button", "Close request").click();
    const closed = await waitForHostLog(page, (e) => e.call === "layout.message.closed");
    expect(closed.detail).toEqual({ result: true });
    expect((await hostLog(page)).length).toBeGreaterThan(0);
  });

  it("shows a saved query's results as the signed-in user may see them", async () => {
    const api = e2e.emulator.api;
    const res = await fetch(`${e2e.emulator.url}/fabrikam/Client%20Services/_apis/wit/queries/My%20Queries`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${api.tokenFor("dana")}`,
        Accept: "application/json;api-version=7.1",
        "Content-Type": "application/json",
      },
      body: JSON.stringify({
        name: "My requests",
        wiql: "SELECT [System.Id] FROM WorkItems WHERE [System.WorkItemType] = 'User Request' ORDER BY [System.Id]",
      }),
    });
    const { id } = (await res.json()) as { id: string };
    const page = await e2e.openAs("dana", `/fabrikam/Client%20Services/_queries/query/${id}`);
    const grid = byRole(page, "table", "Results of My requests");
    await grid.waitFor();
    const titles = await grid.getByRole("link").allInnerTexts();
    expect(titles).toHaveLength(3);
    expect(titles.every((t) => t.endsWith("(Dana Whitfield)"))).toBe(true);
  });

  it("does not load an extension hub for a Stakeholder, and says why", async () => {
    const page = await e2e.openAs(
      "dana",
      "/fabrikam/Client%20Services/_apps/hub/umdesk.user-management-desk.queue-hub",
    );
    await page.getByRole("status").filter({ hasText: "does not load for Stakeholder access" }).waitFor();
    await expect(page.locator("iframe").count()).resolves.toBe(0);
  });

  it("answers 404 for unknown pages and 400 for unknown users", async () => {
    const base = e2e.emulator.url;
    expect((await fetch(`${base}/fabrikam/Client%20Services/_apps/hub/someone.else.hub`)).status).toBe(404);
    expect((await fetch(`${base}/fabrikam/Client%20Services/_workitems/edit/1?as=mallory`)).status).toBe(400);
    expect((await fetch(`${e2e.emulator.extensionUrl}package.json`)).status).toBe(404);
  });
});
