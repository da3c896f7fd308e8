/**
 * Hosts one contribution in a cross-origin iframe and answers it over XDM, as Azure DevOps'
 * ExternalContentHost does: a channel per iframe (origin known from the src, so no handshake token),
 * `DevOps.HostControl` on that channel, `DevOps.ServiceManager` once the handshake says sdkVersion > 0,
 * and lookup of the object the contribution registered (full id, then the relative id after 250 ms).
 */
import type { ManifestContribution } from "./bootstrap";
import type { PageEnv } from "./env";
import { buildHandshake } from "./handshake";
import { hostLog } from "./log";
import { createService } from "./services";
import { channelManager, type IXDMChannel } from "./xdm";

export interface MountOptions {
  container: HTMLElement;
  contribution: ManifestContribution;
  initialConfig?: Record<string, unknown>;
  /** "height": the iframe follows resize() (form groups, dialogs); "fill": it takes the container's size. */
  sizing: "height" | "fill";
}

/** What the extension registered (listener objects): its functions arrive as promise-returning proxies. */
export type RemoteObject = Record<string, unknown>;

export interface HostedContribution {
  readonly contribution: ManifestContribution;
  readonly fullId: string;
  readonly iframe: HTMLIFrameElement;
  readonly channel: IXDMChannel;
  /** Resolves when the contribution is loaded: after the handshake, or on notifyLoadSucceeded with loaded:false. */
  readonly loaded: Promise<void>;
  /** The registered object (memoized); undefined when neither id was registered within a few seconds. */
  instance(): Promise<RemoteObject | undefined>;
  /** Calls `method` on the registered object and logs the outcome as "notify.<method>". */
  notify(method: string, args: unknown): Promise<void>;
  /** Host → extension event through the SDK's DevOps.SdkClient (e.g. themeChanged). */
  dispatchEvent(name: string, params: unknown): void;
  dispose(): void;
}

const HANDSHAKE_TIMEOUT_MS = 10_000;
const RELATIVE_ID_DELAY_MS = 250;
const LOOKUP_RETRY_MS = 200;
const LOOKUP_GIVE_UP_MS = 5_000;
const NOTIFY_TIMEOUT_MS = 10_000;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function mountContribution(env: PageEnv, options: MountOptions): HostedContribution {
  const { contribution } = options;
  const { publisher, id: extensionId } = env.bootstrap.manifest;
  const fullId = `${publisher}.${extensionId}.${contribution.id}`;
  const src = new URL(String(contribution.properties?.uri ?? ""), env.bootstrap.extensionUrl).href;
  const source = contribution.id;

  const iframe = document.createElement("iframe");
  iframe.className = `contribution-frame sizing-${options.sizing}`;
  iframe.title = String(contribution.properties?.name ?? contribution.description ?? contribution.id);
  iframe.dataset.contributionId = contribution.id;
  if (options.sizing === "height" && typeof contribution.properties?.height === "number")
    iframe.style.height = `${contribution.properties.height}px`;
  options.container.appendChild(iframe);

  // The channel is keyed on the iframe's WindowProxy, which survives the navigation to `src`.
  const channel = channelManager.addChannel(iframe.contentWindow!, src);
  const registry = channel.getObjectRegistry();

  let markLoaded!: () => void;
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
  let handshakeDone = false;
  let disposed = false;

  const failed = (reason: string) => {
    console.error(`Contribution ${fullId}: ${reason}`);
    iframe.insertAdjacentElement(
      "beforebegin",
      Object.assign(document.createElement("div"), {
        className: "contribution-error",
        role: "alert",
        textContent: `${contribution.id} failed to load: ${reason}`,
      }),
    );
  };
  const timeout = setTimeout(() => {
    if (!handshakeDone && !disposed) failed(`no handshake within ${HANDSHAKE_TIMEOUT_MS / 1000} s`);
  }, HANDSHAKE_TIMEOUT_MS);

  const serviceManager = {
    getService(serviceId: string) {
      hostLog(source, "ServiceManager.getService", { id: serviceId });
      return createService(serviceId, env, hosted);
    },
  };

  const hostControl = {
    initialHandshake(handshakeOptions: { sdkVersion?: number; loaded?: boolean } = {}) {
      hostLog(source, "HostControl.initialHandshake", handshakeOptions);
      // A second handshake means the frame reloaded itself: what it registered before is gone.
      if (handshakeDone) instancePromise = undefined;
      handshakeDone = true;
      clearTimeout(timeout);
      if ((handshakeOptions.sdkVersion ?? 0) > 0) registry.register("DevOps.ServiceManager", serviceManager);
      // The reply is posted synchronously after this returns; anything sent to the frame before it is dropped,
      // so "loaded" is signalled on a later task.
      if (handshakeOptions.loaded !== false) setTimeout(markLoaded, 0);
      return buildHandshake(env, fullId, options.initialConfig ?? {});
    },
    notifyLoadSucceeded() {
      hostLog(source, "HostControl.notifyLoadSucceeded");
      markLoaded();
    },
    notifyLoadFailed(error: unknown) {
      hostLog(source, "HostControl.notifyLoadFailed", error);
      const message = (error as { message?: string } | undefined)?.message ?? String(error);
      failed(message);
    },
    getAccessToken() {
      hostLog(source, "HostControl.getAccessToken");
      return { token: env.bootstrap.context.accessToken };
    },
    getAppToken() {
      hostLog(source, "HostControl.getAppToken");
      return { token: env.bootstrap.context.accessToken };
    },
    resize(width?: number, height?: number) {
      hostLog(source, "HostControl.resize", { width, height });
      if (options.sizing === "height" && typeof height === "number" && height > 0)
        iframe.style.height = `${Math.ceil(height)}px`;
    },
  };
  registry.register("DevOps.HostControl", hostControl);
  // Legacy VSS.SDK bundles look for the same object under its old name.
  registry.register("VSS.HostControl", hostControl);

  /** Asks for the full id, then also the relative id after 250 ms (or at once if the full id is unknown). */
  function lookupOnce(): Promise<{ id: string; object: RemoteObject } | undefined> {
    const context = { project: { id: env.project.id, name: env.project.name } };
    return new Promise((resolve) => {
      let pending = 0;
      let settled = false;
      let relativeAsked = false;
      const ask = (id: string) => {
        pending++;
        channel.getRemoteObjectProxy<RemoteObject>(id, context).then(
          (object) => {
            if (settled) return;
            settled = true;
            resolve({ id, object });
          },
          (error: { message?: string }) => {
            pending--;
            hostLog(source, "notify.lookup", {
              instanceId: id,
              outcome: "not-found",
              message: error?.message,
            });
            if (id === fullId) askRelative();
            if (pending === 0 && !settled) {
              settled = true;
              resolve(undefined);
            }
          },
        );
      };
      const askRelative = () => {
        if (relativeAsked || settled) return;
        relativeAsked = true;
        ask(contribution.id);
      };
      ask(fullId);
      setTimeout(askRelative, RELATIVE_ID_DELAY_MS);
    });
  }

  let instancePromise: Promise<RemoteObject | undefined> | undefined;
  function instance(): Promise<RemoteObject | undefined> {
    // Bundles often register inside init().then(), so "could not be found" is retried for a few seconds.
    instancePromise ??= (async () => {
      await loaded;
      const giveUpAt = Date.now() + LOOKUP_GIVE_UP_MS;
      for (;;) {
        const found = await lookupOnce();
        if (found) {
          hostLog(source, "notify.instance", { instanceId: found.id });
          return found.object;
        }
        if (Date.now() > giveUpAt || disposed) {
          hostLog(source, "notify.instance", { instanceId: null, outcome: "not-registered" });
          return undefined;
        }
        await delay(LOOKUP_RETRY_MS);
      }
    })();
    return instancePromise;
  }

  async function notify(method: string, args: unknown): Promise<void> {
    const object = await instance();
    if (!object) return hostLog(source, `notify.${method}`, { args, outcome: "no-registered-object" });
    const fn = object[method];
    if (typeof fn !== "function")
      return hostLog(source, `notify.${method}`, { args, outcome: "not-implemented" });
    try {
      // A frame that went away never answers; do not let that block the notifications queued behind it.
      const answered = await Promise.race([
        (fn as (a: unknown) => Promise<unknown>)(args).then(() => true),
        delay(NOTIFY_TIMEOUT_MS).then(() => false),
      ]);
      hostLog(source, `notify.${method}`, { args, outcome: answered ? "delivered" : "timeout" });
    } catch (e) {
      hostLog(source, `notify.${method}`, { args, outcome: "failed", message: (e as Error)?.message });
    }
  }

  const hosted: HostedContribution = {
    contribution,
    fullId,
    iframe,
    channel,
    loaded,
    instance,
    notify,
    dispatchEvent(name, params) {
      // Before the handshake reply the SDK drops host requests; it reads the current theme from the reply anyway.
      if (!handshakeDone || disposed) return;
      void channel.invokeRemoteMethod("dispatchEvent", "DevOps.SdkClient", [name, params]);
    },
    dispose() {
      disposed = true;
      clearTimeout(timeout);
      channelManager.removeChannel(channel);
      iframe.remove();
      env.hosted.delete(hosted);
    },
  };
  env.hosted.add(hosted);
  iframe.src = src;
  return hosted;
}
