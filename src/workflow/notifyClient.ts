/**
 * Notify client: the message is first recorded on the request's discussion (one `test /rev` update that
 * mentions the client), then mailed to the client (cc the coordinator) from an editable template. The record
 * comes first because it is the marker: a second tab, a colleague at the same moment, or a repeat after a
 * lost answer finds it and does not send the mail twice.
 */
import type { Identity } from "../ado/identities";
import { describeError, isConflict, mayHaveLandedEarlier } from "../ado/restErrors";
import type { WorkItemUpdate } from "../ado/workItemsApi";
import { escapeHtml, htmlToText } from "../domain/html";
import { mentionHtml } from "../domain/mentions";
import { commentPatch } from "../domain/patches";
import { renderSubject, renderTemplate } from "../domain/templates";
import type { DeskServices } from "./deskServices";
import { formatWhen } from "./format";
import { mailFailureText } from "./mailFailure";
import { type ActionOutcome, already, done, failed } from "./outcome";
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

const RECORD_PREFIX = "E-mailed ";

/** The discussion entry that records a notification: who was e-mailed, the subject, then the message. */
export function notifyRecordHtml(client: Identity, subject: string, bodyHtml: string): string {
  return `<p>${RECORD_PREFIX}${mentionHtml(client)}: <b>${escapeHtml(subject)}</b></p>${bodyHtml}`;
}

const historyOf = (u: WorkItemUpdate): string => {
  const value = u.fields?.["System.History"]?.newValue;
  return typeof value === "string" ? value : "";
};
const isNotifyRecord = (u: WorkItemUpdate) => htmlToText(historyOf(u)).startsWith(RECORD_PREFIX);
const changedAt = (u: WorkItemUpdate): string => {
  const value = u.fields?.["System.ChangedDate"]?.newValue;
  return typeof value === "string" ? value : "";
};

type Recorded = { kind: "recorded" } | { kind: "stopped"; outcome: ActionOutcome };

/**
 * Writes the record once. On a 412 it reads what changed since the view: a notification recorded meanwhile
 * stops this one (or, after a lost answer, is this one); any other change is stepped over with the new rev.
 */
async function recordOnce(services: DeskServices, view: RequestView, commentHtml: string): Promise<Recorded> {
  let rev = view.rev;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await services.workItems.update(view.id, commentPatch({ rev, commentHtml }));
      return { kind: "recorded" };
    } catch (e) {
      if (!isConflict(e)) return { kind: "stopped", outcome: failed(describeError(e, "notify the client")) };
      let since: WorkItemUpdate[];
      try {
        since = (await services.workItems.updates(view.id)).filter((u) => u.rev > view.rev);
      } catch (readError) {
        return { kind: "stopped", outcome: failed(describeError(readError, "notify the client")) };
      }
      // Compared as text: the server may rewrite the markup it stores.
      const ours = since.find(
        (u) => u.revisedBy?.id === services.user.id && htmlToText(historyOf(u)) === htmlToText(commentHtml),
      );
      if (ours && mayHaveLandedEarlier(e)) return { kind: "recorded" };
      const other = since.find(isNotifyRecord);
      if (other) {
        const subject = /<b>([\s\S]*?)<\/b>/.exec(historyOf(other))?.[1] ?? "";
        return {
          kind: "stopped",
          outcome: already(
            `${other.revisedBy?.displayName || "Someone"} e-mailed ${view.clientIdentity!.displayName} ${formatWhen(changedAt(other), services.now())}: "${htmlToText(subject)}". Nothing was sent now; open Notify client again if your message is still needed.`,
          ),
        };
      }
      rev = Math.max(rev, ...since.map((u) => u.rev));
    }
  }
  return {
    kind: "stopped",
    outcome: failed(
      "Could not notify the client: the request keeps changing under this action. Reload it and try again.",
    ),
  };
}

async function mailClient(
  services: DeskServices,
  view: RequestView,
  message: { subject: string; bodyHtml: string; cc: string[] },
): Promise<ActionOutcome> {
  const client = view.clientIdentity!;
  try {
    await services.workItems.sendMail({
      to: [client.id],
      cc: message.cc,
      subject: message.subject,
      bodyHtml: message.bodyHtml,
      workItemIds: [view.id],
    });
  } catch (e) {
    return {
      kind: "failed",
      message: `The message is recorded on the request, but the e-mail failed. ${mailFailureText(e, message.cc.length ? view.coordinator : undefined)}`,
      retryLabel: "Send the e-mail again",
      retry: () => mailClient(services, view, message),
    };
  }
  return done(`E-mailed ${client.displayName} and recorded the message on the request.`);
}

export async function notifyClient(
  services: DeskServices,
  view: RequestView,
  draft: MailDraft,
): Promise<ActionOutcome> {
  const blocker = notifyClientBlocker(view);
  if (blocker) return failed(blocker);
  const client = view.clientIdentity!;
  const values = templateValues(services, view);
  const subject = renderSubject(draft.subject, values);
  const bodyHtml = renderTemplate(draft.body, values);
  const cc = view.coordinator && view.coordinator.id !== client.id ? [view.coordinator.id] : [];
  const recorded = await recordOnce(services, view, notifyRecordHtml(client, subject, bodyHtml));
  if (recorded.kind === "stopped") return recorded.outcome;
  return mailClient(services, view, { subject, bodyHtml, cc });
}
