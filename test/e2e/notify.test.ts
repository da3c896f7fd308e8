/**
 * The panel paths beside the main routine: Notify client through its dialog (one mail, cc the coordinator,
 * recorded on the discussion) and the staff-channel post that Acknowledge sends when settings hold a webhook.
 */
import { byRole, contributionFrame, unexpectedProblems, useEmulator } from "./support/harness";
import { restAs } from "./support/rest";

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

  const auth = () => ({ Authorization: `Bearer ${e2e.emulator.api.tokenFor("holly")}` });
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
      const project = (
        await get<{ value: { id: string; name: string }[] }>("/fabrikam/_apis/projects")
      ).value.find((p) => p.name === "Client Services")!;
      const hook = `${e2e.emulator.url}${path}`;
      const res = await fetch(
        `${e2e.emulator.url}/fabrikam/_apis/ExtensionManagement/InstalledExtensions/umdesk/user-management-desk/Data/Scopes/Default/Current/Collections/project-settings/Documents?api-version=7.1-preview.1`,
        {
          method: "POST",
          headers: { ...auth(), "Content-Type": "application/json" },
          body: JSON.stringify({ id: project.id, value: { schemaVersion: 1, webhookUrl: hook } }),
        },
      );
      expect(res.status).toBeLessThan(300);

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
});
