import type { Identity } from "../ado/identities";

/**
 * Who a staff task can go to, on a hub row and on the request panel alike: the configured staff, and the
 * person looking when they are not among them (a coordinator can take a task themselves).
 */
export function staffChoices(staff: Identity[], me: Identity): Identity[] {
  return staff.some((s) => s.id === me.id) ? staff : [...staff, me];
}
