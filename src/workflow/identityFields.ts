/** Reading identity fields, which REST returns as IdentityRef objects (or, from older writers, strings). */
import type { IdentityRefLike } from "../ado/workItemsApi";

export function identityOf(value: unknown): IdentityRefLike | undefined {
  if (value && typeof value === "object") return value as IdentityRefLike;
  if (typeof value === "string" && value.trim()) {
    const m = /^(.*?)\s*<([^>]+)>$/.exec(value.trim());
    return m ? { displayName: m[1], uniqueName: m[2] } : { displayName: value.trim() };
  }
  return undefined;
}

export const displayNameOf = (value: unknown): string => {
  const i = identityOf(value);
  return i?.displayName ?? i?.uniqueName ?? "";
};
