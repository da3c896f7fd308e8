/** Everything one emulator instance holds, and the seed it returns to on reset. */
import * as fs from "fs";
import * as path from "path";

import { Dashboards } from "./dashboards";
import { Faults } from "./faults";
import { tokenFor, userByKey, USERS } from "./model/identities";
import { RequestLog } from "./requestLog";
import { type ExtensionIdentity } from "./routes/router";
import { seedStore } from "./seed/seed";
import { Store } from "./store/store";

export interface EmulatorContext {
  organization: string;
  project: string;
  projects: string[];
  publisher: string;
  extensionId: string;
  users: {
    key: string;
    id: string;
    displayName: string;
    email: string;
    role: "coordinator" | "staff" | "client";
  }[];
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

  constructor(publicUrl: string, seedSize: number, fixedNow?: Date, seedClosedShare?: number) {
    this.store = new Store(publicUrl, fixedNow ? () => new Date(fixedNow) : undefined);
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
      project: this.store.projects[0].name,
      projects: this.store.projects.map((p) => p.name),
      publisher: this.extension.publisher,
      extensionId: this.extension.extensionId,
      users: USERS.map(({ key: k, id, displayName, email, role }) => ({
        key: k,
        id,
        displayName,
        email,
        role,
      })),
      accessToken: tokenFor(key),
    };
  }
}
