/**
 * Access control lists per namespace and token, and how Azure DevOps' security service evaluates them:
 * hierarchical tokens, the closest ACL that decides a bit wins, within one ACL deny wins over allow, and
 * inheritance stops at an ACL with inheritPermissions = false. Microsoft's "About permissions" (Inheritance and
 * security groups): allowed through one group and denied through another is denied; area permissions are
 * inherited down the hierarchy unless set explicitly on the node, "regardless of whether it is denied or
 * allowed", from the closest ancestor that sets them. (The exception for Project Collection Administrators,
 * whose allows survive other groups' denies, is not modelled: the seed has none.)
 */

export interface Ace {
  allow: number;
  deny: number;
}

export interface Acl {
  token: string;
  inheritPermissions: boolean;
  aces: Map<string, Ace>;
}

export interface Effective {
  allow: number;
  deny: number;
}

/** "a:vstfs:///…/b:vstfs:///…/c" → ["a…", "a…:b…", "a…:b…:c…"] (parents first), split where a node URI starts. */
export function tokenChain(token: string): string[] {
  const parts = token.split(/:(?=vstfs:\/\/\/)/);
  return parts.map((_, i) => parts.slice(0, i + 1).join(":"));
}

export class AclStore {
  private byNamespace = new Map<string, Map<string, Acl>>();

  get(namespaceId: string, token: string): Acl | undefined {
    return this.byNamespace.get(namespaceId.toLowerCase())?.get(token.toLowerCase());
  }

  /** The ACL at the token, created empty (inheriting) when there is none. */
  ensure(namespaceId: string, token: string): Acl {
    const ns = namespaceId.toLowerCase();
    let acls = this.byNamespace.get(ns);
    if (!acls) this.byNamespace.set(ns, (acls = new Map()));
    let acl = acls.get(token.toLowerCase());
    if (!acl) acls.set(token.toLowerCase(), (acl = { token, inheritPermissions: true, aces: new Map() }));
    return acl;
  }

  setAce(namespaceId: string, token: string, descriptor: string, ace: Ace): void {
    this.ensure(namespaceId, token).aces.set(descriptor, { allow: ace.allow, deny: ace.deny });
  }

  /** ACLs at the token and, with recurse, below it. */
  query(namespaceId: string, token: string | undefined, recurse: boolean): Acl[] {
    const acls = [...(this.byNamespace.get(namespaceId.toLowerCase())?.values() ?? [])];
    if (token === undefined) return acls;
    const lower = token.toLowerCase();
    return acls.filter((a) => {
      const t = a.token.toLowerCase();
      return t === lower || (recurse && t.startsWith(lower + ":"));
    });
  }

  /**
   * Effective bits for someone whose own and group descriptors are `descriptors`, walking from the token up:
   * a bit decided at a closer ACL is not changed by a parent's; at one ACL deny wins.
   */
  evaluate(namespaceId: string, token: string, descriptors: ReadonlySet<string>): Effective {
    let allow = 0;
    let deny = 0;
    for (const t of tokenChain(token).reverse()) {
      const acl = this.get(namespaceId, t);
      if (!acl) continue;
      let a = 0;
      let d = 0;
      for (const [descriptor, ace] of acl.aces) {
        if (!descriptors.has(descriptor)) continue;
        a |= ace.allow;
        d |= ace.deny;
      }
      const decided = allow | deny;
      deny |= d & ~decided;
      allow |= a & ~d & ~decided;
      if (!acl.inheritPermissions) break;
    }
    return { allow, deny };
  }

  /** What the ACL at `token` inherits from its parents for one descriptor set (extendedInfo.inherited*). */
  inherited(namespaceId: string, token: string, descriptors: ReadonlySet<string>): Effective {
    const own = this.get(namespaceId, token);
    if (own && !own.inheritPermissions) return { allow: 0, deny: 0 };
    const chain = tokenChain(token);
    if (chain.length < 2) return { allow: 0, deny: 0 };
    return this.evaluate(namespaceId, chain[chain.length - 2], descriptors);
  }

  clone(): AclStore {
    const copy = new AclStore();
    for (const [ns, acls] of this.byNamespace) {
      const m = new Map<string, Acl>();
      for (const [k, acl] of acls)
        m.set(k, {
          token: acl.token,
          inheritPermissions: acl.inheritPermissions,
          aces: new Map([...acl.aces].map(([d, ace]) => [d, { ...ace }])),
        });
      copy.byNamespace.set(ns, m);
    }
    return copy;
  }
}
