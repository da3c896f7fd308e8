import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import { describeError } from "../../ado/restErrors";
import type { TaskDraft } from "../../ado/taskDraftStore";
import { ActionButton } from "../../components/ActionButton";
import { OutcomeMessage } from "../../components/OutcomeMessage";
import { useAction } from "../../components/useAction";
import { uncheckedItems } from "../../domain/checklist";
import { requestTypeInfo } from "../../domain/requestTypes";
import { completeTask, completeTaskBlocker } from "../../workflow/completeTask";
import type { DeskServices } from "../../workflow/deskServices";
import { type ActionOutcome, failed } from "../../workflow/outcome";
import { isDoneCategory, type TaskView } from "../../workflow/taskView";
import { AccountChangesEditor } from "./AccountChangesEditor";
import { ChecklistView } from "./ChecklistView";
import { type PanelUi, UNSAVED_CHANGES } from "./panelUi";
import { useCompletedView } from "./useCompletedView";

export interface TaskPanelProps {
  services: DeskServices;
  view: TaskView;
  /** Reads whether the client is a member (for the mail); absent when `view` is complete. */
  complete?: () => Promise<TaskView>;
  ui: PanelUi;
  /** The signed-in person: staff who are not the task's assignee are told whose task it is. */
  me?: { id: string; displayName: string; uniqueName: string };
}

const SAVE_DELAY_MS = 600;

/**
 * Keeps the draft (changes and ticks) saved on the task as staff edit, so a reload or a colleague sees it.
 * Saves are debounced and serialized; each carries the etag of the last one.
 */
function useDraft(services: DeskServices, view: TaskView) {
  const [draft, setDraft] = React.useState<TaskDraft>(view.draft.value!);
  const [saveError, setSaveError] = React.useState<string | undefined>();
  const etag = React.useRef(view.draft.etag);
  const pending = React.useRef<TaskDraft | undefined>(undefined);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = React.useRef<Promise<void>>(Promise.resolve());

  const flush = React.useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    const next = pending.current;
    pending.current = undefined;
    if (!next) return saving.current;
    saving.current = saving.current.then(async () => {
      try {
        const saved = await services.drafts.write(String(view.id), next, etag.current);
        etag.current = saved.etag;
        setSaveError(undefined);
      } catch (e) {
        setSaveError(e instanceof Error ? e.message : String(e));
      }
    });
    return saving.current;
  }, [services, view.id]);

  const change = (next: TaskDraft) => {
    setDraft(next);
    pending.current = next;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };
  React.useEffect(() => () => void flush(), [flush]);
  return { draft, change, flush, saveError };
}

export function TaskPanel({ services, view: first, complete, ui, me }: TaskPanelProps): React.ReactElement {
  const { current: view, problem, ensure } = useCompletedView(first, complete);
  const [outcome, setOutcome] = React.useState<ActionOutcome | undefined>();
  const { busy, run } = useAction(setOutcome);
  const { draft, change, flush, saveError } = useDraft(services, view);
  const done = isDoneCategory(view.stateCategory);
  const request = view.request;
  // The assignee completes their task first; other staff may, and are told whose it is.
  const someoneElses = !!me && !!view.assignedTo && view.assignedTo !== me.displayName && !done;

  const onComplete = () =>
    run("Complete task", async () => {
      if (await ui.isFormDirty()) return failed(UNSAVED_CHANGES);
      let full: TaskView;
      try {
        full = await ensure();
      } catch (e) {
        return failed(describeError(e, "complete the task"));
      }
      await flush();
      const open = uncheckedItems(view.checklist, draft.checked);
      if (open.length > 0) {
        const list = open.map((i) => `• ${i.text}`).join("\n");
        const message = `${open.length} checklist item${open.length === 1 ? " is" : "s are"} not ticked:\n${list}\n\nComplete the task anyway?`;
        if (!(await ui.confirm("Complete task", message, "Complete task"))) return undefined;
      }
      const result = await completeTask(services, full, draft);
      if (result.kind !== "failed" || result.retry) await ui.afterAction();
      return result;
    });
  const onRetry = () => {
    const retry = outcome?.kind === "failed" ? outcome.retry : undefined;
    if (!retry) return;
    // A retry that completed the task refreshes the form like the action itself.
    void run("Retry", async () => {
      const result = await retry();
      if (result.kind !== "failed") await ui.afterAction();
      return result;
    });
  };

  return (
    <div className="umd-panel flex-column">
      {request ? (
        <section aria-label="Parent request">
          <div className="umd-section-title">Request</div>
          <a
            href="#"
            onClick={(e) => {
              e.preventDefault();
              ui.openWorkItem(request.id);
            }}
          >
            #{request.id} {request.title}
          </a>
          <div className="secondary-text body-s">
            {request.details ? requestTypeInfo(request.details.type).label : "Unknown type"} · {request.stage}{" "}
            · client {request.clientName || request.clientEmail}
          </div>
        </section>
      ) : (
        <MessageCard severity={MessageCardSeverity.Warning}>{view.requestProblem}</MessageCard>
      )}
      {someoneElses && (
        <p className="secondary-text body-s" role="note">
          {`This task is assigned to ${view.assignedTo}. Complete it only if you did the work in their place.`}
        </p>
      )}
      {outcome && (
        <OutcomeMessage outcome={outcome} onRetry={onRetry} onDismiss={() => setOutcome(undefined)} />
      )}
      {problem && <MessageCard severity={MessageCardSeverity.Warning}>{problem}</MessageCard>}
      {saveError && <MessageCard severity={MessageCardSeverity.Error}>{saveError}</MessageCard>}
      <section aria-label="Account changes">
        <div className="umd-section-title">Account changes</div>
        <AccountChangesEditor
          changes={draft.changes}
          readOnly={done || busy !== undefined}
          onChange={(changes) => change({ ...draft, changes })}
        />
      </section>
      {view.checklist.length > 0 && (
        <section aria-label="Checklist section">
          <div className="umd-section-title">Checklist</div>
          <ChecklistView
            items={view.checklist}
            checked={draft.checked}
            readOnly={done || busy !== undefined}
            onChange={(checked) => change({ ...draft, checked })}
          />
        </section>
      )}
      <div className="umd-actions">
        <ActionButton
          text="Complete task"
          primary
          blocker={completeTaskBlocker(view, draft, services.now())}
          busy={busy === "Complete task"}
          onClick={onComplete}
        />
      </div>
    </div>
  );
}
