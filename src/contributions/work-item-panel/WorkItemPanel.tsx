import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import { describeError } from "../../ado/restErrors";
import { relationTargetId, type WorkItemRelation } from "../../ado/workItemsApi";
import { Loading } from "../../components/Loading";
import { may, type Viewer, worksRequests } from "../../domain/roles";
import type { DeskServices } from "../../workflow/deskServices";
import { kindOf } from "../../workflow/recognition";
import { type RequestView, startRequestLoad } from "../../workflow/requestView";
import { startTaskLoad, type TaskView } from "../../workflow/taskView";
import { viewerOf } from "../../workflow/viewer";
import type { FormEvents } from "./formEvents";
import type { PanelUi } from "./panelUi";
import { RequestPanel } from "./RequestPanel";
import { TaskPanel } from "./TaskPanel";
import { TaskReadOnlyView } from "./TaskReadOnlyView";

// Coordinators and staff, who open most forms, never see the client view: its code, and the queries of My
// requests, load only when a client or another member opens a request.
const ClientRequestView = React.lazy(() =>
  import("./ClientRequestView").then((m) => ({ default: m.ClientRequestView })),
);

type PanelState =
  | { kind: "waiting" }
  | { kind: "loading" }
  | { kind: "request"; view: RequestView; complete(): Promise<RequestView>; viewer: Viewer }
  | { kind: "task"; view: TaskView; complete(): Promise<TaskView>; viewer: Viewer | undefined }
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
          // Who is looking decides the panel: the desk's actions, or the client view. No extra call on a
          // configured project; on an unconfigured one, Azure DevOps is asked whether they administer it.
          const viewer = await viewerOf(s, load.view.settings);
          current({ kind: "request", view: load.view, complete: load.complete, viewer });
        } else {
          const [parentId] = linked(relations, "System.LinkTypes.Hierarchy-Reverse");
          const load = await startTaskLoad(s, id, { settings, parentId });
          const loaded = load.view.request?.settings;
          const viewer = loaded ? await viewerOf(s, loaded) : undefined;
          current({ kind: "task", view: load.view, complete: load.complete, viewer });
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
      if (!worksRequests(state.viewer))
        return (
          <React.Suspense fallback={<Loading label="Loading user-management details…" />}>
            <ClientRequestView
              key={state.view.id}
              view={state.view}
              complete={state.complete}
              viewer={state.viewer}
              services={resolved!}
              ui={ui}
            />
          </React.Suspense>
        );
      return (
        <RequestPanel
          key={state.view.id}
          services={resolved!}
          view={state.view}
          complete={state.complete}
          ui={ui}
          firstRun={state.viewer.firstRun}
        />
      );
    case "task":
      // Without a readable parent the settings are unknown: the panel shows the problem, and Azure DevOps
      // still decides what the person may change.
      if (state.viewer && !may(state.viewer, "completeTask"))
        return <TaskReadOnlyView key={state.view.id} view={state.view} viewer={state.viewer} />;
      return (
        <TaskPanel
          key={state.view.id}
          services={resolved!}
          view={state.view}
          complete={state.complete}
          ui={ui}
          me={resolved!.user}
        />
      );
  }
}
