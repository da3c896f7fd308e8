import * as React from "react";

import type { Identity } from "../../ado/identities";
import type { DeskServices } from "../../workflow/deskServices";
import { notMemberMessage } from "../../workflow/notifyClient";

/**
 * Whether the client's e-mail belongs to a member of the organization (only a member can be mentioned and
 * mailed). Looked up shortly after the person stops typing a valid address, so the form can say so before
 * submitting; `identityFor` answers at submit time, from that look-up when it is for the same address.
 */
export function useClientMembership(
  services: DeskServices,
  clientEmail: string,
  emailValid: boolean,
): { notMember: string | undefined; identityFor(email: string): Promise<Identity | undefined> } {
  const [member, setMember] = React.useState<{ email: string; identity: Identity | undefined } | undefined>();
  const lookUp = React.useCallback(
    async (email: string): Promise<Identity | undefined> => {
      const identity = await services.identities.byEmail(email);
      setMember({ email, identity });
      return identity;
    },
    [services],
  );
  React.useEffect(() => {
    if (!clientEmail || !emailValid) return;
    const timer = setTimeout(() => void lookUp(clientEmail).catch(() => undefined), 400);
    return () => clearTimeout(timer);
    // Only a new address needs a new look-up (its validity follows from it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clientEmail, lookUp]);
  const known = member && member.email === clientEmail ? member : undefined;
  return {
    notMember: known && !known.identity ? notMemberMessage(clientEmail) : undefined,
    identityFor: (email) =>
      known && known.email === email ? Promise.resolve(known.identity) : lookUp(email),
  };
}
