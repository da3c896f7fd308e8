/**
 * The start page: every project with its work items (via WIQL and a batch read, as the signed-in user may
 * see them), links to the extension's hubs and settings, the seeded users and the inspection endpoints.
 */
import { collectionPathOf } from "../bootstrap";
import { h } from "../dom";
import type { PageEnv, ProjectInfo } from "../env";
import { isIdentity } from "../form/model";
import { seg } from "../rest";
import { contributionLinks, renderChrome } from "./chrome";

interface BatchItem {
  id: number;
  fields: Record<string, unknown>;
}

const FIELDS = ["System.Id", "System.WorkItemType", "System.Title", "System.State", "System.AssignedTo"];

async function workItemsOf(env: PageEnv, project: ProjectInfo): Promise<BatchItem[]> {
  const wiql = await env.rest.call<{ workItems: { id: number }[] }>(
    "POST",
    `${seg(project.name)}/_apis/wit/wiql`,
    {
      query: "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project ORDER BY [System.Id]",
    },
  );
  const ids = wiql.workItems.map((w) => w.id);
  const items: BatchItem[] = [];
  for (let i = 0; i < ids.length; i += 200) {
    const batch = await env.rest.call<{ value: BatchItem[] } | BatchItem[]>(
      "POST",
      "_apis/wit/workitemsbatch",
      {
        ids: ids.slice(i, i + 200),
        fields: FIELDS,
      },
    );
    items.push(...(Array.isArray(batch) ? batch : batch.value));
  }
  return items;
}

function projectSection(env: PageEnv, project: ProjectInfo, items: BatchItem[]): HTMLElement {
  const org = collectionPathOf(env.bootstrap);
  const rows = items.map((item) => {
    const f = item.fields;
    const assigned = f["System.AssignedTo"];
    return h(
      "tr",
      null,
      h("td", { class: "num" }, String(item.id)),
      h("td", null, String(f["System.WorkItemType"] ?? "")),
      h(
        "td",
        null,
        h(
          "a",
          { href: env.link(`/${org}/${seg(project.name)}/_workitems/edit/${item.id}`) },
          String(f["System.Title"] ?? ""),
        ),
      ),
      h("td", null, h("span", { class: "state" }, String(f["System.State"] ?? ""))),
      h("td", null, isIdentity(assigned) ? assigned.displayName : ""),
    );
  });
  const linkEnv = { ...env, project };
  return h(
    "section",
    { class: "card", "aria-labelledby": `project-${project.id}` },
    h("h2", { id: `project-${project.id}` }, project.name),
    h("p", { class: "link-row" }, contributionLinks(linkEnv, project.name)),
    items.length
      ? h(
          "table",
          { class: "grid", "aria-label": `Work items in ${project.name}` },
          h(
            "thead",
            null,
            h(
              "tr",
              null,
              ["ID", "Type", "Title", "State", "Assigned To"].map((c) => h("th", { scope: "col" }, c)),
            ),
          ),
          h("tbody", null, rows),
        )
      : h("p", { class: "secondary" }, "No work items you can see."),
  );
}

function usersSection(env: PageEnv): HTMLElement {
  const { users } = env.bootstrap.context;
  return h(
    "section",
    { class: "card", "aria-labelledby": "users-title" },
    h("h2", { id: "users-title" }, "Users"),
    h(
      "table",
      { class: "grid", "aria-label": "Users" },
      h(
        "thead",
        null,
        h(
          "tr",
          null,
          ["Name", "E-mail", "Role", ""].map((c) => h("th", { scope: "col" }, c)),
        ),
      ),
      h(
        "tbody",
        null,
        users.map((u) => {
          const url = new URL(window.location.href);
          url.searchParams.set("as", u.key);
          return h(
            "tr",
            null,
            h("td", null, u.displayName),
            h("td", null, u.email),
            h("td", null, u.role),
            h(
              "td",
              null,
              u.key === env.bootstrap.userKey
                ? h("span", { class: "secondary" }, "signed in")
                : h("a", { href: url.pathname + url.search }, `Sign in as ${u.displayName}`),
            ),
          );
        }),
      ),
    ),
  );
}

function inspectionSection(): HTMLElement {
  const endpoints = [
    "/_emulator/context",
    "/_emulator/mail",
    "/_emulator/requests",
    "/_emulator/webhooks",
    "/_emulator/faults",
  ];
  return h(
    "section",
    { class: "card", "aria-labelledby": "inspect-title" },
    h("h2", { id: "inspect-title" }, "Inspect the emulator"),
    h(
      "ul",
      { class: "plain-list" },
      endpoints.map((e) => h("li", null, h("a", { href: e }, e))),
    ),
    h("p", { class: "secondary" }, "POST /_emulator/reset returns everything to the seed."),
  );
}

export async function renderIndexPage(env: PageEnv): Promise<void> {
  document.title = `${env.bootstrap.context.organization} - Azure DevOps emulator`;
  const main = renderChrome(env, []);
  main.append(h("h1", { class: "page-title" }, `${env.bootstrap.manifest.name}: local Azure DevOps`));
  const sections = await Promise.all(
    env.projects.map(async (p) => projectSection(env, p, await workItemsOf(env, p))),
  );
  main.append(...sections, usersSection(env), inspectionSection());
}
