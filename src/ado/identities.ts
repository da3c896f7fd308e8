/** Finds the organization identity behind an e-mail address, for mentions and mail recipients. */
import { hostService } from "./sdkHost";

export interface Identity {
  id: string;
  displayName: string;
  uniqueName: string;
}

export interface IdentityResolver {
  /** The member with this e-mail, or undefined when the address belongs to no organization identity. */
  byEmail(email: string): Promise<Identity | undefined>;
  search(text: string): Promise<Identity[]>;
}

interface PickerIdentity {
  localId?: string;
  originId?: string;
  displayName?: string;
  mail?: string;
  signInAddress?: string;
}

interface IdentityService {
  searchIdentitiesAsync(
    query: string,
    identityTypes?: string[],
    operationScopes?: string[],
  ): Promise<PickerIdentity[]>;
}

const toIdentity = (p: PickerIdentity): Identity | undefined =>
  // localId is the organization's id for the person; without it they are not a member and cannot be
  // mentioned or mailed.
  p.localId
    ? {
        id: p.localId,
        displayName: p.displayName ?? p.mail ?? "",
        uniqueName: p.signInAddress ?? p.mail ?? "",
      }
    : undefined;

export function createIdentityResolver(): IdentityResolver {
  const service = () => hostService<IdentityService>("identity");
  const cache = new Map<string, Promise<Identity | undefined>>();
  return {
    byEmail(email) {
      const key = email.trim().toLowerCase();
      if (!key) return Promise.resolve(undefined);
      if (!cache.has(key)) {
        cache.set(
          key,
          service()
            .then((s) => s.searchIdentitiesAsync(key, ["user"], ["ims", "source"]))
            .then((found) => {
              const match = found.find((p) =>
                [p.mail, p.signInAddress].some((a) => (a ?? "").toLowerCase() === key),
              );
              return match ? toIdentity(match) : undefined;
            }),
        );
      }
      return cache.get(key)!;
    },
    async search(text) {
      const found = await (await service()).searchIdentitiesAsync(text, ["user"], ["ims", "source"]);
      return found.map(toIdentity).filter((i): i is Identity => i !== undefined);
    },
  };
}
