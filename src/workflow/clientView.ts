/**
 * Client self-service: who counts as a client, and the latest message the desk wrote on a request.
 *
 * The rule: a person named in settings as coordinator or staff is staff. When settings name anyone, every
 * other person is a client. When settings name nobody yet (first run), a person is a client when at least
 * one request carries their client tag (`umd-client:<their e-mail>`), and staff otherwise.
 */
import type { LoadedSettings } from "../ado/settingsStore";
import { htmlToText } from "../domain/html";
import type { DeskServices } from "./deskServices";
import { latestClientRequestWiql } from "./queueWiql";

export type HubRole = "staff" | "client";

export async function decideRole(services: DeskServices, loaded: LoadedSettings): Promise<HubRole> {
  const s = loaded.settings;
  const me = services.user;
  const same = (p: { id: string; uniqueName: string }) =>
    p.id === me.id || (!!p.uniqueName && p.uniqueName.toLowerCase() === me.uniqueName.toLowerCase());
  if ((s.coordinator && same(s.coordinator)) || s.staff.some(same)) return "staff";
  if (s.coordinator || s.staff.length > 0) return "client";
  const ids = await services.workItems.queryIds(
    latestClientRequestWiql({ requestTag: s.requestTag, clientEmail: me.uniqueName }),
    1,
  );
  return ids.length > 0 ? "client" : "staff";
}

export interface CommentSummary {
  id: number;
  /** HTML as stored. */
  text: string;
  createdBy: { id?: string; displayName?: string; uniqueName?: string };
  createdDate: string;
}

/** Reads a work item's newest discussion comments (the modern comments API). */
export interface CommentsReader {
  newest(workItemId: number, top: number): Promise<CommentSummary[]>;
}

/** The newest comment the client did not write themselves, as plain text. */
export function latestMessageTo(
  comments: CommentSummary[],
  client: { id: string; uniqueName: string },
): { text: string; by: string; at: string } | undefined {
  const mine = (c: CommentSummary) =>
    c.createdBy.id === client.id ||
    (!!c.createdBy.uniqueName && c.createdBy.uniqueName.toLowerCase() === client.uniqueName.toLowerCase());
  const found = [...comments]
    .sort((a, b) => b.createdDate.localeCompare(a.createdDate) || b.id - a.id)
    .find((c) => !mine(c) && htmlToText(c.text));
  return found
    ? { text: htmlToText(found.text), by: found.createdBy.displayName ?? "", at: found.createdDate }
    : undefined;
}
