/** The modern comments API (7.1-preview.4, 7.0-preview.3 on Server), read-only: a request's newest comments for the client view. */
import { type ApiVersions, SERVICES_API_VERSIONS } from "../../ado/apiVersions";
import type { RestTransport } from "../../ado/restTransport";
import type { CommentsReader, CommentSummary } from "../../workflow/clientView";

export function createCommentsReader(
  transport: RestTransport,
  project: string,
  versions: ApiVersions = SERVICES_API_VERSIONS,
): CommentsReader {
  const p = encodeURIComponent(project);
  return {
    async newest(workItemId, top) {
      const r = await transport.send<{ comments?: CommentSummary[] }>({
        method: "GET",
        path: `${p}/_apis/wit/workItems/${Number(workItemId)}/comments`,
        query: { $top: top, order: "desc" },
        apiVersion: versions.comments,
        retryable: true,
      });
      return (r.comments ?? []).map((c) => ({
        id: c.id,
        text: String(c.text ?? ""),
        createdBy: c.createdBy ?? {},
        createdDate: String(c.createdDate ?? ""),
      }));
    },
  };
}
