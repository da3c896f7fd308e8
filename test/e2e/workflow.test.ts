/**
 * The whole routine by clicks, in both seeded projects: the coordinator acknowledges, staff create the task,
 * record the account changes and complete it, the coordinator closes the request. Every effect is checked
 * through the emulator's REST API, request log and outbox, including how many writes each action sent.
 */
import { type Frame, type Page } from "playwright-core";

import { type ProfileName } from "../emulator/api/profile";
import { byRole, chooseOption, contributionFrame, unexpectedProblems, useEmulator } from "./support/harness";
import { type LoggedRequest, type PatchOp, restAs } from "./support/rest";

interface Mail {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  workItemIds: number[];
}
interface WorkItem {
  id: number;
  rev: number;
  fields: Record<string, unknown>;
  relations?: { rel: string; url: string }[];
}

const PROJECTS = [
  {
    name: "Client Services",
    requestId: 2, // the User 102 reassignment, Submitted
    acknowledged: "In Planning",
    taskNew: "New",
    taskDone: "Closed",
    closed: "Closed",
    changesPrefilled: true,
    // Configured (project property): Remi is staff.
    worker: { key: "remi", name: "Remi Laurent" },
  },
  {
    name: "Basic Desk",
    requestId: 10, // Dana's invitation, To Do
    acknowledged: "Doing",
    taskNew: "To Do",
    taskDone: "Done",
    closed: "Done",
    changesPrefilled: false,
    // Unconfigured: no coordinator or staff yet, so only Holly, the project administrator, acts (issue #17).
    worker: { key: "holly", name: "Holly Brooks" },
  },
];

const PROFILES: [ProfileName, typeof PROJECTS][] = [
  ["services", PROJECTS],
  // Server 2022: the inherited-process project, by the same clicks; the Basic one adds nothing Server-specific.
  ["server2022", PROJECTS.slice(0, 1)],
];

describe.each(PROFILES)("the one-click routine in the work item panels (%s)", (profile, projects) => {
  const e2e = useEmulator({ profile });

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  const rest = <T>(path: string) => restAs(e2e).get<T>(path);
  const log = () => restAs(e2e).log();
  const users = () => restAs(e2e).userIds();
  const workItem = (id: number) => rest<WorkItem>(`/fabrikam/_apis/wit/workitems/${id}?$expand=relations`);
  const comments = async (project: string, id: number) =>
    (
      await rest<{ comments: { text: string }[] }>(
        `/fabrikam/${encodeURIComponent(project)}/_apis/wit/workItems/${id}/comments?api-version=7.1-preview.4&order=asc`,
      )
    ).comments.map((c) => c.text);
  const isWrite = (r: LoggedRequest) =>
    r.method !== "GET" && !/\/(workitemsbatch|wiql)$/i.test(r.path) && !/extensionmanagement/i.test(r.path);

  /** Runs a click and returns the REST writes it caused, once `settled` shows in the panel. */
  async function writesOf(
    action: () => Promise<void>,
    settled: () => Promise<unknown>,
  ): Promise<LoggedRequest[]> {
    const before = (await log()).length;
    await action();
    await settled();
    return (await log()).slice(before).filter(isWrite);
  }

  async function panelOf(user: string, project: string, id: number): Promise<{ page: Page; panel: Frame }> {
    const page = await e2e.openAs(user, `/fabrikam/${encodeURIComponent(project)}/_workitems/edit/${id}`);
    const panel = await contributionFrame(page, "work-item-panel");
    return { page, panel };
  }

  it.each(projects)(
    "runs the seed routine in $name",
    async (p) => {
      const ids = await users();
      const mention = (key: string) => `data-vss-mention="version:2.0,${ids[key]}"`;

      // 1. The coordinator acknowledges: one PATCH with test /rev, state and the comment mentioning the client.
      const holly = await panelOf("holly", p.name, p.requestId);
      const ack = await writesOf(
        () => byRole(holly.panel, "button", "Acknowledge").click(),
        () => holly.panel.getByText(/^Acknowledged\. The client was told/).waitFor(),
      );
      expect(ack.map((r) => `${r.method} ${r.status}`)).toEqual(["PATCH 200"]);
      const ackOps = ack[0].body as PatchOp[];
      expect(ackOps.map((o) => `${o.op} ${o.path}`)).toEqual([
        "test /rev",
        "add /fields/System.State",
        "add /fields/System.History",
      ]);
      expect((await workItem(p.requestId)).fields["System.State"]).toBe(p.acknowledged);
      const ackComment = (await comments(p.name, p.requestId)).at(-1)!;
      expect(ackComment).toContain(mention("dana"));
      expect(ackComment).toContain("we will act on this request and reach out as soon as we have completed");
      // The form refresh reloads the panel: Acknowledge is then disabled with who did it.
      await holly.panel
        .getByText(/^Already acknowledged by Holly Brooks, /)
        .first()
        .waitFor();
      await holly.panel.locator('[aria-label="Acknowledge"][aria-disabled="true"]').waitFor();
      await holly.panel.getByText(/^Acknowledged\. The client was told/).waitFor();

      // 2. Staff create the task: ONE call, a $batch saved all or nothing: the Task (assignee, area,
      // iteration) and the request's Child link to it, guarded by the request's revision.
      const remi = await panelOf(p.worker.key, p.name, p.requestId);
      // The Staff member picker starts on the default assignee, or on the person looking when no staff are
      // configured (Basic Desk).
      const staffShown = await remi.panel
        .locator(".umd-staff-picker")
        .evaluate(
          (e) => `${e.textContent} ${[...e.querySelectorAll("input")].map((i) => i.value).join(" ")}`,
        );
      expect(staffShown).toContain(p.worker.name);
      const create = await writesOf(
        () => byRole(remi.panel, "button", "Create staff task").click(),
        () => remi.panel.getByText(new RegExp(`^Created staff task #\\d+ for ${p.worker.name}\\.`)).waitFor(),
      );
      expect(create.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
        `PATCH ${e2e.collection}/_apis/wit/$batch 200`,
      ]);
      const [createEntry, linkEntry] = create[0].body as { method: string; uri: string; body: PatchOp[] }[];
      expect(createEntry.uri).toBe(
        `/${encodeURIComponent(p.name)}/_apis/wit/workitems/$Task?api-version=5.0`,
      );
      expect(createEntry.body[0]).toEqual({ op: "add", path: "/id", value: "-1" });
      expect(linkEntry.uri).toBe(`/_apis/wit/workitems/${p.requestId}?api-version=5.0`);
      expect(linkEntry.body.map((o) => `${o.op} ${o.path}`)).toEqual(["test /rev", "add /relations/-"]);
      const request = await workItem(p.requestId);
      const taskId = Number(
        /(\d+)$/.exec(
          request.relations!.find((r) => r.rel === "System.LinkTypes.Hierarchy-Forward")!.url,
        )![1],
      );
      const task = await workItem(taskId);
      expect(task.fields["System.State"]).toBe(p.taskNew);
      expect((task.fields["System.AssignedTo"] as { id: string }).id).toBe(ids[p.worker.key]);
      expect(task.fields["System.AreaPath"]).toBe(request.fields["System.AreaPath"]);
      expect(task.fields["System.IterationPath"]).toBe(request.fields["System.IterationPath"]);
      expect(task.relations).toEqual([
        expect.objectContaining({
          rel: "System.LinkTypes.Hierarchy-Reverse",
          url: expect.stringMatching(new RegExp(`/${p.requestId}$`)),
        }),
      ]);

      // 3. On the task: record the account changes, complete it (confirming the unticked checklist).
      const onTask = await panelOf(p.worker.key, p.name, taskId);
      await byRole(onTask.panel, "button", "Add account change").waitFor();
      if (!p.changesPrefilled) {
        await byRole(onTask.panel, "button", "Add account change").click();
        await byRole(onTask.panel, "textbox", "Account").last().fill("ana.ruiz@contoso-dental.example");
        await chooseOption(onTask.panel, byRole(onTask.panel, "button", "Change").last(), "Added");
        await byRole(onTask.panel, "textbox", "Details").last().fill("Enrollment key sent <b>today</b>");
      }
      const complete = await writesOf(
        async () => {
          await byRole(onTask.panel, "button", "Complete task").click();
          await byRole(onTask.page, "button", "Complete task").click(); // the host's confirmation
        },
        () =>
          onTask.panel.getByText(/^Completed\. Dana Whitfield was e-mailed the account changes/).waitFor(),
      );
      // The draft of the changes may be saved first; the action itself is one PATCH and one mail.
      const actionWrites = complete.filter((r) => !/extensionmanagement/i.test(r.path));
      expect(actionWrites.map((r) => `${r.method} ${r.path.split("/").pop()}`)).toEqual([
        `PATCH ${taskId}`,
        "POST sendmail",
      ]);
      expect((await workItem(taskId)).fields["System.State"]).toBe(p.taskDone);
      const taskComment = (await comments(p.name, taskId)).at(-1)!;
      expect(taskComment).toContain(mention("holly"));
      const mails = await rest<Mail[]>("/_emulator/mail");
      expect(mails).toHaveLength(1);
      expect(mails[0].to).toEqual([ids.dana]);
      expect(mails[0].cc).toEqual([ids.holly]);
      if (p.changesPrefilled) {
        expect(mails[0].body).toContain(
          "maria.gomez@contoso-dental.example → alex.chen@contoso-dental.example",
        );
        expect(mails[0].body).toContain("Forgot password");
      } else {
        expect(mails[0].body).toContain("ana.ruiz@contoso-dental.example");
        expect(mails[0].body).toContain("Enrollment key sent &lt;b&gt;today&lt;/b&gt;");
        expect(taskComment).toContain("Enrollment key sent &lt;b&gt;today&lt;/b&gt;");
      }

      // 4. The coordinator closes: one PATCH, comment telling the client it is completed.
      const closing = await panelOf("holly", p.name, p.requestId);
      await closing.panel.getByText("Ready to close").first().waitFor();
      const close = await writesOf(
        () => byRole(closing.panel, "button", "Close request").click(),
        () => closing.panel.getByText(/^Closed\. The client was told/).waitFor(),
      );
      expect(close.map((r) => `${r.method} ${r.status}`)).toEqual(["PATCH 200"]);
      expect((await workItem(p.requestId)).fields["System.State"]).toBe(p.closed);
      const closeComment = (await comments(p.name, p.requestId)).at(-1)!;
      expect(closeComment).toContain(mention("dana"));
      expect(closeComment).toContain("your request has been completed");

      // Every call of the routine (the host's, the extension's, ours) stayed under the collection URL and
      // asked for no more than the host takes: on Server 2022 nothing above 7.0.
      const asked = await log();
      expect(asked.filter((r) => !r.path.startsWith(`${e2e.collection}/`))).toEqual([]);
      const ceiling =
        profile === "server2022" ? /^(7\.0|5\.0)(-preview\.\d+)?$/ : /^(7\.1|5\.0)(-preview\.\d+)?$/;
      expect(
        asked.filter((r) => !ceiling.test(r.apiVersion ?? "")).map((r) => `${r.path} ${r.apiVersion}`),
      ).toEqual([]);
    },
    90_000,
  );

  if (profile !== "services") return; // the rest is not host-specific

  it("says before acting that a client who is not a member cannot be notified", async () => {
    // Request 9: pat.morgan@tailspin.example is not an organization member.
    const { page, panel } = await panelOf("holly", "Client Services", 9);
    const text =
      "pat.morgan@tailspin.example is not a member of this organization, so Azure DevOps cannot notify them; add them as a Stakeholder, or continue without notifying.";
    await panel.getByText(text).first().waitFor();
    await byRole(panel, "button", "Acknowledge").click();
    await byRole(page, "button", "Cancel").click();
    expect((await workItem(9)).fields["System.State"]).toBe("New");
    await byRole(panel, "button", "Acknowledge").click();
    await byRole(page, "button", "Acknowledge").click();
    await panel.getByText(/^Acknowledged\./).waitFor();
    expect((await workItem(9)).fields["System.State"]).toBe("In Planning");
    expect((await comments("Client Services", 9)).at(-1)).not.toContain("data-vss-mention");
  }, 60_000);

  it("stays quiet on a work item that is neither a request nor a staff task", async () => {
    const res = await fetch(
      `${e2e.emulator.url}/fabrikam/Client%20Services/_apis/wit/workitems/$User%20Story?api-version=7.1`,
      {
        method: "POST",
        headers: {
          Authorization: `Bearer ${e2e.emulator.api.tokenFor("holly")}`,
          "Content-Type": "application/json-patch+json",
        },
        body: JSON.stringify([{ op: "add", path: "/fields/System.Title", value: "Plain story" }]),
      },
    );
    expect(res.status).toBe(200);
    const story = (await res.json()) as WorkItem;
    const { panel } = await panelOf("holly", "Client Services", story.id);
    await panel.getByText("Not a user-management request or staff task.").waitFor();
    expect(await panel.getByRole("button").count()).toBe(0);
  }, 30_000);
});
