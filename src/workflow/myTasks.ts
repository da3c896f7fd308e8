/** "My tasks": the staff tasks assigned to the signed-in user, with their parent request. */
import type { WorkItemState } from "../domain/states";
import { categoryOf } from "../domain/states";
import type { DeskServices } from "./deskServices";
import { readInBatches, TASK_FIELDS } from "./queue";
import { queryAllIds, staffTasksPageWiql } from "./queueWiql";
import { isDoneCategory } from "./taskView";

export interface MyTaskRow {
  id: number;
  title: string;
  state: string;
  done: boolean;
  createdDate: string;
  parentId: number | undefined;
  parentTitle: string;
}

const str = (v: unknown): string => (typeof v === "string" ? v : v == null ? "" : String(v));

export async function loadMyTasks(services: DeskServices, taskStates: WorkItemState[]): Promise<MyTaskRow[]> {
  const ids = await queryAllIds(
    (wiql, top) => services.workItems.queryIds(wiql, top),
    (afterId) => staffTasksPageWiql({ afterId, assignedToMe: true }),
  );
  const tasks = await readInBatches(services, ids, TASK_FIELDS);
  const parentIds = [
    ...new Set(
      tasks.map((t) => Number(t.fields["System.Parent"])).filter((n) => Number.isInteger(n) && n > 0),
    ),
  ];
  const parents = parentIds.length
    ? await readInBatches(services, parentIds, ["System.Id", "System.Title"])
    : [];
  const titles = new Map(parents.map((p) => [p.id, str(p.fields["System.Title"])]));
  return tasks
    .map((t) => {
      const parent = Number(t.fields["System.Parent"]);
      const state = str(t.fields["System.State"]);
      return {
        id: t.id,
        title: str(t.fields["System.Title"]),
        state,
        done: isDoneCategory(categoryOf(taskStates, state)),
        createdDate: str(t.fields["System.CreatedDate"]),
        parentId: Number.isInteger(parent) && parent > 0 ? parent : undefined,
        parentTitle: titles.get(parent) ?? "",
      };
    })
    .sort((a, b) => Number(a.done) - Number(b.done) || b.id - a.id);
}
