/**
 * Work item tag definitions (wit 7.1 "Tags - Get Tags", a preview resource: 7.1-preview.1 on Services,
 * 7.0-preview.1 on Server 2022): `GET {project}/_apis/wit/tags` answers `{count, value}` of
 * WorkItemTagDefinition (id, name, url, lastUpdated), as Microsoft's recorded example does. Listing needs
 * "Enumerate tag definitions" (Tagging namespace), which every project member holds; a Stakeholder may read
 * them too (they may assign existing tags, Microsoft's Stakeholder access quick reference).
 */
import { ApiError } from "../http/errors";
import { TAGGING, TAGGING_NAMESPACE, taggingToken } from "../security/namespaces";
import { list, type Route } from "./router";

export const tagRoutes: Route[] = [
  {
    method: "GET",
    pattern: "wit/tags",
    project: "required",
    handler(ctx) {
      const project = ctx.project!;
      if (!ctx.store.security.has(ctx.user, TAGGING_NAMESPACE, taggingToken(project.id), TAGGING.Enumerate))
        // Azure DevOps's usual access-check wording; the emulator's choice for a refusal no seeded user meets.
        throw new ApiError(
          403,
          "AccessCheckException",
          `Access Denied: ${ctx.user.displayName} needs the following permission(s) on the resource ${taggingToken(project.id)} to perform this action: Enumerate tag definitions`,
        );
      return list(
        ctx,
        ctx.store.tagDefinitions(project).map((t) => ({
          id: t.id,
          name: t.name,
          url: `${ctx.store.orgUrl}/${project.id}/_apis/wit/tags/${t.id}`,
          lastUpdated: t.lastUpdated,
        })),
      );
    },
  },
];
