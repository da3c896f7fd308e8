/**
 * New request: ONE create of the intake work item (title, labelled description, tags, assignee, area), then
 * ONE confirmation mail to the client (cc the coordinator). A client who is not an organization member gets
 * no mail: it goes to the coordinator only, and the person submitting is told before they submit.
 */
import type { Identity } from "../ado/identities";
import { describeError, outcomeUnknown } from "../ado/restErrors";
import type { LoadedSettings } from "../ado/settingsStore";
import { clientAreaFor } from "../domain/clientAreas";
import { createRequestDocument } from "../domain/patches";
import { requestTitle } from "../domain/requestFormat";
import { type RequestDetails, requestTypeInfo } from "../domain/requestTypes";
import { renderSubject, renderTemplate, type TemplateValues } from "../domain/templates";
import type { DeskServices } from "./deskServices";
import { identityOf } from "./identityFields";
import { mailFailureText } from "./mailFailure";
import { type ActionOutcome, done, failed } from "./outcome";
import { latestClientRequestWiql } from "./queueWiql";

/**
 * The client's newest request before this one: its id is a watermark for a create whose answer was lost, and
 * its area is where the new one goes when the settings map no area for the client.
 */
interface ClientHistory {
  area: string;
  /** undefined when the client has no request yet, or when it could not be read (see `known`). */
  newestId: number | undefined;
  known: boolean;
}

async function clientHistory(
  services: DeskServices,
  requestTag: string,
  clientEmail: string,
): Promise<ClientHistory> {
  const root = services.workItems.project;
  if (!clientEmail.trim()) return { area: root, newestId: undefined, known: true };
  try {
    const [id] = await services.workItems.queryIds(latestClientRequestWiql({ requestTag, clientEmail }), 1);
    if (id === undefined) return { area: root, newestId: undefined, known: true };
    const [item] = await services.workItems.getMany([id], ["System.AreaPath"]);
    const area = item?.fields["System.AreaPath"];
    return { area: typeof area === "string" && area ? area : root, newestId: id, known: true };
  } catch {
    // Not knowing the area is no reason to refuse the request: the root area always exists.
    return { area: root, newestId: undefined, known: false };
  }
}

const LANDED_WINDOW_MS = 10 * 60_000;

/**
 * After a create whose answer was lost: the request it made, if it landed. The marker is what the create
 * wrote: the client's tag, the title, the creator, and an id newer than the client's newest before (or,
 * when that was unknown, a creation in the last minutes).
 */
async function findLandedRequest(
  services: DeskServices,
  requestTag: string,
  details: RequestDetails,
  before: ClientHistory,
): Promise<{ kind: "found"; id: number } | { kind: "absent" } | { kind: "unknown" }> {
  try {
    const wiql = latestClientRequestWiql({ requestTag, clientEmail: details.client.email });
    const [id] = await services.workItems.queryIds(wiql, 1);
    if (id === undefined || (before.newestId !== undefined && id <= before.newestId))
      return { kind: "absent" };
    const [item] = await services.workItems.getMany(
      [id],
      ["System.Title", "System.CreatedBy", "System.CreatedDate"],
    );
    if (!item || item.fields["System.Title"] !== requestTitle(details)) return { kind: "absent" };
    const by = identityOf(item.fields["System.CreatedBy"]);
    const mine =
      by?.id === services.user.id || by?.uniqueName?.toLowerCase() === services.user.uniqueName.toLowerCase();
    const age = services.now().getTime() - Date.parse(String(item.fields["System.CreatedDate"]));
    return mine && (before.known || age < LANDED_WINDOW_MS) ? { kind: "found", id } : { kind: "absent" };
  } catch {
    return { kind: "unknown" };
  }
}

export function confirmationValues(
  services: DeskServices,
  id: number,
  details: RequestDetails,
  client: Identity | undefined,
  coordinator: Identity | undefined,
): TemplateValues {
  return {
    client: {
      id: client?.id,
      displayName: client?.displayName || details.client.name || details.client.email,
      email: details.client.email,
    },
    requestNumber: id,
    requestUrl: services.workItemUrl(id),
    requestTitle: requestTitle(details),
    service: details.service,
    requestType: requestTypeInfo(details.type).label,
    coordinator: coordinator ? { id: coordinator.id, displayName: coordinator.displayName } : undefined,
    stage: "Submitted",
  };
}

export interface SubmitResult {
  outcome: ActionOutcome;
  /** The new request's id, once it exists (even when the mail failed). */
  id?: number;
}

export async function submitRequest(
  services: DeskServices,
  input: {
    details: RequestDetails;
    settings: LoadedSettings;
    /** The client's organization identity; undefined when they are not a member. */
    clientIdentity: Identity | undefined;
  },
): Promise<SubmitResult> {
  const { details, settings, clientIdentity } = input;
  const s = settings.settings;
  const coordinator = s.coordinator;
  const history = await clientHistory(services, s.requestTag, details.client.email);
  let id: number;
  try {
    const created = await services.workItems.create(
      s.intakeType,
      createRequestDocument({
        details,
        assignedTo: coordinator?.uniqueName,
        areaPath: clientAreaFor(s, details.client.email) ?? history.area,
      }),
    );
    id = created.id;
  } catch (e) {
    // A create is never repeated blindly: when its answer was lost, look for the request it may have made.
    const landed = outcomeUnknown(e)
      ? await findLandedRequest(services, s.requestTag, details, history)
      : undefined;
    if (landed?.kind !== "found") {
      const what = describeError(e, "submit the request");
      return {
        outcome: failed(
          landed === undefined
            ? `${what} Nothing was created.`
            : landed.kind === "absent"
              ? `${what} It did not reach Azure DevOps, so submitting again makes no copy.`
              : `${what} If the connection dropped, look under the Submitted requests before submitting again.`,
        ),
      };
    }
    id = landed.id;
  }
  const to = clientIdentity ? [clientIdentity.id] : coordinator ? [coordinator.id] : [];
  const cc = clientIdentity && coordinator && coordinator.id !== clientIdentity.id ? [coordinator.id] : [];
  if (to.length === 0)
    return {
      id,
      outcome: done(`Request #${id} submitted.`, [
        `No confirmation e-mail was sent: ${details.client.email} is not a member of this organization and no coordinator is set in Project settings > User Management Desk.`,
      ]),
    };
  const values = confirmationValues(services, id, details, clientIdentity, coordinator);
  const template = s.templates.confirmationMail;
  try {
    await services.workItems.sendMail({
      to,
      cc,
      subject: renderSubject(template.subject, values),
      bodyHtml: renderTemplate(template.body, values),
      workItemIds: [id],
    });
  } catch (e) {
    return {
      id,
      outcome: done(`Request #${id} submitted.`, [
        `The confirmation e-mail failed. ${mailFailureText(e, cc.length ? coordinator : undefined)} Notify client on the request sends a message when one is needed.`,
      ]),
    };
  }
  return {
    id,
    outcome: clientIdentity
      ? done(`Request #${id} submitted. ${clientIdentity.displayName} was e-mailed the confirmation.`)
      : done(
          `Request #${id} submitted. The client is not a member of this organization, so the confirmation went to ${coordinator!.displayName}.`,
        ),
  };
}
