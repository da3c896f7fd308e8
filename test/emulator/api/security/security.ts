/**
 * The organization's security state: groups and who is in them, each user's access level, and the ACLs.
 * Every work item read and write, project property write and permission check asks it; reset returns it to
 * the seed (POST /_emulator/permissions changes it for a test).
 */
import { type AccessLevel, identityDescriptorOf, type SeedUser } from "../model/identities";
import { type ProjectDef, PROJECTS } from "../model/processes";
import { type Ace, AclStore, type Effective } from "./acl";
import { areaNode } from "./areas";
import { CSS, CSS_NAMESPACE, PROJECT_NAMESPACE, projectToken } from "./namespaces";
import { type GroupRecord, projectGroups, VALID_USERS } from "./principals";

interface State {
  /** group descriptor → member descriptors (users' identity descriptors or other groups) */
  members: Map<string, Set<string>>;
  accessLevels: Map<string, AccessLevel>;
  acls: AclStore;
}

const cloneState = (s: State): State => ({
  members: new Map([...s.members].map(([g, m]) => [g, new Set(m)])),
  accessLevels: new Map(s.accessLevels),
  acls: s.acls.clone(),
});

export class Security {
  readonly groups: readonly GroupRecord[];
  private state: State = { members: new Map(), accessLevels: new Map(), acls: new AclStore() };
  private seeded?: State;

  constructor(readonly projects: readonly ProjectDef[] = PROJECTS) {
    this.groups = projects.flatMap(projectGroups);
    for (const g of this.groups) this.state.members.set(g.descriptor, new Set());
  }

  get acls(): AclStore {
    return this.state.acls;
  }

  group(project: ProjectDef, account: string): GroupRecord {
    const g = this.groups.find(
      (x) => x.projectId === project.id && x.account.toLowerCase() === account.toLowerCase(),
    );
    if (!g) throw new Error(`No group ${account} in ${project.name}.`);
    return g;
  }

  /** A group by "[Project]\\Name" (case-insensitive) or descriptor. */
  findGroup(nameOrDescriptor: string): GroupRecord | undefined {
    const lower = nameOrDescriptor.toLowerCase();
    return this.groups.find((g) => g.name.toLowerCase() === lower || g.descriptor.toLowerCase() === lower);
  }

  addMember(group: GroupRecord, memberDescriptor: string): void {
    this.state.members.get(group.descriptor)!.add(memberDescriptor);
  }

  removeMember(group: GroupRecord, memberDescriptor: string): void {
    this.state.members.get(group.descriptor)!.delete(memberDescriptor);
  }

  directMembers(group: GroupRecord): string[] {
    return [...(this.state.members.get(group.descriptor) ?? [])];
  }

  accessLevel(user: SeedUser): AccessLevel {
    return this.state.accessLevels.get(user.key) ?? user.accessLevel;
  }

  setAccessLevel(user: SeedUser, level: AccessLevel): void {
    this.state.accessLevels.set(user.key, level);
  }

  isStakeholder(user: SeedUser): boolean {
    return this.accessLevel(user) === "stakeholder";
  }

  /** The user's identity descriptor and every group they belong to, directly or through another group. */
  descriptorsOf(user: SeedUser): Set<string> {
    return this.closureOf(identityDescriptorOf(user));
  }

  /** A descriptor (a user's or a group's) and every group it belongs to, directly or through another group. */
  closureOf(descriptor: string): Set<string> {
    const found = new Set<string>([descriptor]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [group, members] of this.state.members) {
        if (found.has(group)) continue;
        if ([...members].some((m) => found.has(m))) {
          found.add(group);
          grew = true;
        }
      }
    }
    return found;
  }

  /** Groups (records) the user is in. */
  groupsOf(user: SeedUser): GroupRecord[] {
    const ds = this.descriptorsOf(user);
    return this.groups.filter((g) => ds.has(g.descriptor));
  }

  isProjectMember(user: SeedUser, project: ProjectDef): boolean {
    return this.descriptorsOf(user).has(this.group(project, VALID_USERS).descriptor);
  }

  effective(user: SeedUser, namespaceId: string, token: string): Effective {
    return this.state.acls.evaluate(namespaceId, token, this.descriptorsOf(user));
  }

  has(user: SeedUser, namespaceId: string, token: string, bits: number): boolean {
    return (this.effective(user, namespaceId, token).allow & bits) === bits;
  }

  /** "View work items in this node" (or edit) on the area path; an unknown path grants nothing. */
  canArea(user: SeedUser, project: ProjectDef, areaPath: string, bit: number): boolean {
    const node = areaNode(project, areaPath);
    return !!node && this.has(user, CSS_NAMESPACE, node.token, bit);
  }

  canReadArea(user: SeedUser, project: ProjectDef, areaPath: string): boolean {
    return this.canArea(user, project, areaPath, CSS.WORK_ITEM_READ);
  }

  canWriteArea(user: SeedUser, project: ProjectDef, areaPath: string): boolean {
    return this.canArea(user, project, areaPath, CSS.WORK_ITEM_WRITE);
  }

  hasProjectPermission(user: SeedUser, project: ProjectDef, bit: number): boolean {
    return this.has(user, PROJECT_NAMESPACE, projectToken(project.id), bit);
  }

  setAce(namespaceId: string, token: string, descriptor: string, ace: Ace): void {
    this.state.acls.setAce(namespaceId, token, descriptor, ace);
  }

  setInherit(namespaceId: string, token: string, inherit: boolean): void {
    this.state.acls.ensure(namespaceId, token).inheritPermissions = inherit;
  }

  markSeeded(): void {
    this.seeded = cloneState(this.state);
  }

  reset(): void {
    if (this.seeded) this.state = cloneState(this.seeded);
  }
}
