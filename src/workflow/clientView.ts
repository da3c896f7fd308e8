/** Client self-service: the latest message the desk wrote on a request. */
import { htmlToText } from "../domain/html";

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
