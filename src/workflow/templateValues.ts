/** The placeholder values of a request, for every template an action renders. */
import { requestTypeInfo } from "../domain/requestTypes";
import type { TemplateValues } from "../domain/templates";
import type { DeskServices } from "./deskServices";
import type { RequestView } from "./requestView";

export function templateValues(
  services: DeskServices,
  view: RequestView,
  extra: Partial<TemplateValues> = {},
): TemplateValues {
  return {
    client: {
      id: view.clientIdentity?.id,
      displayName: view.clientIdentity?.displayName || view.clientName || view.clientEmail,
      email: view.clientEmail,
    },
    requestNumber: view.id,
    requestUrl: services.workItemUrl(view.id),
    requestTitle: view.title,
    service: view.details?.service ?? "",
    requestType: view.details ? requestTypeInfo(view.details.type).label : "",
    coordinator: view.coordinator
      ? { id: view.coordinator.id, displayName: view.coordinator.displayName }
      : undefined,
    stage: view.stage,
    ...extra,
  };
}
