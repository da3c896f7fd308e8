/**
 * What Azure DevOps says the signed-in person may do, from its own permission evaluation (Security REST 7.1
 * "Permissions - Has Permissions": the caller's effective permission, group memberships and inheritance
 * included). Microsoft's 7.1 spec lists no OAuth scope for this read (security.json: only the writes need
 * vso.security_manage), and published extensions call it with vso.work_write alone
 * (Cape-Code/vsts-time-and-effort src/Auth/AuthHelper.ts, same namespace and bit).
 */
import { SERVICES_API_VERSIONS } from "./apiVersions";
import type { RestTransport } from "./restTransport";

/** The Project security namespace and its GENERIC_WRITE bit, "Edit project-level information". */
export const PROJECT_NAMESPACE = "52d39943-cb85-4d7f-8fa8-c6baac873819";
export const EDIT_PROJECT_INFO = 2;
/**
 * MANAGE_PROPERTIES, "Manage project properties": what Microsoft's permissions reference ties to the Set
 * project properties REST API (MicrosoftDocs/azure-devops-docs docs/organizations/security/permissions.md;
 * bit value as `az devops security permission namespace show` lists it, MicrosoftDocs/azure-devops-docs#8920).
 * Project administrators hold it with Edit project-level information.
 */
export const MANAGE_PROPERTIES = 131072;

/**
 * The Tagging namespace and its "Create tag definition" bit, on the project's token `/{projectId}` (Microsoft's
 * security namespace and permission reference, Tagging: Enumerate 1, Create 2, Update 4, Delete 8). Writing a
 * tag the project does not define yet needs it, or Azure DevOps refuses the whole save (403 TF401289).
 */
export const TAGGING_NAMESPACE = "bb50f182-8e5e-40b8-bc21-e8752a1e7ae2";
export const CREATE_TAG_DEFINITION = 2;
export const taggingToken = (projectId: string) => `/${projectId}`;

export const projectToken = (projectId: string) =>
  `$PROJECT:vstfs:///Classification/TeamProject/${projectId}`;

export interface PermissionChecker {
  /**
   * True when the person holds "Edit project-level information" on the project: what makes a project
   * administrator, and what Azure DevOps demands before it saves the project's properties (the settings).
   */
  isProjectAdmin(): Promise<boolean>;
  /** True when Azure DevOps would save the project's properties for this person (the settings' store). */
  maySaveSettings(): Promise<boolean>;
  /**
   * True when Azure DevOps says the person may create tag definitions. A Stakeholder is refused new tags
   * whatever their groups allow (Microsoft's Stakeholder access quick reference), so a yes here is not the
   * last word: the save itself is.
   */
  mayCreateTags(): Promise<boolean>;
}

export function createPermissionChecker(
  transport: RestTransport,
  projectId: string,
  apiVersion = SERVICES_API_VERSIONS.core,
): PermissionChecker {
  const answers = new Map<string, Promise<boolean>>();
  const has = (
    bit: number,
    namespace = PROJECT_NAMESPACE,
    token = projectToken(projectId),
  ): Promise<boolean> => {
    const key = `${namespace} ${bit} ${token}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = transport
        .send<{ value?: unknown[] }>({
          method: "GET",
          path: `_apis/permissions/${namespace}/${bit}`,
          apiVersion,
          // alwaysAllowAdministrators=false: the project's own permission decides, as on the save itself.
          query: { tokens: token, alwaysAllowAdministrators: false, delimiter: "," },
          retryable: true,
        })
        .then((body) => {
          const value = body?.value?.[0];
          if (typeof value !== "boolean")
            throw new Error("Azure DevOps answered the permission check without a yes or no.");
          return value;
        });
      answers.set(key, answer);
      // A failed check is asked again next time rather than remembered.
      answer.catch(() => answers.delete(key));
    }
    return answer;
  };
  return {
    isProjectAdmin: () => has(EDIT_PROJECT_INFO),
    async maySaveSettings() {
      const [edit, manage] = await Promise.all([has(EDIT_PROJECT_INFO), has(MANAGE_PROPERTIES)]);
      return edit && manage;
    },
    mayCreateTags: () => has(CREATE_TAG_DEFINITION, TAGGING_NAMESPACE, taggingToken(projectId)),
  };
}
