/**
 * Forwards form events to every work-item-form contribution on the page, through the object each one
 * registered (IWorkItemNotificationListener). Calls to one contribution are queued so it always sees
 * onLoaded first and the rest in the order they happened.
 */
import type { HostedContribution } from "../contributionHost";
import type { FormEvent, WorkItemModel } from "./model";

const METHOD: Partial<Record<FormEvent["type"], string>> = {
  saved: "onSaved",
  refreshed: "onRefreshed",
  reset: "onReset",
  unloaded: "onUnloaded",
};

export function connectFormNotifications(
  model: WorkItemModel,
  readOnly = false,
): {
  attach(hosted: HostedContribution): void;
} {
  const queues = new Map<HostedContribution, Promise<void>>();
  const send = (hosted: HostedContribution, method: string, args: unknown) => {
    const next = (queues.get(hosted) ?? Promise.resolve()).then(() => hosted.notify(method, args));
    queues.set(hosted, next);
  };

  model.on((event) => {
    for (const hosted of queues.keys()) {
      if (event.type === "fieldChanged")
        send(hosted, "onFieldChanged", { id: model.id, changedFields: event.changedFields });
      else if (METHOD[event.type]) send(hosted, METHOD[event.type]!, { id: model.id });
    }
  });

  return {
    attach(hosted) {
      queues.set(hosted, Promise.resolve());
      send(hosted, "onLoaded", { id: model.id, isNew: false, isReadOnly: readOnly });
    },
  };
}
