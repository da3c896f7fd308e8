/**
 * Stands in for azure-devops-extension-sdk under Jest. Code under test receives its services as
 * interfaces, so reaching the SDK is a test mistake: every call says so.
 */
const notImplemented = (name: string) => () => {
  throw new Error(`Not implemented: SDK.${name} was called in a test; pass a fake service instead.`);
};

export const init = notImplemented("init");
export const ready = notImplemented("ready");
export const notifyLoadSucceeded = notImplemented("notifyLoadSucceeded");
export const getService = notImplemented("getService");
export const getAccessToken = notImplemented("getAccessToken");
export const getUser = notImplemented("getUser");
export const getWebContext = notImplemented("getWebContext");
export const getExtensionContext = notImplemented("getExtensionContext");
export const getContributionId = notImplemented("getContributionId");
export const getConfiguration = notImplemented("getConfiguration");
export const register = notImplemented("register");
export const resize = notImplemented("resize");
