import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import { describeError } from "../../ado/restErrors";
import { relationTargetId, type WorkItemRelation } from "../../ado/workItemsApi";
import { Loading } from "../../components/Loading";
import type { DeskServices } from "../../workflow/deskServices";
import { kindOf } from "../../workflow/recognition";
import { type RequestView, startRequestLoad } from "../../workflow/requestView";
import { startTaskLoad, type TaskView } from "../../workflow/taskView";
import type { FormEvents } from "./formEvents";
import type { PanelUi } from "./panelUi";
import { RequestPanel } from "./RequestPanel";
import { TaskPanel } from "./TaskPanel";

type PanelState =
  | { kind: "waiting" }
  | { kind: "loading" }
  | { kind: "request"; view: RequestView; complete(): Promise<RequestView> }
  | { kind: "task"; view: TaskView; complete(): Promise<TaskView> }
  | { kind: "other" }
  | { kind: "error"; message: string };

export interface WorkItemPanelProps {
  services: Promise<DeskServices>;
  events: FormEvents;
  ui: PanelUi;
  /**
   * From the open form (no REST call): its tags, to tell requests and tasks from other items, and its links,
   * so the item and its tasks (or its parent) come in one batch read.
   */
  readForm(): Promise<{ fields: Record<string, unknown>; relations: WorkItemRelation[] }>;
}

const linked = (relations: WorkItemRelation[], rel: string): number[] =>
  relations
    .filter((r) => r.rel === rel)
    .map((r) => relationTargetId(r.url))
    .filter((id): id is number => id !== undefined);

/** Decides what the open work item is and shows the request panel, the task panel, or a quiet note. */
export function WorkItemPanel({ services, events, ui, readForm }: WorkItemPanelProps): React.ReactElement {
  const [state, setState] = React.useState<PanelState>({ kind: "waiting" });
  const [resolved, setResolved] = React.useState<DeskServices | undefined>();
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
        const { fields, relations } = await readForm();
        // Read once per load: it decides a custom request tag and then serves the panel.
        let settings: ReturnType<DeskServices["settings"]["load"]> | undefined;
        let kind = kindOf(fields, "umd-request");
        if (kind === "other") {
          settings = s.settings.load();
          kind = kindOf(fields, (await settings).settings.requestTag);
        }
        if (kind === "other") return current({ kind: "other" });
        setState((prev) => (prev.kind === "request" || prev.kind === "task" ? prev : { kind: "loading" }));
        if (kind === "request") {
          const childIds = linked(relations, "System.LinkTypes.Hierarchy-Forward");
          const load = await startRequestLoad(s, id, { settings, childIds });
          current({ kind: "request", view: load.view, complete: load.complete });
        } else {
          const [parentId] = linked(relations, "System.LinkTypes.Hierarchy-Reverse");
          const load = await startTaskLoad(s, id, { settings, parentId });
          current({ kind: "task", view: load.view, complete: load.complete });
        }
      } catch (e) {
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
  }, [services, events, readForm]);

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
      return (
        <RequestPanel
          key={state.view.id}
          services={resolved!}
          view={state.view}
          complete={state.complete}
          ui={ui}
        />
      );
    case "task":
      return (
        <TaskPanel
          key={state.view.id}
          services={resolved!}
          view={state.view}
          complete={state.complete}
          ui={ui}
        />
      );
  }
}
