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

  it("fits its columns in the window: the title is readable and the row actions are inside the table", async () => {
    const page = await e2e.openAs("holly", HUB);
    const hub = await contributionFrame(page, "queue-hub");
    for (const tab of ["Submitted", "Closed"]) {
      await hub.getByRole("tab", { name: new RegExp(`^${tab}`) }).click();
      const grid = byRole(hub, "grid", `${tab} requests`);
      const row = grid.getByRole("row").nth(1);
      await row.waitFor();
      const title = await grid.getByRole("columnheader", { name: /^Title/ }).boundingBox();
      expect(title!.width).toBeGreaterThan(150);
      const table = (await grid.boundingBox())!;
      const last = (await row.getByRole("button").last().boundingBox())!;
      expect(last.x + last.width).toBeLessThanOrEqual(table.x + table.width);
    }
  });

  it("a client sees only her own requests", async () => {
    const page = await e2e.openAs("dana", HUB);
    const hub = await contributionFrame(page, "queue-hub");
    const grid = byRole(hub, "grid", "My requests");
    await grid.getByRole("row").filter({ hasText: "User 102" }).first().waitFor();
    expect(await grid.innerText()).not.toContain("Chris Novak");
    expect(await hub.getByRole("button", { name: "Acknowledge" }).count()).toBe(0);
  });
});
