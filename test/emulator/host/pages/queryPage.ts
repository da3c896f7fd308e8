/**
 * A saved query's results, where Azure DevOps shows them (`/{org}/{project}/_queries/query/{id}`): run with the
 * signed-in user's permissions, so a Stakeholder client sees their own requests here without any extension hub.
 */
import { h } from "../dom";
import type { PageEnv } from "../env";
import { seg } from "../rest";
import { renderChrome } from "./chrome";
import { readItems, workItemGrid } from "./workItemGrid";

export async function renderQueryPage(env: PageEnv, queryId: string): Promise<void> {
  const base = `${seg(env.project.name)}/_apis/wit`;
  const query = await env.rest.call<{ name: string; path: string }>("GET", `${base}/queries/${seg(queryId)}`);
  const result = await env.rest.call<{ workItems: { id: number }[] }>("GET", `${base}/wiql/${seg(queryId)}`);
  const items = await readItems(
    env,
    result.workItems.map((w) => w.id),
  );
  document.title = `${query.name} - Queries - ${env.project.name} - Azure DevOps emulator`;
  const main = renderChrome(env, [h("a", { href: env.link("/") }, env.project.name), "Queries", query.path]);
  main.append(
    h("h1", { class: "page-title" }, query.name),
    h(
      "section",
      { class: "card" },
      items.length
        ? workItemGrid(env, env.project, items, `Results of ${query.name}`)
        : h("p", { class: "secondary" }, "The query found no work items you can see."),
    ),
  );
}
