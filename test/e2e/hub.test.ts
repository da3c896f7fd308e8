/** The queue hub in the emulator: seeded requests in their stages, a row action, and a client's own view. */
import { type Frame } from "playwright-core";

import { loadManifest } from "../emulator/server";
import { byRole, contributionFrame, unexpectedProblems, useEmulator } from "./support/harness";

const manifest = loadManifest();
const HUB = `/fabrikam/Client%20Services/_apps/hub/${manifest.publisher}.${manifest.id}.queue-hub`;

const rowOf = (hub: Frame, grid: string, text: string) =>
  byRole(hub, "grid", grid).getByRole("row").filter({ hasText: text }).first();

describe("the queue hub", () => {
  const e2e = useEmulator();

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  it("shows seeded requests in their stages, and Acknowledge on a row moves one to Acknowledged", async () => {
    const page = await e2e.openAs("holly", HUB);
    const hub = await contributionFrame(page, "queue-hub");
    const row = rowOf(hub, "Submitted requests", "User 102");
    await row.waitFor();
    await hub.getByRole("tab", { name: /^Closed/ }).click();
    await byRole(hub, "grid", "Closed requests").waitFor();
    await hub.getByRole("tab", { name: /^Submitted/ }).click();
    await byRole(rowOf(hub, "Submitted requests", "User 102"), "button", "Acknowledge").click();
    await byRole(hub, "button", "Acknowledge").last().waitFor();
    // The reassignment's client is a member, so no question is asked.
    await hub.getByText(/Acknowledged\. The client was told/).waitFor();
    await hub.getByRole("tab", { name: /^Acknowledged/ }).click();
    await rowOf(hub, "Acknowledged requests", "User 102").waitFor();
  });

  it.each([[1024], [1440], [1920]])(
    "fits the window at %i px: the title at least 200 px wide, one next step and a More actions menu per row, nothing off the table's edge",
    async (width) => {
      const page = await e2e.openAs("holly", HUB);
      await page.setViewportSize({ width, height: 900 });
      const hub = await contributionFrame(page, "queue-hub");
      const grid = byRole(hub, "grid", "Submitted requests");
      const row = grid.getByRole("row").filter({ hasText: "User 102" });
      await row.waitFor();
      const title = (await grid.getByRole("columnheader", { name: /^Title/ }).boundingBox())!;
      expect(title.width).toBeGreaterThanOrEqual(200);
      expect(await row.getByRole("button").allInnerTexts()).toEqual(["Acknowledge", ""]);
      await byRole(row, "button", "More actions").waitFor();
      const table = (await grid.boundingBox())!;
      const last = (await byRole(row, "button", "More actions").boundingBox())!;
      expect(last.x + last.width).toBeLessThanOrEqual(table.x + table.width);
      // Nothing scrolls sideways: every column fits.
      const overflow = await grid.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);

      await hub.getByRole("tab", { name: /^Closed/ }).click();
      const closed = byRole(hub, "grid", "Closed requests");
      await closed.getByRole("row").nth(1).waitFor();
      // Closed requests offer no action at all (no dead buttons).
      expect(await closed.getByRole("button").count()).toBe(0);
    },
  );

  it("a column can be resized by dragging its header's edge", async () => {
    const page = await e2e.openAs("holly", HUB);
    const hub = await contributionFrame(page, "queue-hub");
    const grid = byRole(hub, "grid", "Submitted requests");
    await grid.getByRole("row").filter({ hasText: "User 102" }).waitFor();
    const header = grid.getByRole("columnheader", { name: /^Client/ });
    const before = (await header.boundingBox())!;
    const handle = (await header.locator(".bolt-table-header-sizer, [class*=sizer]").first().boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2 + 80, handle.y + handle.height / 2, { steps: 5 });
    await page.mouse.up();
    await hub.waitForFunction(
      (min) =>
        [...document.querySelectorAll("[role=columnheader]")].some(
          (h) => h.textContent?.startsWith("Client") && h.getBoundingClientRect().width > min,
        ),
      before.width + 40,
    );
  });

  it("a member with no desk role sees only their own requests, and who acts", async () => {
    // Lee (a Contributor, Basic access) files a request through REST as the README's recipe does; clients,
    // who are Stakeholders, follow theirs on the work item form (extension hubs do not load for them).
    const created = await fetch(
      `${e2e.emulator.url}/fabrikam/Client%20Services/_apis/wit/workitems/$User%20Request?api-version=7.1`,
      {
        method: "POST",
        headers: {
          Authorization: `Bearer ${e2e.emulator.api.tokenFor("lee")}`,
          "Content-Type": "application/json-patch+json",
        },
        body: JSON.stringify([
          { op: "add", path: "/fields/System.Title", value: "Account reset: lee.test (Lee Morgan)" },
          {
            op: "add",
            path: "/fields/System.Tags",
            value: "umd-request; umd-type:reset; umd-service:Patient portal; umd-client:lee@fabrikam.example",
          },
          {
            op: "add",
            path: "/fields/System.Description",
            value:
              "<div>Request type: Account reset</div><div>Service: Patient portal</div><div>Client name: Lee Morgan</div><div>Client e-mail: lee@fabrikam.example</div><div>User 1</div><div>Account: lee.test</div><div>E-mail: lee.test@fabrikam.example</div><div>Reason: Locked out</div>",
          },
        ]),
      },
    );
    expect(created.status).toBe(200);
    const page = await e2e.openAs("lee", HUB);
    const hub = await contributionFrame(page, "queue-hub");
    const grid = byRole(hub, "grid", "My requests");
    await grid.getByRole("row").filter({ hasText: "lee.test" }).first().waitFor();
    expect(await grid.innerText()).not.toContain("User 102");
    expect(await grid.innerText()).not.toContain("Chris Novak");
    expect(await hub.getByRole("button", { name: "Acknowledge" }).count()).toBe(0);
    await hub
      .getByRole("note")
      .getByText(/act on requests\.$/)
      .waitFor();
  });
});
