/**
 * The reply to `initialHandshake`, in the current shape the SDK 3.1.3+ reads (`IExtensionHandshakeResult`):
 * full contribution id, context {extension, user, host, pageContext}, initialConfig and themeData.
 */
import { currentUser } from "./bootstrap";
import type { PageEnv } from "./env";
import { themeData, themeId } from "./theme";

/** Fixed, so a reload does not change what the extension sees. */
const HOST_ID = "0f4c8101-5a5e-4a5b-9e3a-e0000000cafe";

/** Azure DevOps' subject descriptor form for an AAD user: "aad." + base64 of the id. */
export const descriptorOf = (id: string) => "aad." + btoa(id).replace(/=+$/, "");

export function buildHandshake(
  env: PageEnv,
  fullContributionId: string,
  initialConfig: Record<string, unknown>,
) {
  const { bootstrap } = env;
  const user = currentUser(bootstrap);
  const { manifest, context } = bootstrap;
  return {
    contributionId: fullContributionId,
    context: {
      extension: {
        id: `${manifest.publisher}.${manifest.id}`,
        publisherId: manifest.publisher,
        extensionId: manifest.id,
        version: manifest.version,
        baseUri: bootstrap.extensionUrl,
      },
      user: {
        id: user.id,
        name: user.email,
        displayName: user.displayName,
        imageUrl: `${context.organizationUrl}/_api/_common/identityImage?id=${user.id}`,
        descriptor: descriptorOf(user.id),
      },
      host: {
        id: HOST_ID,
        name: context.organization,
        // Azure DevOps Server answers isHosted false (SDK.d.ts: "Distinguish between Azure DevOps Services
        // (true) and Azure DevOps Server (false)"); its collection host is type 4 as an organization is.
        serviceVersion: context.profile.serviceVersion,
        type: 4,
        isHosted: context.profile.isHosted,
      },
      pageContext: {
        webContext: {
          project: { id: env.project.id, name: env.project.name },
          // The default team shares the project's id stem: stable, and distinct from the project id.
          team: { id: env.project.id.slice(0, 24) + "7ea300000001", name: `${env.project.name} Team` },
          user: { id: user.id, name: user.displayName, email: user.email, uniqueName: user.email },
          collection: {
            id: HOST_ID,
            name: context.organization,
            uri: `${context.organizationUrl}/`,
          },
        },
        globalization: {
          culture: "en-US",
          theme: themeId(env.theme),
          explicitTheme: themeId(env.theme),
          timeZoneId: "UTC",
          timezoneOffset: 0,
          typeAheadDisabled: false,
        },
      },
    },
    initialConfig,
    themeData: themeData(env.theme),
  };
}
