/**
 * Notify client: one mail to the client (cc the coordinator) from an editable template, then the same
 * message recorded on the request's discussion.
 */
import { describeError, isConflict } from "../ado/restErrors";
import { escapeHtml } from "../domain/html";
import { mentionHtml } from "../domain/mentions";
import { commentPatch } from "../domain/patches";
import { renderSubject, renderTemplate } from "../domain/templates";
import type { DeskServices } from "./deskServices";
import { type ActionOutcome, done, failed } from "./outcome";
import type { RequestView } from "./requestView";
import { templateValues } from "./templateValues";

export function notifyClientBlocker(view: RequestView): string | undefined {
  if (!view.details) return view.detailsProblem;
  // While membership is still being read the button stays usable; the action checks the completed view.
  if (view.complete && !view.clientIdentity) return notMemberMessage(view.clientEmail);
  return undefined;
}

export function notMemberMessage(email: string): string {
  return `${email || "The client's e-mail"} is not a member of this organization, so Azure DevOps cannot notify them; add them as a Stakeholder, or continue without notifying.`;
}

export interface MailDraft {
  subject: string;
  body: string;
}

async function recordOnDiscussion(
  services: DeskServices,
  view: RequestView,
  subject: string,
  bodyHtml: string,
): Promise<ActionOutcome> {
  const client = view.clientIdentity!;
  const commentHtml = `<p>E-mailed ${mentionHtml(client)}: <b>${escapeHtml(subject)}</b></p>${bodyHtml}`;
  let rev = view.rev;
  for (let attempt = 0; ; attempt++) {
    try {
      await services.workItems.update(view.id, commentPatch({ rev, commentHtml }));
      return done(`E-mailed ${client.displayName} and recorded the message on the request.`);
    } catch (e) {
      // A comment does not depend on what changed meanwhile: take the new revision and add it once more.
      if (isConflict(e) && attempt === 0) {
        rev = (await services.workItems.get(view.id, "none")).rev;
        continue;
      }
      return {
        kind: "failed",
        message: `The e-mail was sent, but recording it on the request failed. ${describeError(e, "add the comment")}`,
        retryLabel: "Record on request",
        retry: () => recordOnDiscussion(services, view, subject, bodyHtml),
      };
    }
  }
}

export async function notifyClient(
  services: DeskServices,
  view: RequestView,
  draft: MailDraft,
): Promise<ActionOutcome> {
  const blocker = notifyClientBlocker(view);
  if (blocker) return failed(blocker);
  const values = templateValues(services, view);
  const subject = renderSubject(draft.subject, values);
  const bodyHtml = renderTemplate(draft.body, values);
  const cc = view.coordinator && view.coordinator.id !== view.clientIdentity!.id ? [view.coordinator.id] : [];
  try {
    await services.workItems.sendMail({
      to: [view.clientIdentity!.id],
      cc,
      subject,
      bodyHtml,
      workItemIds: [view.id],
    });
  } catch (e) {
    return failed(describeError(e, "send the e-mail"));
  }
  return recordOnDiscussion(services, view, subject, bodyHtml);
}
