import * as React from "react";

import type { Identity } from "../../ado/identities";
import type { DeskServices } from "../../workflow/deskServices";
import { staffChoices } from "../../workflow/staffChoices";

/**
 * Who the staff task goes to: whoever the person picked (anyone in the organization when no staff are
 * configured), else the default assignee, else the first choice.
 */
export function useTaskAssignee(
  services: DeskServices,
  staff: Identity[],
  defaultAssigneeId: string | undefined,
): { me: Identity; assignee: Identity | undefined; pick(identity: Identity | undefined): void } {
  const me: Identity = {
    id: services.user.id,
    displayName: services.user.displayName,
    uniqueName: services.user.uniqueName,
  };
  const [picked, setPicked] = React.useState<Identity | undefined>(() => {
    const options = staffChoices(staff, me);
    return options.find((o) => o.id === defaultAssigneeId) ?? options[0];
  });
  return { me, assignee: picked, pick: setPicked };
}
