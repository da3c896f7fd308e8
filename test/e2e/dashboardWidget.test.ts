/**
 * The dashboard widget in the emulator's dashboard page: its figures equal what the REST API says about the
 * seeded requests, and its configuration (title, request type) saves through the dashboard and reloads it.
 */
import type { Frame } from "playwright-core";

import { TITLE_MAX } from "../../src/contributions/desk-widget/widgetSettings";
import { defaultSettings } from "../../src/domain/settings";
import { defaultSlaSettings } from "../../src/domain/sla/slaSettings";
import { formatSpan } from "../../src/workflow/turnaround";
import {
  byRole,
  chooseOption,
  contributionFrame,
  type E2eSession,
  unexpectedProblems,
  useEmulator,
  waitForHostLog,
} from "./support/harness";
import { writeSettingsProperty } from "./support/settingsProperty";

const CS = "/fabrikam/Client%20Services";
const DASHBOARD = `${CS}/_dashboards`;

interface Item {
  id: number;
  fields: Record<string, unknown>;
  relations?: { rel: string; url: string }[];
}

async function rest<T>(e2e: E2eSession, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(e2e.emulator.url + path, {
    method,
    headers: {
      Accept: "application/json;api-version=7.1",
      "Content-Type": "application/json",
      Authorization: `Bearer ${e2e.emulator.api.tokenFor("holly")}`,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** What REST says: each request and its child tasks, read as a person would with the REST API. */
async function requestsFromRest(e2e: E2eSession, typeTag?: string): Promise<{ item: Item; tasks: Item[] }[]> {
  const tags = [
    `[System.Tags] CONTAINS 'umd-request'`,
    ...(typeTag ? [`[System.Tags] CONTAINS '${typeTag}'`] : []),
  ];
  const found = await rest<{ workItems: { id: number }[] }>(e2e, "POST", `${CS}/_apis/wit/wiql`, {
    query: `SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND ${tags.join(" AND ")}`,
  });
  const out = [];
  for (const { id } of found.workItems) {
    const item = await rest<Item>(e2e, "GET", `${CS}/_apis/wit/workitems/${id}?$expand=relations`);
    const childIds = (item.relations ?? [])
      .filter((r) => r.rel === "System.LinkTypes.Hierarchy-Forward")
      .map((r) => Number(/(\d+)$/.exec(r.url)![1]));
    const tasks = await Promise.all(
      childIds.map((c) => rest<Item>(e2e, "GET", `${CS}/_apis/wit/workitems/${c}`)),
    );
    out.push({ item, tasks });
  }
  return out;
}

/** The seed's process: New (Proposed), In Planning (acknowledge), Closed (Completed); tasks New/Active/Closed. */
function stageOf({ item, tasks }: { item: Item; tasks: Item[] }): string {
  const state = item.fields["System.State"];
  if (state === "Closed") return "Closed";
  if (tasks.some((t) => t.fields["System.State"] !== "Closed")) return "In progress";
  if (tasks.length) return "Ready to close";
  return state === "New" ? "Submitted" : "Acknowledged";
}

async function figures(widget: Frame): Promise<Record<string, string>> {
  await widget.locator(".umd-widget-stages").waitFor();
  return widget.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll(".umd-widget dl > div")].map((d) => [
        d.querySelector("dt")!.textContent!,
        d.querySelector("dd")!.textContent!,
      ]),
    ),
  );
}

describe("the dashboard widget", () => {
  const e2e = useEmulator();

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  it("shows what REST says: requests by stage, at risk, overdue and the median turnaround", async () => {
    const now = Date.now();
    const requests = await requestsFromRest(e2e);
    const created = (id: number) =>
      Date.parse(String(requests.find((r) => r.item.id === id)!.item.fields["System.CreatedDate"]));
    const hours = (id: number) => (now - created(id)) / 3_600_000;
    // A calendar that works every day, all day (UTC): business time is wall-clock time, less a minute a day.
    // The invitation (#1) gets a target it has long passed; the reassignment (#2) one it has used 80 % of.
    const holly = (
      await rest<{ users: { key: string; id: string; displayName: string; email: string }[] }>(
        e2e,
        "GET",
        "/_emulator/context",
      )
    ).users.find((u) => u.key === "holly")!;
    const settings = {
      ...defaultSettings({ workItemTypes: ["User Request", "Task"] }),
      coordinator: { id: holly.id, displayName: holly.displayName, uniqueName: holly.email },
      sla: {
        ...defaultSlaSettings(),
        calendar: {
          timeZone: "UTC",
          workingDays: [1, 2, 3, 4, 5, 6, 7],
          dayStart: "00:00",
          dayEnd: "23:59",
          holidays: [],
        },
        targets: {
          invite: { acknowledgeHours: 1 },
          reassign: { acknowledgeHours: Math.round((hours(2) / 0.8) * 100) / 100 },
        },
      },
    };
    // Saved as Holly, a project administrator, saves them: the trusted settings property.
    await writeSettingsProperty(e2e, "Client Services", settings);

    const page = await e2e.openAs("holly", DASHBOARD);
    const widget = await contributionFrame(page, "desk-widget");
    await waitForHostLog(page, (e) => e.source === "desk-widget" && e.call === "dashboard.load");
    expect(await page.locator(".dashboard-widget").getAttribute("data-widget-status")).toBe("success");
    await byRole(widget, "heading", "User management requests").waitFor();

    const expected: Record<string, number> = {
      Submitted: 0,
      Acknowledged: 0,
      "In progress": 0,
      "Ready to close": 0,
      Closed: 0,
    };
    for (const r of requests) expected[stageOf(r)] += 1;
    const shown = await figures(widget);
    for (const [stage, count] of Object.entries(expected))
      expect([stage, shown[stage]]).toEqual([stage, String(count)]);
    expect(shown["At risk"]).toBe("1");
    expect(shown.Overdue).toBe("1");
    const closed = requests.filter((r) => stageOf(r) === "Closed");
    const spans = closed
      .map(
        (r) =>
          Date.parse(String(r.item.fields["Microsoft.VSTS.Common.ClosedDate"])) -
          Date.parse(String(r.item.fields["System.CreatedDate"])),
      )
      .sort((a, b) => a - b);
    expect(spans).toHaveLength(1);
    await widget.getByText(`Median turnaround, last 30 days: ${formatSpan(spans[0])} (1 closed)`).waitFor();
  });

  it("saves its title and request type through the dashboard, and reloads with them", async () => {
    const page = await e2e.openAs("holly", DASHBOARD);
    const widget = await contributionFrame(page, "desk-widget");
    await waitForHostLog(page, (e) => e.source === "desk-widget" && e.call === "dashboard.load");
    await byRole(page, "button", "Configure").click();
    const config = await contributionFrame(page, "desk-widget-configuration");
    await waitForHostLog(
      page,
      (e) => e.source === "desk-widget-configuration" && e.call === "dashboard.configuration.load",
    );
    await byRole(config, "textbox", "Title").fill("Resets");
    // The title's limit is counted as it is typed.
    await config.getByText(`6/${TITLE_MAX}`).waitFor();
    await chooseOption(config, byRole(config, "button", "Request type"), "Account reset");
    // The change is previewed in the widget before Save, through ConfigurationChange.
    await waitForHostLog(page, (e) => e.call === "dashboard.notify");
    await byRole(widget, "heading", "Resets").waitFor();
    await byRole(page, "button", "Save").click();
    await waitForHostLog(page, (e) => e.call === "dashboard.onSave");
    await page.getByRole("dialog").waitFor({ state: "detached" });

    const stored = await rest<{ widgets: { settings: { data: string } }[] }>(
      e2e,
      "GET",
      "/_emulator/dashboards/Client%20Services",
    );
    expect(JSON.parse(stored.widgets[0].settings.data)).toEqual({ title: "Resets", type: "reset" });
    const resets = await requestsFromRest(e2e, "umd-type:reset");
    const shown = await figures(widget);
    const open = resets.filter((r) => stageOf(r) !== "Closed");
    expect(shown.Closed).toBe(String(resets.length - open.length));
    expect(shown.Submitted).toBe(String(open.filter((r) => stageOf(r) === "Submitted").length));
    expect(shown["In progress"]).toBe(String(open.filter((r) => stageOf(r) === "In progress").length));

    // A reload of the page keeps what was saved.
    const again = await e2e.openAs("holly", DASHBOARD);
    await byRole(await contributionFrame(again, "desk-widget"), "heading", "Resets").waitFor();
  });
});
