/**
 * ms.vss-features.identity-service (IVssIdentityService), as PeoplePickerProvider uses it: searches go to
 * the REST identities endpoint and come back as IIdentity entities; the MRU list lives for the page.
 */
import type { PageEnv } from "../env";
import { descriptorOf } from "../handshake";

interface RestIdentity {
  id: string;
  providerDisplayName: string;
  subjectDescriptor?: string;
  properties?: { Mail?: { $value?: string }; Account?: { $value?: string } };
}

export interface IdentityEntity {
  entityId: string;
  entityType: "User";
  originDirectory: "vsd";
  originId: string;
  localDirectory: "vsd";
  localId: string;
  displayName: string;
  mail: string;
  signInAddress: string;
  subjectDescriptor: string;
  active: boolean;
}

export function toEntity(identity: RestIdentity): IdentityEntity {
  const mail = identity.properties?.Mail?.$value ?? identity.properties?.Account?.$value ?? "";
  return {
    entityId: `vss.ds.v1.ims.user.${identity.id.replace(/-/g, "")}`,
    entityType: "User",
    originDirectory: "vsd",
    originId: identity.id,
    localDirectory: "vsd",
    localId: identity.id,
    displayName: identity.providerDisplayName,
    mail,
    signInAddress: mail,
    subjectDescriptor: identity.subjectDescriptor ?? descriptorOf(identity.id),
    active: true,
  };
}

export function identityService(env: PageEnv) {
  const mru: IdentityEntity[] = [];
  return {
    async searchIdentitiesAsync(query: string): Promise<IdentityEntity[]> {
      const text = String(query ?? "").trim();
      if (!text) return [];
      const found = await env.rest.list<RestIdentity>(
        `_apis/identities?searchFilter=General&filterValue=${encodeURIComponent(text)}`,
      );
      return found.map(toEntity);
    },
    async getIdentityMruAsync(): Promise<IdentityEntity[]> {
      return [...mru];
    },
    async addMruIdentitiesAsync(identities: IdentityEntity[]): Promise<boolean> {
      for (const identity of identities ?? [])
        if (!mru.some((m) => m.entityId === identity.entityId)) mru.unshift(identity);
      return true;
    },
    async removeMruIdentitiesAsync(identities: IdentityEntity[]): Promise<boolean> {
      for (const identity of identities ?? []) {
        const index = mru.findIndex((m) => m.entityId === identity.entityId);
        if (index >= 0) mru.splice(index, 1);
      }
      return true;
    },
    async getConnections(): Promise<Record<string, unknown>> {
      return {};
    },
  };
}
