/**
 * The routine by hand on the emulator's plain form, without the extension's buttons (the benchmark times
 * it against the extension): "@" mentions that notify, "New linked work item" for the staff task, and
 * "Email work item" for the client's mail. Each is checked through the REST API and the outbox.
 */
import { type Page } from "playwright-core";

import { byRole, contributionFrame, unexpectedProblems, useEmulator } from "./support/harness";
import { restAs } from "./support/rest";

const REQUEST = "/fabrikam/Client%20Services/_workitems/edit/1";

interface WorkItem {
  id: number;
  fields: Record<string, unknown>;
  relations?: { rel: string; url: string }[];
}
interface Mail {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  workItemIds: number[];
}

describe("the plain form, by hand", () => {
  const e2e = useEmulator();

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  const get = <T>(path: string) => restAs(e2e).get<T>(path);
  const ids = () => restAs(e2e).userIds();
  const saved = (page: Page) => page.locator(".save-status", { hasText: /^Revision \d+$/ }).waitFor();

  it("turns a picked @person into a mention that notifies, and leaves a typed name as text", async () => {
    const page = await e2e.openAs("holly", REQUEST);
    const box = byRole(page, "textbox", "Add a comment");
    await box.pressSequentially("@Dan");
    const people = page.getByRole("listbox", { name: "People to mention" });
    await expect(people.getByRole("option").allInnerTexts()).resolves.toEqual(["Dana Whitfield"]);
    await people.getByRole("option", { name: "Dana Whitfield" }).click();
    await box.pressSequentially(" we will act on <this> request; cc @Chris Novak by name only.");
    await expect(box.inputValue()).resolves.toBe(
      "@Dana Whitfield  we will act on <this> request; cc @Chris Novak by name only.",
    );
    await byRole(page, "button", "Save").click();
    await saved(page);

    const people2 = await ids();
    const comments = await get<{ comments: { text: string }[] }>(
      "/fabrikam/Client%20Services/_apis/wit/workItems/1/comments?api-version=7.1-preview.4",
    );
    expect(comments.comments[0].text).toBe(
      `<div><a href="#" data-vss-mention="version:2.0,${people2.dana}">@Dana Whitfield</a>  we will act on &lt;this&gt; request; cc @Chris Novak by name only.</div>`,
    );
    // The discussion shows the mention as the person's name.
    await page
      .getByRole("list", { name: "Comments" })
      .locator(".mention", { hasText: "@Dana Whitfield" })
      .waitFor();
  });

  it("creates a linked task in one call, with the open item's area and iteration, and lists it", async () => {
    const page = await e2e.openAs("remi", REQUEST);
    await byRole(page, "button", "New linked work item").click();
    const dialog = page.getByRole("dialog", { name: "New linked work item" });
    await byRole(dialog, "combobox", "Link type").selectOption("Child");
    await byRole(dialog, "combobox", "Work item type").selectOption("Task");
    await byRole(dialog, "textbox", "Title").fill("Invite Priya Raman");
    await byRole(dialog, "combobox", "Assigned To").selectOption({ label: "Remi Laurent" });
    await byRole(dialog, "textbox", "Description").fill("Send the <enrollment> key.\nThen confirm.");
    const before = (await restAs(e2e).log()).length;
    await byRole(dialog, "button", "Create").click();
    const link = page
      .getByRole("list", { name: "Links" })
      .getByRole("link", { name: /^Task \d+: Invite Priya Raman$/ });
    await link.waitFor();

    const writes = (await restAs(e2e).log())
      .slice(before)
      // Reads sent as POST (batch reads, the panel's query of extension data) are not writes.
      .filter((r) => r.method !== "GET" && !/(workitemsbatch|ExtensionDataCollectionQuery)$/i.test(r.path));
    expect(writes.map((r) => `${r.method} ${decodeURIComponent(r.path.split("/").pop()!)}`)).toEqual([
      "POST $Task",
    ]);
    const id = Number(/Task (\d+)/.exec((await link.textContent()) ?? "")![1]);
    const [task, parent] = await Promise.all([
      get<WorkItem>(`/fabrikam/_apis/wit/workitems/${id}?$expand=relations`),
      get<WorkItem>("/fabrikam/_apis/wit/workitems/1"),
    ]);
    expect(task.fields["System.WorkItemType"]).toBe("Task");
    expect((task.fields["System.AssignedTo"] as { displayName: string }).displayName).toBe("Remi Laurent");
    expect(task.fields["System.AreaPath"]).toBe(parent.fields["System.AreaPath"]);
    expect(task.fields["System.IterationPath"]).toBe(parent.fields["System.IterationPath"]);
    expect(task.fields["System.Description"]).toBe(
      "<div>Send the &lt;enrollment&gt; key.<br>Then confirm.</div>",
    );
    expect(task.relations).toEqual([
      expect.objectContaining({
        rel: "System.LinkTypes.Hierarchy-Reverse",
        url: expect.stringMatching(/\/1$/),
      }),
    ]);
  });

  it("e-mails the work item to the people picked, once, and says when nobody is in To", async () => {
    const page = await e2e.openAs("remi", REQUEST);
    await byRole(page, "button", "Email work item").click();
    const dialog = page.getByRole("dialog", { name: "Email work item" });
    await byRole(dialog, "button", "Send").click();
    await dialog.getByRole("alert").filter({ hasText: "Add at least one person in To." }).waitFor();

    const pick = async (field: string, typed: string, person: string) => {
      await byRole(dialog, "textbox", field).pressSequentially(typed);
      await dialog
        .getByRole("listbox", { name: `People for ${field}` })
        .getByRole("option", { name: person })
        .click();
    };
    await pick("To", "Dan", "Dana Whitfield");
    await pick("CC", "Hol", "Holly Brooks");
    await expect(byRole(dialog, "textbox", "Subject").inputValue()).resolves.toMatch(/^User Request 1: /);
    await byRole(dialog, "textbox", "Subject").fill("Request 1: account changes");
    await byRole(dialog, "textbox", "Note").fill("Added: <priya.raman@contoso-dental.example>");
    await byRole(dialog, "button", "Send").click();
    await dialog.waitFor({ state: "detached" });

    const people = await ids();
    const mail = await get<Mail[]>("/_emulator/mail");
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      to: [people.dana],
      cc: [people.holly],
      subject: "Request 1: account changes",
      workItemIds: [1],
    });
    expect(mail[0].body).toContain("Added: &lt;priya.raman@contoso-dental.example&gt;");
  });

  it("tells which contribution a host service called REST for", async () => {
    // Task 4 (Remi's): the task panel reads its draft through the host's extension data service.
    const page = await e2e.openAs("remi", "/fabrikam/Client%20Services/_workitems/edit/4");
    const callers: (string | undefined)[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/ExtensionManagement/")) callers.push(r.headers()["x-emulator-caller"]);
    });
    await page.reload();
    // The panel reads the task's draft (extension data, through the host) before it shows its buttons.
    const panel = await contributionFrame(page, "work-item-panel");
    await byRole(panel, "button", "Add account change").waitFor();
    expect(callers.length).toBeGreaterThan(0);
    expect(new Set(callers)).toEqual(new Set(["work-item-panel"]));
  });
});
