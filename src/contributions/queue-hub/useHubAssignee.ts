import type { Identity } from "../../ado/identities";
import type { Settings } from "../../domain/settings";
import { staffChoices } from "../../workflow/staffChoices";
import type { HubServices } from "./hubServices";

/** The signed-in person, who a row's staff task can go to, and who it goes to now. */
export function useHubAssignee(
  hub: HubServices | undefined,
  settings: Settings | undefined,
  chosenId: string | undefined,
): { me: Identity | undefined; staff: Identity[]; assignee: Identity | undefined } {
  const me: Identity | undefined = hub && {
    id: hub.desk.user.id,
    displayName: hub.desk.user.displayName,
    uniqueName: hub.desk.user.uniqueName,
  };
  const staff = settings && me ? staffChoices(settings.staff, me) : [];
  const assignee =
    staff.find((o) => o.id === chosenId) ??
    staff.find((o) => o.id === settings?.defaultAssigneeId) ??
    staff[0];
  return { me, staff, assignee };
}
