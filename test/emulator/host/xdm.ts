/**
 * The SDK's own XDM implementation, imported by file path: the package's `exports` map hides the subpath,
 * and using the real file (rather than a port) means the host speaks exactly the protocol of the SDK
 * version the extension ships with.
 */
export {
  channelManager,
  type IXDMChannel,
} from "../../../node_modules/azure-devops-extension-sdk/esm/XDM.js";
