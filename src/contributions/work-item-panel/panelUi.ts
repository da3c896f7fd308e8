/** What the panels ask of the host page, as an interface so component tests pass fakes. */
import type { TemplateValues } from "../../domain/templates";
import type { MailDraft } from "../../workflow/notifyClient";
import type { ActionOutcome } from "../../workflow/outcome";

export interface NotifyDialogConfig {
  subject: string;
  body: string;
  values: TemplateValues;
}

export interface PanelUi {
  /** Resolves true when the person confirmed; the confirming button is named after the action. */
  confirm(title: string, message: string, actionName: string): Promise<boolean>;
  notifyDialog(config: NotifyDialogConfig): Promise<MailDraft | undefined>;
  isFormDirty(): Promise<boolean>;
  /** Brings the form (and so this panel) up to date after an action changed the work item. */
  afterAction(): Promise<void>;
  openWorkItem(id: number): void;
  /** Opens the New request panel in the person's own name; resolves with the new request, if one was filed. */
  openNewRequest(): Promise<{ id: number; outcome: ActionOutcome } | undefined>;
}

export const UNSAVED_CHANGES =
  "This work item has unsaved changes. Save or discard them first, so the action is not mixed with them.";
