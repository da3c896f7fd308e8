/**
 * New request: ONE create of the intake work item (title, labelled description, tags, assignee, area), then
 * ONE confirmation mail to the client (cc the coordinator). A client who is not an organization member gets
 * no mail: it goes to the coordinator only, and the person submitting is told before they submit.
 */
import type { Identity } from "../ado/identities";
import { describeError } from "../ado/restErrors";
import type { LoadedSettings } from "../ado/settingsStore";
import { createRequestDocument } from "../domain/patches";
import { requestTitle } from "../domain/requestFormat";
import { type RequestDetails, requestTypeInfo } from "../domain/requestTypes";
import { renderSubject, renderTemplate, type TemplateValues } from "../domain/templates";
import type { DeskServices } from "./deskServices";
import { mailFailureText } from "./mailFailure";
import { type ActionOutcome, done, failed } from "./outcome";
import { latestClientRequestWiql } from "./queueWiql";

/**
 * Where the new request goes: the area of the client's newest earlier request (so a client, who may read
 * only their company's area, sees it), else the project's root area.
 */
export async function areaForClient(
  services: DeskServices,
  requestTag: string,
  clientEmail: string,
): Promise<string> {
  const root = services.workItems.project;
  if (!clientEmail.trim()) return root;
  try {
    const [id] = await services.workItems.queryIds(latestClientRequestWiql({ requestTag, clientEmail }), 1);
    if (id === undefined) return root;
    const [item] = await services.workItems.getMany([id], ["System.AreaPath"]);
    const area = item?.fields["System.AreaPath"];
    return typeof area === "string" && area ? area : root;
  } catch {
    // Not knowing the area is no reason to refuse the request: the root area always exists.
    return root;
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
  const areaPath = await areaForClient(services, s.requestTag, details.client.email);
  let id: number;
  try {
    const created = await services.workItems.create(
      s.intakeType,
      createRequestDocument({ details, assignedTo: coordinator?.uniqueName, areaPath }),
    );
    id = created.id;
  } catch (e) {
    return {
      outcome: failed(
        `${describeError(e, "submit the request")} If the connection dropped, look under the Submitted requests before submitting again.`,
      ),
    };
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
