/**
 * Hostile input typed into every user-typed field and template (script tags, event handlers, javascript: and
 * data: URLs, broken HTML, a long text, right-to-left and zero-width characters): what Azure DevOps stores
 * (descriptions, comments), what goes out (mails) and what the panels show hold no active content, parsed
 * by the browser itself, and every payload still reads as typed.
 */
import { type Frame } from "playwright-core";

import { loadManifest } from "../emulator/server";
import { emulatorState, openPanel, outcome, restWrite } from "./support/faults";
import {
  byRole,
  chooseOption,
  contributionFrame,
  type E2eSession,
  unexpectedProblems,
  useEmulator,
} from "./support/harness";
import { inspectFrame, inspectHtml, LONG_PAYLOAD, SHORT_PAYLOADS, unreadable } from "./support/hostile";
import { chooseFirstService, chooseRequestType } from "./support/newRequestForm";
import { writeSettingsProperty } from "./support/settingsProperty";

const manifest = loadManifest();
const CS = "/fabrikam/Client%20Services";
const HUB = `${CS}/_apps/hub/${manifest.publisher}.${manifest.id}.queue-hub`;
const SETTINGS = `${CS}/_settings/${manifest.publisher}.${manifest.id}.settings-hub`;

const field = (scope: Frame | ReturnType<Frame["getByRole"]>, label: string) =>
  scope.getByLabel(label, { exact: true });

describe("hostile input in every typed field and template", () => {
  const e2e: E2eSession = useEmulator();
  const s = () => emulatorState(e2e);

  afterEach(() => {
    // A payload that ran would show as a page error or a blocked navigation.
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  it("New request: the description, the confirmation mail, the hub and the panel show it as text", async () => {
    const page = await e2e.openAs("holly", HUB);
    const hub = await contributionFrame(page, "queue-hub");
    await byRole(hub, "grid", "Submitted requests").waitFor();
    await byRole(hub, "button", "New request").click();
    const panel = await contributionFrame(page, "new-request-panel");
    await byRole(panel, "button", "Submit request").waitFor();
    await chooseRequestType(panel, "Account reset");
    await chooseFirstService(panel);
    const clientName = `Dana ${SHORT_PAYLOADS[1]}`;
    await field(panel, "Client name").fill(clientName);
    await field(panel, "Client e-mail").fill("dana@contoso-dental.example");
    await field(panel, "Notes (optional)").fill(LONG_PAYLOAD);
    // One user per payload: its account name and its reason.
    for (const [i, payload] of SHORT_PAYLOADS.entries()) {
      if (i > 0) await byRole(panel, "button", "Add user").click();
      const user = panel.getByRole("group", { name: `User ${i + 1}`, exact: true });
      await field(user, "Account").fill(payload);
      await field(user, "E-mail").fill(`user${i + 1}@contoso-dental.example`);
      await field(user, "Reason").fill(`Reason: ${payload}`);
    }
    await byRole(panel, "button", "Submit request").click();
    const shown = await outcome(hub, /^Request #\d+ submitted\./);
    const id = Number(/#(\d+)/.exec(shown)![1]);

    const description = String((await s().workItem(id)).fields["System.Description"]);
    const stored = await inspectHtml(page, description);
    expect(stored.active).toEqual([]);
    expect(unreadable(stored.text, [clientName, LONG_PAYLOAD, ...SHORT_PAYLOADS])).toEqual([]);

    const mail = (await s().mails()).find((m) => m.workItemIds.includes(id))!;
    // The default confirmation greets a member by their directory name: nothing typed is in it, and
    // nothing in it may be active either.
    expect((await inspectHtml(page, mail.body)).active).toEqual([]);

    const inHub = await inspectFrame(hub);
    expect(inHub.active).toEqual([]);
    expect(unreadable(inHub.text, [clientName])).toEqual([]);

    const request = await openPanel(e2e, "holly", id);
    const inPanel = await inspectFrame(request.panel);
    expect(inPanel.active).toEqual([]);
    expect(
      unreadable(
        inPanel.text,
        SHORT_PAYLOADS.map((p) => `Reason: ${p}`),
      ),
    ).toEqual([]);
  }, 90_000);

  it("Complete task: account changes reach the comment and the mail as text", async () => {
    const { page, panel } = await openPanel(e2e, "remi", 4);
    for (const [i, payload] of SHORT_PAYLOADS.entries()) {
      await byRole(panel, "button", "Add account change").click();
      const row = panel.getByRole("group", { name: `Account change ${i + 1}`, exact: true });
      await byRole(row, "textbox", "Account").fill(payload);
      await chooseOption(panel, byRole(row, "button", "Change"), "Modified");
      await byRole(row, "textbox", "Details").fill(`Details: ${payload}`);
    }
    await byRole(panel, "button", "Complete task").click();
    await byRole(page, "button", "Complete task").click();
    await outcome(panel, /^Completed\./);

    const typed = SHORT_PAYLOADS.flatMap((p) => [p, `Details: ${p}`]);
    const comment = await inspectHtml(page, (await s().comments(4)).at(-1)!);
    expect(comment.active).toEqual([]);
    expect(unreadable(comment.text, typed)).toEqual([]);
    const mail = await inspectHtml(page, (await s().mails()).at(-1)!.body);
    expect(mail.active).toEqual([]);
    expect(unreadable(mail.text, typed)).toEqual([]);
    expect((await inspectFrame(panel)).active).toEqual([]);
  }, 90_000);

  it("Notify client: the subject and message reach the comment, the mail and the preview as text", async () => {
    const { page, panel } = await openPanel(e2e, "holly", 2);
    await byRole(panel, "button", "Notify client").click();
    const dialog = await contributionFrame(page, "notify-client-dialog");
    const subject = SHORT_PAYLOADS[0] + " " + SHORT_PAYLOADS[5];
    const message = SHORT_PAYLOADS.join("\n\n");
    await byRole(dialog, "textbox", "Subject").fill(subject);
    await byRole(dialog, "textbox", "Message").fill(message);
    const preview = await inspectFrame(dialog);
    expect(preview.active).toEqual([]);
    expect(unreadable(preview.text, SHORT_PAYLOADS)).toEqual([]);
    await byRole(dialog, "button", "Notify client").click();
    await outcome(panel, /^E-mailed Dana Whitfield/);

    const mail = (await s().mails()).at(-1)!;
    expect(mail.subject).toBe(subject);
    const sent = await inspectHtml(page, mail.body);
    expect(sent.active).toEqual([]);
    expect(unreadable(sent.text, SHORT_PAYLOADS)).toEqual([]);
    const comment = await inspectHtml(page, (await s().comments(2)).at(-1)!);
    expect(comment.active).toEqual([]);
    expect(unreadable(comment.text, [subject, ...SHORT_PAYLOADS])).toEqual([]);
  }, 90_000);

  it("a template: hostile text saved in the settings reaches the Acknowledge comment as text", async () => {
    const page = await e2e.openAs("holly", SETTINGS);
    const settings = await contributionFrame(page, "settings-hub");
    await byRole(settings, "button", "Save").waitFor();
    await settings.getByText("(default by category: In Planning)").waitFor({ state: "attached" });
    const template = `{{clientMention}} ${SHORT_PAYLOADS.slice(0, 8).join(" | ")}`;
    await byRole(settings, "textbox", "Acknowledge comment").fill(template);
    const preview = await inspectFrame(settings);
    expect(preview.active).toEqual([]);
    await byRole(settings, "button", "Save").click();
    await settings.getByText(/Settings saved\./).waitFor();

    const { panel } = await openPanel(e2e, "holly", 1);
    await byRole(panel, "button", "Acknowledge").click();
    await outcome(panel, /^Acknowledged\./);
    const comment = await inspectHtml(page, (await s().comments(1)).at(-1)!);
    expect(comment.active).toEqual([]);
    expect(unreadable(comment.text, SHORT_PAYLOADS.slice(0, 8))).toEqual([]);
    // The mention is the one piece of markup the template may produce, and it still notifies.
    const ids = await s().userIds();
    expect((await s().comments(1)).at(-1)).toContain(`data-vss-mention="version:2.0,${ids.dana}"`);
  }, 90_000);

  it("WIQL from typed settings is quoted: a request tag with a quote still finds its requests", async () => {
    // The request tag is typed by an administrator and goes into every queue query as a WIQL literal.
    const tag = "o'request";
    // Settings come from the project property only (issue #17): written as an administrator saves them.
    await writeSettingsProperty(e2e, "Client Services", { requestTag: tag });
    const item = await s().workItem(1);
    await restWrite(e2e, "holly", "PATCH", `${CS}/_apis/wit/workitems/1`, [
      { op: "add", path: "/fields/System.Tags", value: `${String(item.fields["System.Tags"])}; ${tag}` },
    ]);

    const page = await e2e.openAs("holly", HUB, { q: SHORT_PAYLOADS[1] });
    const hub = await contributionFrame(page, "queue-hub");
    await byRole(hub, "button", "Refresh").waitFor();
    await hub.getByRole("tab", { name: /^Submitted/ }).waitFor();
    const wiql = (await s().log()).filter((r) => r.method === "POST" && r.path.endsWith("/_apis/wit/wiql"));
    expect(wiql.length).toBeGreaterThan(0);
    expect(wiql.map((r) => r.status)).toEqual(wiql.map(() => 200));
    expect(JSON.stringify(wiql.map((r) => r.body))).toContain("o''request");
    // The typed filter (from the address) shows as text and runs nothing.
    expect((await inspectFrame(hub)).active).toEqual([]);
  }, 60_000);
});
