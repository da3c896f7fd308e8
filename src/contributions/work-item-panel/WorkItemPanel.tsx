import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import { describeError } from "../../ado/restErrors";
import type { LoadedSettings } from "../../ado/settingsStore";
import { Loading } from "../../components/Loading";
import type { DeskServices } from "../../workflow/deskServices";
import { kindOf } from "../../workflow/recognition";
import { loadRequestView, type RequestView } from "../../workflow/requestView";
import { loadTaskView, type TaskView } from "../../workflow/taskView";
import type { FormEvents } from "./formEvents";
import type { PanelUi } from "./panelUi";
import { RequestPanel } from "./RequestPanel";
import { TaskPanel } from "./TaskPanel";

type PanelState =
  | { kind: "waiting" }
  | { kind: "loading" }
  | { kind: "request"; view: RequestView }
  | { kind: "task"; view: TaskView }
  | { kind: "other" }
  | { kind: "error"; message: string };

export interface WorkItemPanelProps {
  services: Promise<DeskServices>;
  events: FormEvents;
  ui: PanelUi;
  /** The open item's tags, from the form (no REST call), to tell requests and tasks from other items. */
  readTags(): Promise<Record<string, unknown>>;
}

/** Decides what the open work item is and shows the request panel, the task panel, or a quiet note. */
export function WorkItemPanel({ services, events, ui, readTags }: WorkItemPanelProps): React.ReactElement {
  const [state, setState] = React.useState<PanelState>({ kind: "waiting" });
  const [resolved, setResolved] = React.useState<DeskServices | undefined>();
  const settings = React.useRef<Promise<LoadedSettings> | undefined>(undefined);
  const generation = React.useRef(0);

  React.useEffect(() => {
    const show = async (id: number, isNew: boolean) => {
      const mine = ++generation.current;
      const current = (next: PanelState) => {
        if (mine === generation.current) setState(next);
      };
      if (isNew) return current({ kind: "other" });
      try {
        const s = await services;
        setResolved(s);
        const fields = await readTags();
        let kind = kindOf(fields, "umd-request");
        if (kind === "other") {
          settings.current ??= s.settings.load();
          kind = kindOf(fields, (await settings.current).settings.requestTag);
        }
        if (kind === "other") return current({ kind: "other" });
        setState((prev) => (prev.kind === "request" || prev.kind === "task" ? prev : { kind: "loading" }));
        if (kind === "request") current({ kind: "request", view: await loadRequestView(s, id) });
        else current({ kind: "task", view: await loadTaskView(s, id) });
      } catch (e) {
        settings.current = undefined;
        current({ kind: "error", message: describeError(e, "load the user-management details") });
      }
    };
    const onSignal = (signal: Parameters<Parameters<FormEvents["subscribe"]>[0]>[0]) => {
      if (signal.kind === "unload") {
        generation.current++;
        setState({ kind: "waiting" });
      } else void show(signal.id, signal.isNew);
    };
    const unsubscribe = events.subscribe(onSignal);
    const last = events.last();
    if (last) onSignal(last);
    return unsubscribe;
  }, [services, events, readTags]);

  switch (state.kind) {
    case "waiting":
    case "loading":
      return <Loading label="Loading user-management details…" />;
    case "other":
      return (
        <p className="secondary-text body-s" style={{ padding: 8 }}>
          Not a user-management request or staff task.
        </p>
      );
    case "error":
      return (
        <div role="alert">
          <MessageCard severity={MessageCardSeverity.Error}>{state.message}</MessageCard>
        </div>
      );
    case "request":
      return <RequestPanel key={state.view.id} services={resolved!} view={state.view} ui={ui} />;
    case "task":
      return <TaskPanel key={state.view.id} services={resolved!} view={state.view} ui={ui} />;
  }
}
