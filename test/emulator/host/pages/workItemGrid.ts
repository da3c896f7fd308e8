/** A table of work items (id, type, title linking to the work item page, state, assignee), read in batches. */
import { collectionPathOf } from "../bootstrap";
import { h } from "../dom";
import type { PageEnv, ProjectInfo } from "../env";
import { isIdentity } from "../form/model";
import { seg } from "../rest";

export interface BatchItem {
  id: number;
  fields: Record<string, unknown>;
}

const FIELDS = ["System.Id", "System.WorkItemType", "System.Title", "System.State", "System.AssignedTo"];

/** The items' grid fields, 200 ids per `workitemsbatch` call as the REST limit allows. */
export async function readItems(env: PageEnv, ids: number[]): Promise<BatchItem[]> {
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

export function workItemGrid(
  env: PageEnv,
  project: ProjectInfo,
  items: BatchItem[],
  label: string,
): HTMLElement {
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
  return h(
    "table",
    { class: "grid", "aria-label": label },
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
  );
}
