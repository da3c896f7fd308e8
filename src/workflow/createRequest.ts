/**
 * New request: ONE create of the intake work item (title, labelled description, tags, assignee, area), then
 * ONE confirmation mail to the client (cc the coordinator). A client who is not an organization member gets
 * no mail: it goes to the coordinator only, and the person submitting is told before they submit.
 */
import type { Identity } from "../ado/identities";
import { describeError, outcomeUnknown, RestError } from "../ado/restErrors";
import type { LoadedSettings } from "../ado/settingsStore";
import { clientAreaFor } from "../domain/clientAreas";
import { createRequestDocument, type JsonPatchOp } from "../domain/patches";
import { REQUEST_TAG, requestTags, requestTitle, splitByExisting } from "../domain/requestFormat";
import { type RequestDetails, requestTypeInfo } from "../domain/requestTypes";
import { renderSubject, renderTemplate, type TemplateValues } from "../domain/templates";
import type { DeskServices } from "./deskServices";
import { identityOf } from "./identityFields";
import { mailFailureText } from "./mailFailure";
import { type ActionOutcome, done, failed } from "./outcome";
import { latestClientRequestWiql, ownOrClientRequestsWiql } from "./queueWiql";

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
    // The client's tag may not be on it (a client's intake writes only the tags that exist): what the
    // person filing created counts too.
    const wiql = ownOrClientRequestsWiql({ requestTag, clientEmail: details.client.email });
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

interface TagPlan {
  /** What the create writes. */
  tags: string[];
  /** The tags the project already defines, of the request's: what a refused create falls back to. */
  existing: string[];
  /** The request's tags the project does not define yet (written or not). */
  missing: string[];
}

/**
 * The request's tags the create may write. A tag the project does not define yet needs "Create tag
 * definition", which a Stakeholder never has; without it Azure DevOps refuses the whole create (403
 * TF401289), so a client's first request for a new service or from a new e-mail would fail. Such a person
 * writes only the tags that exist; Acknowledge (staff) writes the complete set. When the list or the
 * permission cannot be read, every tag is written and the create's own answer decides.
 */
async function planTags(services: DeskServices, details: RequestDetails): Promise<TagPlan> {
  const all = requestTags(details);
  try {
    const { writable, missing } = splitByExisting(all, await services.workItems.tagNames());
    if (missing.length === 0 || (await services.permissions.mayCreateTags()))
      return { tags: all, existing: writable, missing };
    return { tags: writable, existing: writable, missing };
  } catch {
    return { tags: all, existing: all, missing: [] };
  }
}

/** Azure DevOps refused a new tag (403 TF401289): the create made nothing. */
const refusedNewTag = (e: unknown) =>
  e instanceof RestError && e.status === 403 && /TF401289/.test(e.message);

/**
 * The one create. Refused a tag the person may not create after all (a Stakeholder whose groups allow it:
 * the access level decides), nothing was made, so it is sent once more with the existing tags only.
 */
async function createWithTags(
  services: DeskServices,
  type: string,
  document: (tags: string[]) => JsonPatchOp[],
  plan: TagPlan,
): Promise<{ id: number; tagsLeft: boolean }> {
  try {
    const created = await services.workItems.create(type, document(plan.tags));
    return { id: created.id, tagsLeft: plan.tags.length < plan.existing.length + plan.missing.length };
  } catch (e) {
    if (!refusedNewTag(e) || plan.tags.length === plan.existing.length) throw e;
    const created = await services.workItems.create(type, document(plan.existing));
    return { id: created.id, tagsLeft: true };
  }
}

/** Said to the person filing when even the request tag could not be written (the desk's very first request). */
export const FIRST_REQUEST_NOTE =
  `Azure DevOps lets only the desk's staff create the "${REQUEST_TAG}" tag, and no request carried it yet: ` +
  "tell the desk the request number, so that they open it and acknowledge it (the desk's queue lists requests by that tag).";

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
  const [history, plan] = await Promise.all([
    clientHistory(services, s.requestTag, details.client.email),
    planTags(services, details),
  ]);
  let id: number;
  let tagsLeft = false;
  try {
    const created = await createWithTags(
      services,
      s.intakeType,
      (tags) =>
        createRequestDocument({
          details,
          assignedTo: coordinator?.uniqueName,
          areaPath: clientAreaFor(s, details.client.email) ?? history.area,
          tags,
        }),
      plan,
    );
    id = created.id;
    tagsLeft = created.tagsLeft;
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
  // The very first request of a desk cannot carry the request tag when a client files it: say so.
  const notes =
    tagsLeft && plan.missing.some((t) => t.toLowerCase() === REQUEST_TAG) ? [FIRST_REQUEST_NOTE] : [];
  const to = clientIdentity ? [clientIdentity.id] : coordinator ? [coordinator.id] : [];
  const cc = clientIdentity && coordinator && coordinator.id !== clientIdentity.id ? [coordinator.id] : [];
  if (to.length === 0)
    return {
      id,
      outcome: done(`Request #${id} submitted.`, [
        `No confirmation e-mail was sent: ${details.client.email} is not a member of this organization and no coordinator is set in Project settings > User Management Desk.`,
        ...notes,
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
        ...notes,
      ]),
    };
  }
  return {
    id,
    outcome: clientIdentity
      ? done(`Request #${id} submitted. ${clientIdentity.displayName} was e-mailed the confirmation.`, notes)
      : done(
          `Request #${id} submitted. The client is not a member of this organization, so the confirmation went to ${coordinator!.displayName}.`,
          notes,
        ),
  };
}
