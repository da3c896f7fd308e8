import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import { PLACEHOLDERS, renderSubject, renderTemplate, type TemplateValues } from "../../domain/templates";
import type { MailDraft } from "../../workflow/notifyClient";

export interface NotifyClientDialogProps {
  subject: string;
  body: string;
  values: TemplateValues;
  onClose(result: MailDraft | undefined): void;
}

/** The mail as it will be sent, from the project's template, editable before sending. */
export function NotifyClientDialog(props: NotifyClientDialogProps): React.ReactElement {
  const [subject, setSubject] = React.useState(props.subject);
  const [body, setBody] = React.useState(props.body);
  const previewSubject = renderSubject(subject, props.values);
  // renderTemplate escapes the template text and every value; its output holds no active content.
  const previewHtml = renderTemplate(body, props.values);
  const to =
    props.values.client.displayName + (props.values.client.email ? ` <${props.values.client.email}>` : "");
  const empty = !subject.trim() || !body.trim();
  return (
    <div className="umd-panel flex-column" style={{ padding: 16, gap: 12 }}>
      <div className="body-m">
        To: {to}
        {props.values.coordinator && <> · Copy: {props.values.coordinator.displayName}</>}
      </div>
      <label className="umd-field">
        <span className="body-s">Subject</span>
        <input value={subject} maxLength={256} onChange={(e) => setSubject(e.target.value)} />
      </label>
      <label className="umd-field">
        <span className="body-s">Message</span>
        <textarea value={body} rows={8} maxLength={8000} onChange={(e) => setBody(e.target.value)} />
      </label>
      <details>
        <summary className="body-s">Placeholders</summary>
        <ul className="umd-list body-s">
          {PLACEHOLDERS.map((p) => (
            <li key={p.name}>
              <code>{`{{${p.name}}}`}</code> {p.description}
            </li>
          ))}
        </ul>
      </details>
      <section aria-label="Preview">
        <div className="umd-section-title">Preview</div>
        <div className="body-m" style={{ fontWeight: 600 }}>
          {previewSubject}
        </div>
        <div className="umd-mail-preview" dangerouslySetInnerHTML={{ __html: previewHtml }} />
      </section>
      {empty && <span className="secondary-text body-s">Write a subject and a message to send.</span>}
      <div className="flex-row" style={{ gap: 8, justifyContent: "flex-end" }}>
        <Button text="Cancel" onClick={() => props.onClose(undefined)} />
        <Button
          text="Notify client"
          primary
          disabled={empty}
          onClick={() => props.onClose({ subject, body })}
        />
      </div>
    </div>
  );
}
