/**
 * The seed, written through the store's own create/update operations by the right people at plausible
 * times over the past days, so requests have real revisions, comments, links and history.
 */
import { renderRequestFields } from "../../../../src/domain/requestFormat";
import { type RequestDetails } from "../../../../src/domain/requestTypes";
import { userByKey } from "../model/identities";
import { type PatchOp } from "../store/patch";
import { PARENT } from "../store/relations";
import { type Store } from "../store/store";
import { createWorkItem, updateWorkItem } from "../store/workItems";
import { seedProjectSettings } from "./projectSettings";
import * as D from "./requestDetails";
import { seedScale } from "./scale";

export const STAFF_TASK_TAG = "umd-staff-task";

export interface SeedClock {
  /** `daysAgo` days (at least one) before now, at hh:mm UTC: a past working day, whatever the hour now. */
  at(daysAgo: number, hour: number, minute?: number): Date;
  /** `minutes` before now: today's events, so they read as the newest at any hour the emulator starts. */
  ago(minutes: number): Date;
}

const clockFrom = (now: () => Date): SeedClock => ({
  at(daysAgo, hour, minute = 0) {
    // Today's hh:mm may still lie ahead (a start at 07:13 is before "today 07:30"); only whole past days are safe.
    if (daysAgo < 1)
      throw new Error(`The seed writes today's events with ago(minutes), not at(${daysAgo}, ...).`);
    const d = new Date(now().getTime() - daysAgo * 86_400_000);
    d.setUTCHours(hour, minute, 0, 0);
    return d;
  },
  ago: (minutes) => new Date(now().getTime() - minutes * 60_000),
});

const set = (fields: Record<string, unknown>): PatchOp[] =>
  Object.entries(fields).map(([k, value]) => ({ op: "add", path: `/fields/${k}`, value }));

export function mention(userKey: string): string {
  const u = userByKey(userKey)!;
  return `<a href="#" data-vss-mention="version:2.0,${u.id}">@${u.displayName}</a>`;
}

export class SeedWriter {
  constructor(readonly store: Store) {}

  create(
    project: string,
    type: string,
    by: string,
    when: Date,
    fields: Record<string, unknown>,
    extra: PatchOp[] = [],
  ) {
    this.store.now = () => when;
    return createWorkItem(this.store, this.store.project(project)!, type, [...set(fields), ...extra], {
      actor: userByKey(by)!,
    }).id;
  }

  update(id: number, by: string, when: Date, fields: Record<string, unknown>, extra: PatchOp[] = []) {
    this.store.now = () => when;
    updateWorkItem(this.store, id, [...set(fields), ...extra], { actor: userByKey(by)! });
  }

  request(project: string, type: string, by: string, when: Date, details: RequestDetails, area: string) {
    const r = renderRequestFields(details);
    // The story's tags were defined by the desk's staff before clients used them (clients may not add tags).
    this.store.defineTags(this.store.project(project)!, r.tags);
    return this.create(project, type, by, when, {
      "System.Title": r.title,
      "System.Description": r.descriptionHtml,
      "System.Tags": r.tags.join("; "),
      "System.AssignedTo": "holly@fabrikam.example",
      "System.AreaPath": `${project}${area ? "\\" + area : ""}`,
    });
  }

  task(project: string, requestId: number, assignee: string, when: Date) {
    const request = this.store.current(this.store.items.get(requestId)!).fields;
    return this.create(
      project,
      "Task",
      "holly",
      when,
      {
        "System.Title": `Staff task #${requestId}: ${String(request["System.Title"])}`,
        "System.AssignedTo": userByKey(assignee)!.email,
        "System.AreaPath": request["System.AreaPath"],
        "System.IterationPath": request["System.IterationPath"],
        "System.Description": `<p>Staff task of request #${requestId}.</p>${String(request["System.Description"])}`,
        "System.Tags": STAFF_TASK_TAG,
      },
      [
        {
          op: "add",
          path: "/relations/-",
          value: { rel: PARENT, url: this.store.workItemUrl(requestId), attributes: {} },
        },
      ],
    );
  }
}

const ACK = (client: string) =>
  `<div>${mention(client)} we will act on this request and reach out as soon as we have completed.</div>`;
const DONE = (client: string) => `<div>${mention(client)} your request has been completed.</div>`;

/** Writes the seed at times before the store's clock (`store.clockNow`), then gives the store that clock. */
export function seedStore(store: Store, seedSize: number, seedClosedShare?: number): void {
  const w = new SeedWriter(store);
  const clock = clockFrom(store.clockNow);
  const at = clock.at;
  const CS = "Client Services";
  const dental = "Clients\\Contoso Dental";
  const northwind = "Clients\\Northwind Clinic";

  // 1. Dana: invitation with enrollment keys for two new hires — Submitted.
  w.request(CS, "User Request", "dana", at(3, 14, 5), D.invitationForTwoHires(), dental);

  // 2. Dana: User 102 reassignment — Submitted.
  w.request(CS, "User Request", "dana", at(1, 9, 40), D.reassignUser102(), dental);

  // 3. Chris: account reset — In progress (acknowledged, task Active for Remi).
  const reset = w.request(CS, "User Request", "chris", at(4, 8, 15), D.chrisAccountReset(), northwind);
  w.update(reset, "holly", at(4, 10, 2), { "System.State": "In Planning", "System.History": ACK("chris") });
  const resetTask = w.task(CS, reset, "remi", at(4, 10, 30));
  w.update(resetTask, "remi", at(3, 11, 0), {
    "System.State": "Active",
    "System.History": "<div>Started: unlocking the portal account.</div>",
  });

  // 4. Chris: remove user — Ready to close (task Closed).
  const remove = w.request(CS, "User Request", "chris", at(6, 16, 20), D.chrisRemoveUser(), northwind);
  w.update(remove, "holly", at(5, 8, 45), { "System.State": "In Planning", "System.History": ACK("chris") });
  const removeTask = w.task(CS, remove, "remi", at(5, 9, 10));
  w.update(removeTask, "remi", at(2, 15, 30), {
    "System.State": "Closed",
    "System.History": `<div>${mention("holly")} done. Removed: User 230 (l.meyer@northwind.example).</div>`,
  });

  // 5. Dana: a Closed request with a Closed task.
  const closed = w.request(CS, "User Request", "dana", at(9, 13, 0), D.danaClosedReset(), dental);
  w.update(closed, "holly", at(9, 15, 10), { "System.State": "In Planning", "System.History": ACK("dana") });
  const closedTask = w.task(CS, closed, "sam", at(9, 15, 20));
  w.update(closedTask, "sam", at(8, 10, 0), { "System.State": "Active" });
  w.update(closedTask, "sam", at(8, 11, 30), {
    "System.State": "Closed",
    "System.History": `<div>${mention("holly")} done. Modified: User 105 (password reset link sent).</div>`,
  });
  w.update(closed, "holly", at(7, 9, 0), { "System.State": "Closed", "System.History": DONE("dana") });

  // 6. Pat Morgan (not an organization member): account reset, entered by Holly — Submitted, root area; the
  //    newest request, 45 minutes before the emulator started.
  w.request(CS, "User Request", "holly", clock.ago(45), D.patAccountReset(), "");

  // Basic Desk: one Submitted (To Do) from Dana, one In progress (Doing + a To Do task for Sam).
  const BD = "Basic Desk";
  w.request(BD, "Issue", "dana", at(2, 12, 0), D.basicInvite(), dental);
  const basic = w.request(BD, "Issue", "chris", at(5, 10, 0), D.basicRemove(), northwind);
  w.update(basic, "holly", at(4, 9, 0), { "System.State": "Doing", "System.History": ACK("chris") });
  w.task(BD, basic, "sam", at(4, 9, 20));

  seedScale(w, seedSize, clock, seedClosedShare);
  seedProjectSettings(store);
  store.now = store.clockNow;
}
