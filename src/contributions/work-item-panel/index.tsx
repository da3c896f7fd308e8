import "../../components/panel.css";

import * as React from "react";

import { createDeskServices } from "../../ado/createDeskServices";
import { workItemForm } from "../../ado/formService";
import { confirmAction, openDialog, openPanel, openWorkItem } from "../../ado/hostUi";
import { contributionId, register, resize } from "../../ado/sdkHost";
import { keepingFocus } from "../../components/keepingFocus";
import { mountContribution } from "../../components/mountContribution";
import type { MailDraft } from "../../workflow/notifyClient";
import type { NewRequestResult } from "../queue-hub/hubServices";
import { createFormEvents } from "./formEvents";
import type { PanelUi } from "./panelUi";
import { ReadOnlyFromForm } from "./ReadOnlyFromForm";
import { WorkItemPanel } from "./WorkItemPanel";

const events = createFormEvents();

const ui: PanelUi = {
  confirm: (...args) => keepingFocus(() => confirmAction(...args)),
  notifyDialog: (config) =>
    keepingFocus(() => openDialog<MailDraft>("notify-client-dialog", "Notify client", config)),
  isFormDirty: async () => (await workItemForm()).isDirty(),
  async afterAction() {
    // Re-reading the form keeps it in step with what the action changed; the host then sends onRefreshed,
    // which reloads this panel.
    await (await workItemForm()).refresh();
  },
  openWorkItem: (id) => void openWorkItem(id),
  openNewRequest: () => openPanel<NewRequestResult>("new-request-panel", "New request", { asClient: true }),
};

const readForm = async () => {
  const form = await workItemForm();
  const [tags, relations] = await Promise.all([
    form.getFieldValue("System.Tags"),
    form.getWorkItemRelations(),
  ]);
  return { fields: { "System.Tags": tags }, relations };
};

void mountContribution(() => {
  register(contributionId(), events.listener);
  const services = createDeskServices();
  // The group's height follows its content: the body is as tall as the frame, so watch the content root.
  const root = document.getElementById("root")!;
  new ResizeObserver(() => resize(root.scrollWidth, root.scrollHeight)).observe(root);
  return (
    <ReadOnlyFromForm events={events}>
      <WorkItemPanel services={services} events={events} ui={ui} readForm={readForm} />
    </ReadOnlyFromForm>
  );
});
