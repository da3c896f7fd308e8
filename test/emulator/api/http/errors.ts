/** ADO-shaped errors: handlers throw ApiError, the pipeline turns it into the VSS error envelope. */

const WIT_KEYS =
  /^(WorkItem|RuleValidation|TestPatch|PatchOperation|InvalidPatch|Query|Wiql|Comment|SendMail|InvalidTree)/;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly typeKey: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function typeNameOf(typeKey: string): string {
  return WIT_KEYS.test(typeKey)
    ? `Microsoft.TeamFoundation.WorkItemTracking.Server.${typeKey}, Microsoft.TeamFoundation.WorkItemTracking.Server`
    : `Microsoft.VisualStudio.Services.WebApi.${typeKey}, Microsoft.VisualStudio.Services.WebApi`;
}

export function errorEnvelope(typeKey: string, message: string, extra: Record<string, unknown> = {}) {
  return {
    $id: "1",
    innerException: null,
    message,
    typeName: typeNameOf(typeKey),
    typeKey,
    errorCode: 0,
    eventId: 3000,
    ...extra,
  };
}

export const badRequest = (typeKey: string, message: string, extra?: Record<string, unknown>) =>
  new ApiError(400, typeKey, message, extra);

export const notFound = (typeKey: string, message: string) => new ApiError(404, typeKey, message);

export function workItemNotFound(id: number | string): ApiError {
  return notFound(
    "WorkItemUnauthorizedAccessException",
    `TF401232: Work item ${id} does not exist, or you do not have permissions to read it.`,
  );
}

export function ruleError(fieldName: string, fieldRef: string, codes: string): ApiError {
  const message = `TF401320: Rule Error for field ${fieldName}. Error code: ${codes}.`;
  return badRequest("RuleValidationException", message, {
    customProperties: {
      RuleValidationErrors: [
        { fieldReferenceName: fieldRef, fieldStatusFlags: codes, errorMessage: message },
      ],
    },
  });
}

/** "Edit work items in this node" missing on the area path the item is saved under (or moved from). */
export function areaWriteDenied(areaPath: string): ApiError {
  return new ApiError(
    403,
    "WorkItemSecuredException",
    `TF237111: The current user does not have permissions to save work items under the specified area path '${areaPath}'.`,
  );
}

/**
 * bypassRules=true without "Bypass rules on work item updates": Microsoft's message as migration tools report
 * it (solidify/jira-azuredevops-migrator#641, #662); the status and type key are the emulator's.
 */
export function bypassRulesDenied(): ApiError {
  return new ApiError(
    403,
    "WorkItemBypassRulesException",
    "TF401322: You don't have bypass rules permission. Please contact your collection administrator to grant this permission for enabling this action.",
  );
}

/**
 * A tag the project has no definition of, written without "Create tag definition" (or by a Stakeholder, who
 * cannot add new tags): the body hkarthik7/azure-devops-java-sdk#105 records from Azure DevOps. The whole
 * save is refused.
 */
export function tagCreationDenied(): ApiError {
  return new ApiError(
    403,
    "AccessCheckException",
    "TF401289: The current user does not have permissions to create tags.",
    {
      typeName:
        "Microsoft.VisualStudio.Services.Security.AccessCheckException, Microsoft.VisualStudio.Services.WebApi",
      customProperties: { RequestedPermissions: 2 },
    },
  );
}
