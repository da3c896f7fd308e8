/** The seeded organization members, their bearer tokens and how identity values resolve to them. */
import { type IdentityRef } from "./types";

export type Role = "coordinator" | "staff" | "client";

export interface SeedUser {
  key: string;
  id: string;
  displayName: string;
  email: string;
  role: Role;
  /** Area-path prefixes the user may read and write; undefined = everything. */
  areas?: string[];
}

export const USERS: readonly SeedUser[] = [
  {
    key: "holly",
    id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d01",
    displayName: "Holly Brooks",
    email: "holly@fabrikam.example",
    role: "coordinator",
  },
  {
    key: "remi",
    id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d02",
    displayName: "Remi Laurent",
    email: "remi@fabrikam.example",
    role: "staff",
  },
  {
    key: "sam",
    id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d03",
    displayName: "Sam Patel",
    email: "sam@fabrikam.example",
    role: "staff",
  },
  {
    key: "dana",
    id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d04",
    displayName: "Dana Whitfield",
    email: "dana@contoso-dental.example",
    role: "client",
    areas: ["Client Services\\Clients\\Contoso Dental", "Basic Desk\\Clients\\Contoso Dental"],
  },
  {
    key: "chris",
    id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d05",
    displayName: "Chris Novak",
    email: "chris@northwind.example",
    role: "client",
    areas: ["Client Services\\Clients\\Northwind Clinic", "Basic Desk\\Clients\\Northwind Clinic"],
  },
];

export function userByKey(key: string): SeedUser | undefined {
  return USERS.find((u) => u.key === key.toLowerCase());
}

export function userById(id: string): SeedUser | undefined {
  const lower = id.toLowerCase();
  return USERS.find((u) => u.id === lower);
}

/** Deterministic, so a token survives resets and restarts. */
export function tokenFor(key: string): string {
  const user = userByKey(key);
  if (!user) throw new Error(`No seeded user "${key}".`);
  return "emu_" + Buffer.from(`umd-emulator:${user.key}:${user.id}`).toString("base64url");
}

export function userByToken(token: string): SeedUser | undefined {
  return USERS.find((u) => tokenFor(u.key) === token);
}

/** "Name <email>", the display form ADO uses in identity strings. */
export function displayForm(user: SeedUser): string {
  return `${user.displayName} <${user.email}>`;
}

export function descriptorOf(user: SeedUser): string {
  return "aad." + Buffer.from(user.id).toString("base64url");
}

/** `orgUrl` is `{publicUrl}/{org}`. */
export function identityRef(user: SeedUser, orgUrl: string): IdentityRef {
  return {
    displayName: user.displayName,
    url: `${orgUrl}/_apis/Identities/${user.id}`,
    _links: { avatar: { href: `${orgUrl}/_apis/GraphProfile/MemberAvatars/${descriptorOf(user)}` } },
    id: user.id,
    uniqueName: user.email,
    imageUrl: `${orgUrl}/_api/_common/identityImage?id=${user.id}`,
    descriptor: descriptorOf(user),
  };
}

/** A user from a display name, "Name <email>", an e-mail/unique name, an id or an IdentityRef-like object. */
export function resolveIdentity(value: unknown): SeedUser | undefined {
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    for (const k of ["id", "uniqueName", "mailAddress", "displayName"]) {
      if (typeof o[k] === "string" && o[k]) {
        const u = resolveIdentity(o[k]);
        if (u) return u;
      }
    }
    return undefined;
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const angle = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  const probe = (angle ? angle[1] : text).toLowerCase();
  return USERS.find(
    (u) => u.id === probe || u.email.toLowerCase() === probe || u.displayName.toLowerCase() === probe,
  );
}

export function canAccessArea(user: SeedUser, areaPath: string): boolean {
  if (!user.areas) return true;
  const path = areaPath.toLowerCase();
  return user.areas.some((p) => {
    const prefix = p.toLowerCase();
    return path === prefix || path.startsWith(prefix + "\\");
  });
}
