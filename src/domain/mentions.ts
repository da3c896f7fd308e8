/** The only markup that makes Azure DevOps notify a person: an anchor carrying their identity id. */
import { escapeHtml } from "./html";

const IDENTITY_ID = /^[0-9a-fA-F-]{1,64}$/;

export function mentionHtml(person: { id: string; displayName: string }): string {
  // The id goes into an attribute unescaped by design (Azure DevOps reads it verbatim), so only a
  // GUID-shaped id is accepted: nothing else can close the attribute.
  if (!IDENTITY_ID.test(person.id))
    throw new Error(`"${person.id}" is not an identity id, so it cannot be mentioned.`);
  return `<a href="#" data-vss-mention="version:2.0,${person.id}">@${escapeHtml(person.displayName)}</a>`;
}
