/**
 * The api-versions the extension asks for, per host. Azure DevOps Services takes 7.1; Azure DevOps Server
 * 2022 refuses anything above 7.0 with VssVersionOutOfRangeException (Learn's REST API versioning table,
 * MicrosoftDocs/azure-devops-docs#13083), and serves the comments resource at 7.0-preview.3 (the
 * server-7.0 specification's comments operations are preview). A later Server accepts 7.0 too: servers
 * answer every version up to their own. The host says which it is (`SDK.getHost().isHosted`), without a
 * round trip; `npm run verify` checks the versions against a real host's resource-location discovery.
 * The work item `$batch` keeps its own 5.0 (workItemBatch.ts), inside every supported host's range.
 */
export interface ApiVersions {
  /** Work items, WIQL, types and states, updates, send-mail. */
  wit: string;
  /** The comments resource, only ever released as a preview. */
  comments: string;
  /** Security (permissions, access control lists), identities and classification nodes. */
  core: string;
  /** Project properties (the trusted settings), a preview in both specifications. */
  properties: string;
  /**
   * Work item tag definitions ("Tags - Get Tags"): a preview resource, asked at 7.1-preview.1 as Microsoft's
   * generated client does (azure-devops-node-api 17 WorkItemTrackingApi.getTags), 7.0-preview.1 on Server.
   */
  tags: string;
}

export const SERVICES_API_VERSIONS: ApiVersions = {
  wit: "7.1",
  comments: "7.1-preview.4",
  core: "7.1",
  properties: "7.1-preview.1",
  tags: "7.1-preview.1",
};
export const SERVER_API_VERSIONS: ApiVersions = {
  wit: "7.0",
  comments: "7.0-preview.3",
  core: "7.0",
  properties: "7.0-preview.1",
  tags: "7.0-preview.1",
};

export function apiVersionsFor(host: { isHosted?: boolean } | undefined): ApiVersions {
  // Only a host that says it is not hosted is a Server; anything unclear keeps the Services versions.
  return host?.isHosted === false ? SERVER_API_VERSIONS : SERVICES_API_VERSIONS;
}
