/** The seeded organization members, their bearer tokens and how identity values resolve to them. */
import { type IdentityRef } from "./types";

/** The desk role the seed gives a user (what the user is for the story), not a permission. */
export type Role = "coordinator" | "staff" | "client" | "member";

/**
 * Access levels as Azure DevOps licenses them: Stakeholder is the free level with partial Boards access in a
 * private project (Microsoft's "Stakeholder access quick reference").
 */
export type AccessLevel = "basic" | "stakeholder";

export interface SeedUser {
  key: string;
  id: string;
  displayName: string;
  email: string;
  role: Role;
  accessLevel: AccessLevel;
  /** The project group ("Project Administrators", "Contributors", "Readers", "Clients") in every seeded project. */
  group: "Project Administrators" | "Contributors" | "Readers" | "Clients";
  /** A client's own organization: a per-client group "[project]\\{client}" and the area "Clients\\{client}". */
  client?: string;
}

export const USERS: readonly SeedUser[] = [
  {
    key: "holly",
    id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d01",
    displayName: "Holly Brooks",
    email: "holly@fabrikam.example",
    role: "coordinator",
    accessLevel: "basic",
    group: "Project Administrators",
  },
  {
    key: "remi",
    id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d02",
    displayName: "Remi Laurent",
    email: "remi@fabrikam.example",
    role: "staff",
    accessLevel: "basic",
    group: "Contributors",
  },
  {
    key: "sam",
    id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d03",
    displayName: "Sam Patel",
    email: "sam@fabrikam.example",
    role: "staff",
    accessLevel: "basic",
    group: "Contributors",
  },
  {
    key: "dana",
    id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d04",
    displayName: "Dana Whitfield",
    email: "dana@contoso-dental.example",
    role: "client",
    accessLevel: "stakeholder",
    group: "Clients",
    client: "Contoso Dental",
  },
  {
    key: "chris",
    id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d05",
    displayName: "Chris Novak",
    email: "chris@northwind.example",
    role: "client",
    accessLevel: "stakeholder",
    group: "Clients",
    client: "Northwind Clinic",
  },
  {
    key: "lee",
    id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d06",
    displayName: "Lee Morgan",
    email: "lee@fabrikam.example",
    role: "member",
    accessLevel: "basic",
    group: "Contributors",
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

/** The identity descriptor ACLs key their entries by (as the identities API returns it for a user). */
export function identityDescriptorOf(user: SeedUser): string {
  return `Microsoft.IdentityModel.Claims.ClaimsIdentity;fabrikam.example\\${user.email}`;
}

/** The subject descriptor (graph), what the SDK's getUser() gives as `descriptor`. */
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
