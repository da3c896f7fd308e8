import * as React from "react";

import type { LoadedSettings } from "../../ado/settingsStore";
import { focusField } from "../../components/fieldFocus";
import { useAction } from "../../components/useAction";
import { submitRequest } from "../../workflow/createRequest";
import type { DeskServices } from "../../workflow/deskServices";
import { notMemberMessage } from "../../workflow/notifyClient";
import type { ActionOutcome } from "../../workflow/outcome";
import { useClientMembership } from "./useClientMembership";
import { type RequestDraft, useRequestDraft } from "./useRequestDraft";

export interface NewRequestFormOptions {
  services: DeskServices;
  settings: LoadedSettings;
  /** Filing in one's own name: the client is the signed-in identity. */
  asClient: boolean;
  confirm(title: string, message: string, actionName: string): Promise<boolean>;
  onSubmitted(result: { id: number; outcome: ActionOutcome }): void;
}

export interface NewRequestFormState {
  draft: RequestDraft;
  /** The client's address is not a member's: they cannot be notified. */
  notMember: string | undefined;
  busy: string | undefined;
  outcome: ActionOutcome | undefined;
  dismissOutcome(): void;
  /** Shows every message and focuses the first field to fix, or files the request (once). */
  submit(): void;
  /** The form element, so submit can move focus inside it. */
  formRef: React.RefObject<HTMLFormElement>;
}

/** The New request form's state, validation and submit. */
export function useNewRequestForm(options: NewRequestFormOptions): NewRequestFormState {
  const { services, settings, asClient } = options;
  const me = services.user;
  const draft = useRequestDraft(
    settings,
    { name: asClient ? me.displayName : "", email: asClient ? me.uniqueName : "" },
    () => services.now(),
  );
  const clientEmail = draft.details.client.email.trim();
  const membership = useClientMembership(services, clientEmail, !draft.errors["client.email"]);
  const [outcome, setOutcome] = React.useState<ActionOutcome | undefined>();
  const { busy, run } = useAction(setOutcome);
  const formRef = React.useRef<HTMLFormElement>(null);

  const submit = () => {
    draft.setAttempted(true);
    const wrong = Object.keys(draft.errors);
    if (wrong.length > 0) {
      focusField(formRef.current, wrong[0]);
      return;
    }
    void run("Submit request", async () => {
      const identity = await membership.identityFor(clientEmail);
      if (
        !identity &&
        !(await options.confirm(
          "The client cannot be notified",
          notMemberMessage(clientEmail),
          "Submit request",
        ))
      )
        return undefined;
      // In one's own name, the client is the signed-in identity whatever the form state says.
      const details = asClient
        ? { ...draft.details, client: { name: me.displayName, email: me.uniqueName } }
        : draft.details;
      const result = await submitRequest(services, { details, settings, clientIdentity: identity });
      if (result.id !== undefined) options.onSubmitted({ id: result.id, outcome: result.outcome });
      return result.outcome;
    });
  };

  return {
    draft,
    notMember: membership.notMember,
    busy,
    outcome,
    dismissOutcome: () => setOutcome(undefined),
    submit,
    formRef,
  };
}
