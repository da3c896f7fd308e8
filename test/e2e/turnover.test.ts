/**
 * Employee turnover end to end, by clicks as the real people: Dana's seeded request #2 hands "User 102" from
 * Maria Gomez to Alex Chen. Holly acknowledges, Remi creates the staff task, which carries the reassignment
 * runbook; Remi ticks it (an unticked item first brings the warning), confirms the prefilled account changes
 * and completes the task; Dana's mail (cc Holly) lists each change old → new and what Alex must do; Holly
 * closes, and the hub, filtered to Reassign user, shows the turnaround. A second test runs the intake rules
 * in the New request panel.
 */
import { type Frame, type Page } from "playwright-core";

import { formatSpan } from "../../src/workflow/turnaround";
import { loadManifest } from "../emulator/server";
import { byRole, chooseOption, contributionFrame, unexpectedProblems, useEmulator } from "./support/harness";
import { chooseFirstService, chooseRequestType, tabTo, textField as field } from "./support/newRequestForm";
import { type LoggedRequest, restAs } from "./support/rest";

interface Mail {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  workItemIds: number[];
}
interface WorkItem {
  id: number;
  fields: Record<string, unknown>;
  relations?: { rel: string; url: string }[];
}

const manifest = loadManifest();
const PROJECT = "Client Services";
const HUB = `/fabrikam/Client%20Services/_apps/hub/${manifest.publisher}.${manifest.id}.queue-hub`;
const USER = "User 102 (ext. 102)";
const OLD = "maria.gomez@contoso-dental.example";
const NEW = "alex.chen@contoso-dental.example";

/** The runbook generated from the seeded request, in order. */
const RUNBOOK = [
  `${USER}: reassign in place: no deletion, no new subscription`,
  `${USER}: change the login e-mail in the back end (billing module): ${OLD} → ${NEW}`,
  `${USER}: start the credential reset the supported way ("Forgot password" e-mail to ${NEW})`,
  `${USER}: update the voicemail e-mail to ${NEW}`,
  `${USER}: update the display name: Maria Gomez → Alex Chen`,
  `${USER}: verify ${OLD} no longer signs in and ${NEW} does`,
  "Confirm with the customer what changed and how each new employee signs in",
];

/** Each change as old → new, as recorded on the task and mailed to the client. */
const CHANGES = [
  `Portal login e-mail: ${OLD} → ${NEW}`,
  `Voicemail e-mail: ${OLD} → ${NEW}`,
  "Display name: Maria Gomez → Alex Chen",
  `Credentials: Maria Gomez's password → reset; Alex Chen sets a new password from the "Forgot password" e-mail`,
  "Subscription and extension: Maria Gomez → Alex Chen, kept in place (no new subscription)",
];

const isWorkItemWrite = (r: LoggedRequest) =>
  r.method !== "GET" && /\/_apis\/wit\/(workitems\/|sendmail)/i.test(r.path);

/** Parses HTML in the browser (as a mail client or Azure DevOps would) and returns the texts `selector` finds. */
async function textsIn(page: Page, html: string, selector: string): Promise<string[]> {
  return page.evaluate(
    ([h, s]) =>
      Array.from(new DOMParser().parseFromString(h, "text/html").querySelectorAll(s)).map(
        (e) => e.textContent?.trim() ?? "",
      ),
    [html, selector] as const,
  );
}

/** The items of the list right after the heading that reads `heading`; undefined when there is none. */
async function listAfterHeading(page: Page, html: string, heading: string): Promise<string[] | undefined> {
  return page.evaluate(
    ([h, title]) => {
      const doc = new DOMParser().parseFromString(h, "text/html");
      const found = Array.from(doc.querySelectorAll("h1, h2, h3, h4, h5, h6")).find(
        (e) => e.textContent?.trim() === title,
      );
      const list = found?.nextElementSibling;
      if (!list || list.tagName !== "UL") return undefined;
      return Array.from(list.children).map((li) => li.textContent?.trim() ?? "");
    },
    [html, heading] as const,
  );
}

describe("employee turnover: the User 102 reassignment", () => {
  const e2e = useEmulator();

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  const rest = <T>(path: string) => restAs(e2e).get<T>(path);
  const workItem = (id: number) => rest<WorkItem>(`/fabrikam/_apis/wit/workitems/${id}?$expand=relations`);
  const comments = async (id: number) =>
    (
      await rest<{ comments: { text: string }[] }>(
        `/fabrikam/${encodeURIComponent(PROJECT)}/_apis/wit/workItems/${id}/comments?api-version=7.1-preview.4&order=asc`,
      )
    ).comments.map((c) => c.text);

  async function panelOf(user: string, id: number): Promise<{ page: Page; panel: Frame }> {
    const page = await e2e.openAs(user, `/fabrikam/${encodeURIComponent(PROJECT)}/_workitems/edit/${id}`);
    return { page, panel: await contributionFrame(page, "work-item-panel") };
  }

  async function hubFilteredToReassign(user: string): Promise<Frame> {
    const page = await e2e.openAs(user, HUB);
    const hub = await contributionFrame(page, "queue-hub");
    await byRole(hub, "grid", "Submitted requests").waitFor();
    await chooseOption(hub, byRole(hub, "button", "Request type"), "Reassign user");
    return hub;
  }

  it("runs from Dana's request to her confirmation mail, and the hub shows its turnaround", async () => {
    const ids = await restAs(e2e).userIds();

    // Intake: the request Dana submitted is a Reassign user request with the hand-over's details.
    const submitted = await workItem(2);
    expect(String(submitted.fields["System.Tags"])).toContain("umd-type:reassign");
    expect(String(submitted.fields["System.Description"])).toContain(NEW);

    // The hub, filtered to Reassign user, shows #2 waiting and no reassignment closed yet.
    let hub = await hubFilteredToReassign("holly");
    const waiting = byRole(hub, "grid", "Submitted requests")
      .getByRole("row")
      .filter({ hasText: "User 102" });
    await waiting.waitFor();
    await hub
      .getByRole("region", { name: "Turnaround" })
      .getByText(/^No Reassign user request is closed yet\. 1 still open, the oldest submitted .+ ago\.$/)
      .waitFor();

    // 1. Holly acknowledges.
    const holly = await panelOf("holly", 2);
    await byRole(holly.panel, "button", "Acknowledge").click();
    await holly.panel.getByText(/^Acknowledged\. The client was told/).waitFor();

    // 2. Remi creates the staff task for himself.
    const remi = await panelOf("remi", 2);
    await byRole(remi.panel, "button", "Create staff task").click();
    await remi.panel.getByText(/^Created staff task #\d+ for Remi Laurent\./).waitFor();
    const request = await workItem(2);
    const taskId = Number(
      /(\d+)$/.exec(request.relations!.find((r) => r.rel === "System.LinkTypes.Hierarchy-Forward")!.url)![1],
    );

    // 3. The Task carries the runbook in its description, for anyone reading it in Azure DevOps.
    const task = await workItem(taskId);
    const description = String(task.fields["System.Description"]);
    expect(await listAfterHeading(remi.page, description, "Checklist")).toEqual(RUNBOOK);

    // 4. On the task panel: the same runbook to tick, and the account changes filled in from the request.
    const onTask = await panelOf("remi", taskId);
    const checklist = onTask.panel.getByRole("list", { name: "Checklist" });
    await checklist.waitFor();
    expect(await checklist.getByRole("checkbox").count()).toBe(RUNBOOK.length);
    for (const text of RUNBOOK)
      await expect(byRole(checklist, "checkbox", text).isChecked()).resolves.toBe(false);
    // Each change reads in full as text (old → new), with its fields behind Edit.
    const rows = onTask.panel.getByRole("group", { name: /^Account change \d+$/ });
    await expect(rows.count()).resolves.toBe(CHANGES.length);
    for (let i = 0; i < CHANGES.length; i++)
      await expect(rows.nth(i).innerText()).resolves.toBe(`${USER} · Modified\n${CHANGES[i]}`);
    await byRole(onTask.panel, "button", "Edit account change 1").click();
    await expect(byRole(onTask.panel, "textbox", "Details").inputValue()).resolves.toBe(CHANGES[0]);
    await expect(byRole(onTask.panel, "textbox", "Account").inputValue()).resolves.toBe(USER);
    await expect(byRole(onTask.panel, "button", "Change").inputValue()).resolves.toBe("Modified");
    await byRole(onTask.panel, "button", "Done editing account change 1").click();

    // 5. Remi ticks all but the last item: Complete task warns and names it; Cancel changes nothing.
    for (const text of RUNBOOK.slice(0, -1)) await byRole(checklist, "checkbox", text).check();
    const before = (await restAs(e2e).log()).length;
    await byRole(onTask.panel, "button", "Complete task").click();
    const warning = onTask.page.getByRole("alertdialog", { name: "Complete task" });
    await warning.waitFor();
    expect((await warning.innerText()).replace(/\s+/g, " ")).toContain(
      `1 checklist item is not ticked: • ${RUNBOOK.at(-1)} Complete the task anyway?`,
    );
    await byRole(warning, "button", "Cancel").click();
    await warning.waitFor({ state: "detached" });
    expect((await restAs(e2e).log()).slice(before).filter(isWorkItemWrite)).toEqual([]);
    expect((await workItem(taskId)).fields["System.State"]).toBe("New");

    // 6. With every item ticked, Complete task asks nothing and sends one update and one mail.
    await byRole(checklist, "checkbox", RUNBOOK.at(-1)!).check();
    await byRole(onTask.panel, "button", "Complete task").click();
    await onTask.panel
      .getByText("Completed. Dana Whitfield was e-mailed the account changes (copy to Holly Brooks).")
      .waitFor();
    expect(await onTask.page.getByRole("alertdialog").count()).toBe(0);
    const writes = (await restAs(e2e).log()).slice(before).filter(isWorkItemWrite);
    expect(writes.map((r) => `${r.method} ${r.path.split("/").pop()}`)).toEqual([
      `PATCH ${taskId}`,
      "POST sendmail",
    ]);
    expect((await workItem(taskId)).fields["System.State"]).toBe("Closed");
    // The Task's own discussion keeps the ticked runbook and tells Holly.
    const taskComment = (await comments(taskId)).at(-1)!;
    expect(taskComment).toContain(`data-vss-mention="version:2.0,${ids.holly}"`);
    expect(taskComment).toContain(`<p>Checklist: all ${RUNBOOK.length} items ticked.</p>`);

    // 7. Dana's confirmation, copy to Holly: per user, each change old → new, and what Alex must do.
    const mails = await rest<Mail[]>("/_emulator/mail");
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    expect(mail.to).toEqual([ids.dana]);
    expect(mail.cc).toEqual([ids.holly]);
    expect(mail.subject).toBe("Done: your request #2 (Reassign user)");
    expect(mail.workItemIds).toEqual([2, taskId]);
    expect(await textsIn(onTask.page, mail.body, "p > b")).toEqual([USER]);
    expect(await textsIn(onTask.page, mail.body, "p:has(> b)")).toEqual([`${USER}: Maria Gomez → Alex Chen`]);
    expect(await textsIn(onTask.page, mail.body, "li")).toEqual(CHANGES);
    expect(await textsIn(onTask.page, mail.body, "ul + p")).toEqual([
      `What Alex Chen must do: follow the "Forgot password" e-mail sent to ${NEW} to set a password, then sign in with ${NEW}.`,
    ]);

    // 8. Holly closes the request; Azure DevOps stamps its Closed Date.
    const closing = await panelOf("holly", 2);
    await closing.panel.getByText("Ready to close").first().waitFor();
    await byRole(closing.panel, "button", "Close request").click();
    await closing.panel.getByText(/^Closed\. The client was told/).waitFor();
    const closed = await workItem(2);
    expect(closed.fields["System.State"]).toBe("Closed");
    const closedDate = String(closed.fields["Microsoft.VSTS.Common.ClosedDate"]);
    expect(closedDate).toBe(closed.fields["System.ChangedDate"]);
    const turnaround = formatSpan(
      Date.parse(closedDate) - Date.parse(String(closed.fields["System.CreatedDate"])),
    );

    // 9. The hub, filtered to Reassign user, shows its turnaround (submitted → closed).
    hub = await hubFilteredToReassign("holly");
    await hub
      .getByRole("region", { name: "Turnaround" })
      .getByText(`Turnaround (submitted → closed) of 1 closed Reassign user request: ${turnaround}.`, {
        exact: true,
      })
      .waitFor();
    await hub.getByRole("tab", { name: /^Closed/ }).click();
    const grid = byRole(hub, "grid", "Closed requests");
    const row = grid.getByRole("row").filter({ hasText: "User 102" });
    await row.waitFor();
    const headers = await grid.getByRole("columnheader").allInnerTexts();
    const column = headers.findIndex((h) => h.trim().startsWith("Turnaround"));
    expect(column).toBeGreaterThan(0);
    expect((await row.getByRole("gridcell").nth(column).innerText()).trim()).toBe(turnaround);
    // Only Reassign user requests: the seeded closed reset (#7) is filtered out.
    expect(await grid.getByRole("link", { name: /^Open work item / }).allInnerTexts()).toEqual(["#2"]);
  }, 120_000);

  it("the intake asks for what a hand-over needs: unique new e-mails, a confirmed past date, several users", async () => {
    // Dana is a Stakeholder: extension hubs do not load for her, so she files from her request's form.
    const { page, panel: form } = await panelOf("dana", 2);
    const mine = byRole(form, "region", "My requests");
    await mine.getByText(/^#2 /).waitFor();
    await byRole(mine, "button", "New request").click();
    const panel = await contributionFrame(page, "new-request-panel");
    await byRole(panel, "button", "Submit request").waitFor();
    await chooseRequestType(panel, "Reassign user");
    await chooseFirstService(panel);

    const fill = async (n: number, values: Record<string, string>) => {
      const user = panel.getByRole("group", { name: `User ${n}`, exact: true });
      for (const [label, value] of Object.entries(values)) await field(user, label).fill(value);
      return user;
    };
    const first = await fill(1, {
      "User or extension": "User 104",
      "Departing employee": "Kim Lee",
      "Current login e-mail": "kim.lee@contoso-dental.example",
      "New employee": "Noor Haddad",
      "New login e-mail": "noor.haddad@contoso-dental.example",
      "Effective date": "2020-01-06",
    });
    await first
      .getByText("The effective date 2020-01-06 is in the past; confirm the past date or correct it.")
      .waitFor();
    await byRole(panel, "button", "Add user").click();
    const second = await fill(2, {
      "User or extension": "User 105",
      "Departing employee": "Jo Park",
      "Current login e-mail": "jo.park@contoso-dental.example",
      "New employee": "Ray Diaz",
      "New login e-mail": "Noor.Haddad@contoso-dental.example",
      "Effective date": "2030-01-07",
    });
    await second
      .getByText(
        "The new login e-mail Noor.Haddad@contoso-dental.example is already used by user 1 of this request.",
      )
      .waitFor();
    const log = (await restAs(e2e).log()).length;
    await byRole(panel, "button", "Submit request").click();
    await panel.getByRole("alert").getByText("Fix the 2 fields marked above.").waitFor();
    expect((await restAs(e2e).log()).slice(log).filter(isWorkItemWrite)).toEqual([]);

    await field(second, "New login e-mail").fill("ray.diaz@contoso-dental.example");
    // The confirmation is a checkbox after the users: Dana tabs to it and ticks it with Space.
    await tabTo(page, panel, "The effective date is in the past on purpose");
    await page.keyboard.press("Space");
    await panel
      .locator('[aria-label="The effective date is in the past on purpose"][aria-checked="true"]')
      .waitFor();
    await byRole(panel, "button", "Submit request").click();
    await mine.getByText(/^Request #\d+ submitted\./).waitFor();
    await mine.getByText(/User 104 and 1 more/).waitFor();
    const created = (await restAs(e2e).log())
      .slice(log)
      .filter((r) => r.method === "POST" && /workitems\/\$/i.test(r.path));
    expect(created).toHaveLength(1);
  }, 60_000);
});
