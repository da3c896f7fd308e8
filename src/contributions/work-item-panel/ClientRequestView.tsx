import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import { RequestDetailsView } from "../../components/RequestDetailsView";
import { StageTracker } from "../../components/StageTracker";
import { type Viewer, whoCanAct } from "../../domain/roles";
import type { DeskServices } from "../../workflow/deskServices";
import { NEXT_STEP } from "../../workflow/nextStep";
import type { RequestView } from "../../workflow/requestView";
import { MyRequestsSection } from "./MyRequestsSection";
import type { PanelUi } from "./panelUi";
import { useCompletedView } from "./useCompletedView";

export interface ClientRequestViewProps {
  view: RequestView;
  complete?: () => Promise<RequestView>;
  viewer: Viewer;
  services: DeskServices;
  ui: PanelUi;
}

/**
 * The request as its client sees it on the work item form: where it stands, who did each step and when, and
 * what happens next. No desk buttons. Someone who is neither a client nor on the desk sees the same, with one
 * line on who can act.
 */
export function ClientRequestView({
  view: first,
  complete,
  viewer,
  services,
  ui,
}: ClientRequestViewProps): React.ReactElement {
  const { current: view, problem } = useCompletedView(first, complete);
  const isClient = viewer.roles.has("client");
  return (
    <div className="umd-panel flex-column" aria-label="Your request">
      {!isClient && (
        <p className="umd-who-acts secondary-text body-s" role="note">
          {whoCanAct(view.settings.settings)}
        </p>
      )}
      {problem && <MessageCard severity={MessageCardSeverity.Warning}>{problem}</MessageCard>}
      <StageTracker stage={view.stage} events={view.events} />
      <section aria-label="What happens next">
        <div className="umd-section-title">What happens next</div>
        <p className="body-m">{NEXT_STEP[view.stage]}</p>
      </section>
      {view.tasks.length > 0 && (
        <section aria-label="Work on this request">
          <div className="umd-section-title">Work on this request</div>
          <ul className="umd-list">
            {view.tasks.map((t) => (
              <li key={t.id}>
                {`Staff task #${t.id}: ${t.state}`}
                {t.assignedTo ? ` · ${t.assignedTo}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      <MyRequestsSection
        services={services}
        requestTag={view.settings.settings.requestTag}
        currentId={view.id}
        ui={ui}
      />
      {view.details && (
        <section aria-label="Request">
          <div className="umd-section-title">Request</div>
          <RequestDetailsView details={view.details} />
        </section>
      )}
    </div>
  );
}
