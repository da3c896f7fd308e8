/**
 * The panel paths beside the main routine: Notify client through its dialog (one mail, cc the coordinator,
 * recorded on the discussion) and the staff-channel post that Acknowledge sends when settings hold a webhook.
 */
import { byRole, contributionFrame, unexpectedProblems, useEmulator } from "./support/harness";
import { restAs } from "./support/rest";
import { writeSettingsProperty } from "./support/settingsProperty";

interface Mail {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
}

describe("notify client and the staff channel", () => {
  const e2e = useEmulator();

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  const get = <T>(path: string) => restAs(e2e).get<T>(path);
  const ids = () => restAs(e2e).userIds();

  it("Notify client opens the mail as it will be sent, sends one mail and records it on the request", async () => {
    const page = await e2e.openAs("holly", "/fabrikam/Client%20Services/_workitems/edit/2");
    const panel = await contributionFrame(page, "work-item-panel");
    await byRole(panel, "button", "Notify client").click();
    const dialog = await contributionFrame(page, "notify-client-dialog");
    await byRole(dialog, "textbox", "Subject").fill("Effective date for request {{requestNumber}}");
    await byRole(dialog, "textbox", "Message").fill(
      "Hello {{client}},\n\nPlease confirm Alex starts on <Monday>.",
    );
    await dialog.getByText("Effective date for request 2").waitFor();
    await byRole(dialog, "button", "Notify client").click();
    await panel.getByText(/^E-mailed Dana Whitfield and recorded the message on the request\./).waitFor();

    const people = await ids();
    const mails = await get<Mail[]>("/_emulator/mail");
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      to: [people.dana],
      cc: [people.holly],
      subject: "Effective date for request 2",
    });
    expect(mails[0].body).toContain("Please confirm Alex starts on &lt;Monday&gt;.");
    const comments = await get<{ comments: { text: string }[] }>(
      "/fabrikam/Client%20Services/_apis/wit/workItems/2/comments?api-version=7.1-preview.4",
    );
    expect(comments.comments[0].text).toContain(`data-vss-mention="version:2.0,${people.dana}"`);
    expect(comments.comments[0].text).toContain("Effective date for request 2");
  }, 60_000);

  it.each([
    ["a Slack incoming webhook", "/_emulator/webhooks/incoming/staff", "slack"],
    [
      "a Teams Workflows trigger",
      "/_emulator/webhooks/workflows/staff/triggers/manual/paths/invoke",
      "teams",
    ],
  ])(
    "Acknowledge posts the ticket to %s that sends no CORS headers, and calls it delivered",
    async (_name, path, kind) => {
      // An https receiver that sends no CORS headers, as Slack and Teams do; settings saved by Holly.
      const hook = `${e2e.emulator.webhookUrl}${path}`;
      await writeSettingsProperty(e2e, "Client Services", { webhookUrl: hook });

      const page = await e2e.openAs("holly", "/fabrikam/Client%20Services/_workitems/edit/1");
      const panel = await contributionFrame(page, "work-item-panel");
      await byRole(panel, "button", "Acknowledge").click();
      await panel.getByText(/^Acknowledged\./).waitFor();
      // The receiver answers without CORS headers: the post is delivered, and never reported as failed.
      await expect(panel.getByText(/staff-channel post/).count()).resolves.toBe(0);

      const posts = await get<{ name: string; kind: string; body: unknown }[]>("/_emulator/webhooks");
      expect(posts).toHaveLength(1);
      expect(posts[0].kind).toBe(kind);
      const text = JSON.stringify(posts[0].body);
      expect(text).toContain("#1");
      expect(text).toContain("New account invitation");
      expect(text).toContain("/fabrikam/Client%20Services/_workitems/edit/1");
      if (kind === "teams") expect(text).toContain("application/vnd.microsoft.card.adaptive");
      else expect(Object.keys(posts[0].body as object)).toEqual(["text"]);
    },
    60_000,
  );

  it("a stored webhook that is not https is never posted to, and the panel says it was dropped", async () => {
    // The emulator's webhook sink is plain http: the extension refuses it wherever the URL is read (issue
    // #17). Posting to an https webhook is covered by test/workflow/acknowledgeAndClose.test.ts.
    const hook = `${e2e.emulator.url}/_emulator/webhooks/incoming/staff`;
    await writeSettingsProperty(e2e, "Client Services", { webhookUrl: hook });

    const page = await e2e.openAs("holly", "/fabrikam/Client%20Services/_workitems/edit/1");
    const panel = await contributionFrame(page, "work-item-panel");
    await panel
      .getByText(
        /The staff channel webhook was dropped\. The webhook URL must be a valid https:\/\/ address\./,
      )
      .waitFor();
    await byRole(panel, "button", "Acknowledge").click();
    await panel.getByText(/^Acknowledged\./).waitFor();
    expect(await get<unknown[]>("/_emulator/webhooks")).toEqual([]);
  }, 60_000);
});
