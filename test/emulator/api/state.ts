/** Everything one emulator instance holds, and the seed it returns to on reset. */
import * as fs from "fs";
import * as path from "path";

import { Dashboards } from "./dashboards";
import { Faults } from "./faults";
import { type AccessLevel, type Role, tokenFor, userByKey, USERS } from "./model/identities";
import { type EmulatorProfile, type ProfileName, PROFILES } from "./profile";
import { RequestLog } from "./requestLog";
import { type ExtensionIdentity } from "./routes/router";
import { seedStore } from "./seed/seed";
import { Store } from "./store/store";

export interface EmulatorContext {
  /** The organization (Services) or project collection (Server) name. */
  organization: string;
  /** Where pages and REST live: `{publicUrl}/fabrikam` or `{publicUrl}/tfs/DefaultCollection`, no trailing slash. */
  organizationUrl: string;
  /** Which Azure DevOps the emulator plays, and what its host context says. */
  profile: {
    name: ProfileName;
    label: string;
    /** The api-version the host's own pages call REST with. */
    apiVersion: string;
    commentsApiVersion: string;
    maxVersion: string;
    isHosted: boolean;
    serviceVersion: string;
  };
  project: string;
  projects: string[];
  publisher: string;
  extensionId: string;
  users: {
    key: string;
    id: string;
    displayName: string;
    email: string;
    role: Role;
    accessLevel: AccessLevel;
    /** This user's own token: Bearer, or as a PAT (HTTP Basic, empty user name). */
    accessToken: string;
  }[];
  /** The token of the user the context was asked for (`?as=`, default holly). */
  accessToken: string;
}

export function readExtensionIdentity(): ExtensionIdentity {
  const manifestPath = path.resolve(__dirname, "../../../vss-extension.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8").replace(/^\uFEFF/, "")) as {
    publisher: string;
    id: string;
  };
  return { publisher: manifest.publisher, extensionId: manifest.id };
}

export class EmulatorState {
  readonly store: Store;
  readonly log = new RequestLog();
  readonly faults = new Faults();
  readonly dashboards = new Dashboards();
  readonly extension = readExtensionIdentity();

  constructor(
    publicUrl: string,
    seedSize: number,
    fixedNow?: Date,
    readonly profile: EmulatorProfile = PROFILES.services,
    seedClosedShare?: number,
  ) {
    this.store = new Store(publicUrl, fixedNow ? () => new Date(fixedNow) : undefined, profile);
    seedStore(this.store, seedSize, seedClosedShare);
    this.store.markSeeded();
  }

  reset(): void {
    this.store.reset();
    this.log.clear();
    this.faults.clear();
    this.dashboards.reset();
  }

  context(asUserKey?: string): EmulatorContext {
    const key = asUserKey ?? "holly";
    if (!userByKey(key))
      throw new Error(`No seeded user "${key}" (known: ${USERS.map((u) => u.key).join(", ")}).`);
    return {
      organization: this.store.organization,
      organizationUrl: this.store.orgUrl,
      profile: {
        name: this.profile.name,
        label: this.profile.label,
        apiVersion: this.profile.hostApiVersion,
        commentsApiVersion: this.profile.commentsApiVersion,
        maxVersion: this.profile.maxVersion,
        isHosted: this.profile.host.isHosted,
        serviceVersion: this.profile.host.serviceVersion,
      },
      project: this.store.projects[0].name,
      projects: this.store.projects.map((p) => p.name),
      publisher: this.extension.publisher,
      extensionId: this.extension.extensionId,
      users: USERS.map((u) => ({
        key: u.key,
        id: u.id,
        displayName: u.displayName,
        email: u.email,
        role: u.role,
        accessLevel: this.store.security.accessLevel(u),
        accessToken: tokenFor(u.key),
      })),
      accessToken: tokenFor(key),
    };
  }
}
