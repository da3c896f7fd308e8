import { emptyAccount } from "../../domain/requestFormat";
import type { Person, RequestDetails, RequestTypeKey } from "../../domain/requestTypes";

/** A request of `type` as the form starts it: one blank account, no notes. */
export function blankRequest(type: RequestTypeKey, service: string, client: Person): RequestDetails {
  return {
    type,
    service,
    client: { ...client },
    notes: "",
    accounts: [emptyAccount(type)],
  } as unknown as RequestDetails;
}

/** A copy the form may change freely: the state it came from stays as it was. */
export const copyRequest = (details: RequestDetails): RequestDetails =>
  JSON.parse(JSON.stringify(details)) as RequestDetails;

/** The person's own calendar day: an effective date is a day where they are, not in UTC. */
export const localToday = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
