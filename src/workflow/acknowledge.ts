/** Acknowledge: one update (test /rev, state, comment mentioning the client), then the staff-channel post. */
import { describeError, isConflict } from "../ado/restErrors";
import { acknowledgePatch } from "../domain/patches";
import { completeTags } from "../domain/requestFormat";
import { requestTypeInfo } from "../domain/requestTypes";
import { renderTemplate } from "../domain/templates";
import { actAgain, judgeConflict } from "./conflicts";
import type { DeskServices } from "./deskServices";
import { formatWhen } from "./format";
import { type ActionOutcome, already, done, failed } from "./outcome";
import { loadRequestView, type RequestView } from "./requestView";
import { templateValues } from "./templateValues";

/** Why Acknowledge cannot act now, or undefined when it can. */
export function acknowledgeBlocker(view: RequestView, now?: Date): string | undefined {
  if (view.stage !== "Submitted") {
    const ack = view.events.find((e) => e.stage === "Acknowledged");
    return ack
      ? `Already acknowledged by ${ack.by}, ${formatWhen(ack.at, now)}.`
      : `The request is already ${view.stage.toLowerCase()}.`;
  }
  if (!view.actionStates) return view.stateProblems[0];
  return undefined;
}

export function staffChannelText(services: DeskServices, view: RequestView): string {
  const type = view.details ? requestTypeInfo(view.details.type).label : "unknown";
  return [
    `User-management request #${view.id} acknowledged: ${view.title}`,
    `Type: ${type}; service: ${view.details?.service || "not given"}`,
    services.workItemUrl(view.id),
  ].join("\n");
}

export async function acknowledge(services: DeskServices, view: RequestView): Promise<ActionOutcome> {
  const blocker = acknowledgeBlocker(view, services.now());
  if (blocker) return already(blocker);
  const commentHtml = renderTemplate(
    view.settings.settings.templates.acknowledgeComment,
    templateValues(services, view),
  );
  // A client's intake may have written only the tags the project already had: the desk adds the rest now,
  // in the same update (one write per click).
  const tags = view.details ? completeTags(view.tags, view.details) : view.tags;
  try {
    await services.workItems.update(
      view.id,
      acknowledgePatch({
        rev: view.rev,
        state: view.actionStates!.acknowledge,
        commentHtml,
        completeTags: tags.length > view.tags.length ? tags : undefined,
      }),
    );
  } catch (e) {
    if (!isConflict(e)) return failed(describeError(e, "acknowledge the request"));
    let fresh: RequestView;
    try {
      fresh = await loadRequestView(services, view.id, view.settings);
    } catch {
      return failed(describeError(e, "acknowledge the request"));
    }
    const verdict = judgeConflict(e, fresh, {
      doneBy: (v) =>
        v.stage === "Submitted" ? undefined : v.events.find((ev) => ev.stage === "Acknowledged")?.by,
      me: services.user.displayName,
      blocker: (v) => acknowledgeBlocker(v, services.now()),
    });
    if (verdict.kind === "settled") return verdict.outcome;
    if (verdict.kind === "retry")
      return actAgain("acknowledge the request", "acknowledging", "Acknowledge now", () =>
        acknowledge(services, verdict.fresh),
      );
  }
  const warnings: string[] = [];
  // A client who is not a member was not mentioned, so nothing was told to them: the outcome says only
  // that, never "the client was told" followed by "the client was not notified".
  const told = view.clientIdentity !== undefined;
  if (!told)
    warnings.push(
      `${view.clientEmail || "The client"} was not notified: they are not a member of this organization.`,
    );
  const webhook = view.settings.settings.webhookUrl;
  if (webhook) {
    try {
      await services.staffChannel.post(webhook, staffChannelText(services, view));
    } catch (e) {
      warnings.push(
        `The request is acknowledged, but the staff-channel post failed: ${e instanceof Error ? e.message : String(e)}. Tell the staff another way or check the webhook in the settings.`,
      );
    }
  }
  return done(
    told ? `Acknowledged. The client was told "we will act on this request".` : "Acknowledged.",
    warnings,
  );
}
