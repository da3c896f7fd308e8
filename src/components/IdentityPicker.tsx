import {
  IdentityPickerDropdown,
  type IIdentity,
  type IPeoplePickerProvider,
} from "azure-devops-ui/IdentityPicker";
import * as React from "react";

import type { Identity } from "../ado/identities";

export interface IdentityPickerProps {
  ariaLabel: string;
  value: Identity | undefined;
  disabled?: boolean;
  /** People of the organization matching the text (the host's identity service, src/ado/identities.ts). */
  search(text: string): Promise<Identity[]>;
  /** Offered before anything is typed (the signed-in user, configured staff). */
  suggested: Identity[];
  /**
   * A person chosen (or the choice cleared). Answering false keeps the field empty afterwards, as a picker
   * that adds to a list wants (IdentityPickerDropdown's own contract).
   */
  onChange(identity: Identity | undefined): boolean | void;
}

const toPickerIdentity = (i: Identity): IIdentity => ({
  entityId: i.id,
  entityType: "User",
  originDirectory: "vsd",
  originId: i.id,
  localId: i.id,
  displayName: i.displayName,
  signInAddress: i.uniqueName,
  mail: i.uniqueName,
});

const fromPickerIdentity = (p: IIdentity): Identity => ({
  id: p.localId ?? p.entityId,
  displayName: p.displayName ?? p.signInAddress ?? "",
  uniqueName: p.signInAddress ?? p.mail ?? "",
});

/**
 * azure-devops-ui's IdentityPickerDropdown (the people picker of Azure DevOps' own forms) over the host's
 * identity service: type a name or an e-mail and choose a member of the organization.
 */
export default function IdentityPicker(props: IdentityPickerProps): React.ReactElement {
  const latest = React.useRef(props);
  latest.current = props;
  const provider = React.useMemo<IPeoplePickerProvider>(
    () => ({
      onFilterIdentities: async (filter) =>
        filter.trim() ? (await latest.current.search(filter.trim())).map(toPickerIdentity) : [],
      onEmptyInputFocus: () => latest.current.suggested.map(toPickerIdentity),
      onRequestConnectionInformation: () => ({}),
      getEntityFromUniqueAttribute: (entityId) => {
        const known = latest.current.suggested.find((i) => i.id === entityId);
        return toPickerIdentity(known ?? { id: entityId, displayName: entityId, uniqueName: "" });
      },
    }),
    [],
  );
  return (
    <IdentityPickerDropdown
      ariaLabel={props.ariaLabel}
      disabled={props.disabled}
      pickerProvider={provider}
      value={props.value ? toPickerIdentity(props.value) : undefined}
      placeholder="Search people"
      onChange={(p) => props.onChange(p ? fromPickerIdentity(p) : undefined)}
    />
  );
}
