/**
 * The start page: every project with its work items (via WIQL and a batch read, as the signed-in user may
 * see them), links to the extension's hubs and settings, the seeded users and the inspection endpoints.
 */
import { h } from "../dom";
import type { PageEnv, ProjectInfo } from "../env";
import { seg } from "../rest";
import { contributionLinks, renderChrome } from "./chrome";
import { type BatchItem, readItems, workItemGrid } from "./workItemGrid";

async function workItemsOf(env: PageEnv, project: ProjectInfo): Promise<BatchItem[]> {
  const wiql = await env.rest.call<{ workItems: { id: number }[] }>(
    "POST",
    `${seg(project.name)}/_apis/wit/wiql`,
    {
      query: "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project ORDER BY [System.Id]",
    },
  );
  return readItems(
    env,
    wiql.workItems.map((w) => w.id),
  );
}

function projectSection(env: PageEnv, project: ProjectInfo, items: BatchItem[]): HTMLElement {
  const linkEnv = { ...env, project };
  return h(
    "section",
    { class: "card", "aria-labelledby": `project-${project.id}` },
    h("h2", { id: `project-${project.id}` }, project.name),
    h("p", { class: "link-row" }, contributionLinks(linkEnv, project.name)),
    items.length
      ? workItemGrid(env, project, items, `Work items in ${project.name}`)
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
