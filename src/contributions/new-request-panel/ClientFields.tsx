import * as React from "react";

import { FormTextField } from "../../components/FormTextField";
import { MAX_FIELD_LENGTH } from "../../domain/validation";
import type { RequestDraft } from "./useRequestDraft";

/**
 * Whose request it is. In one's own name the client is the signed-in identity, shown, not typed; the desk
 * (coordinator, staff) types the client's name and e-mail.
 */
export function ClientFields({
  draft,
  asClient,
  me,
}: {
  draft: RequestDraft;
  asClient: boolean;
  me: { displayName: string; uniqueName: string };
}): React.ReactElement {
  if (asClient)
    return (
      <p className="umd-filed-by body-m" aria-label="Client">
        {`You are filing this request as ${me.displayName} (${me.uniqueName}).`}
      </p>
    );
  const { client } = draft.details;
  return (
    <>
      <FormTextField
        path="client.name"
        label="Client name"
        value={client.name}
        error={draft.shown("client.name")}
        maxLength={MAX_FIELD_LENGTH}
        counter
        onChange={(v) => draft.update("client.name", (d) => (d.client.name = v))}
        onBlur={() => draft.touch("client.name")}
      />
      <FormTextField
        path="client.email"
        label="Client e-mail"
        value={client.email}
        error={draft.shown("client.email")}
        maxLength={MAX_FIELD_LENGTH}
        counter
        onChange={(v) => draft.update("client.email", (d) => (d.client.email = v))}
        onBlur={() => draft.touch("client.email")}
      />
    </>
  );
}
