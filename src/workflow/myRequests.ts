/**
 * A client's own requests, newest first, for the form's client view: one WIQL query (their client tag, or
 * created by them: a request they filed carries its client tag only once acknowledged when the tag is new) and
 * one batch read. Azure DevOps answers only what the person may read, so this is a convenience, never the
 * isolation (that is the area permissions).
 */
import type { DeskServices } from "./deskServices";
import { ownOrClientRequestsWiql } from "./queueWiql";

export interface MyRequest {
  id: number;
  title: string;
  state: string;
}

export const MY_REQUESTS_SHOWN = 20;

export async function loadMyRequests(
  services: Pick<DeskServices, "workItems" | "user">,
  requestTag: string,
): Promise<MyRequest[]> {
  const ids = await services.workItems.queryIds(
    ownOrClientRequestsWiql({ requestTag, clientEmail: services.user.uniqueName }),
    MY_REQUESTS_SHOWN,
  );
  if (ids.length === 0) return [];
  const items = await services.workItems.getMany(ids, ["System.Title", "System.State"]);
  const byId = new Map(items.map((w) => [w.id, w]));
  return ids.flatMap((id) => {
    const w = byId.get(id);
    return w
      ? [{ id, title: String(w.fields["System.Title"] ?? ""), state: String(w.fields["System.State"] ?? "") }]
      : [];
  });
}
