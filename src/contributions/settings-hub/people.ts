/** How people are written and kept in the settings. */
import type { Identity } from "../../ado/identities";
import type { PersonRef } from "../../domain/settings";

/** "Remi Laurent (remi@fabrikam.example)": the e-mail tells two people of the same name apart. */
export const personText = (p: { displayName: string; uniqueName: string }): string =>
  p.uniqueName && p.uniqueName !== p.displayName ? `${p.displayName} (${p.uniqueName})` : p.displayName;

export const personRef = (p: Identity): PersonRef => ({
  id: p.id,
  displayName: p.displayName,
  uniqueName: p.uniqueName,
});
