import { Button } from "azure-devops-ui/Button";
import { FormItem } from "azure-devops-ui/FormItem";
import { TextField } from "azure-devops-ui/TextField";
import * as React from "react";

import { useEscape } from "../../components/useEscape";
import { useFitToContent } from "../../components/useFitToContent";
import { PLACEHOLDERS, renderSubject, renderTemplate, type TemplateValues } from "../../domain/templates";
import type { MailDraft } from "../../workflow/notifyClient";

/** The limits of what Azure DevOps' send-mail accepts that a person types here. */
export const SUBJECT_MAX = 256;
export const MESSAGE_MAX = 8000;

export interface NotifyClientDialogProps {
  subject: string;
  body: string;
  values: TemplateValues;
  onClose(result: MailDraft | undefined): void;
  /** The SDK's resize: the dialog's frame follows its content. */
  resize(width: number | undefined, height: number): void;
}

function Preview({ subject, html }: { subject: string; html: string }): React.ReactElement {
  return (
    <section aria-label="Preview">
      <div className="umd-section-title">Preview</div>
      <div className="body-m umd-strong">{subject}</div>
      {/* renderTemplate escapes the template text and every value; its output holds no active content. */}
      <div className="umd-mail-preview" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}

/**
 * The mail as it will be sent, from the project's template, editable before sending. The fields and the
 * preview scroll between a fixed header and footer, so Cancel and Notify client are always in view.
 */
export function NotifyClientDialog(props: NotifyClientDialogProps): React.ReactElement {
  const [subject, setSubject] = React.useState(props.subject);
  const [body, setBody] = React.useState(props.body);
  const frame = React.useRef<HTMLDivElement>(null);
  const scroller = React.useRef<HTMLDivElement>(null);
  useFitToContent(frame, scroller, props.resize);
  useEscape(() => props.onClose(undefined));
  const to =
    props.values.client.displayName + (props.values.client.email ? ` <${props.values.client.email}>` : "");
  const empty = !subject.trim() || !body.trim();
  return (
    <div ref={frame} className="umd-dialog flex-column">
      <div className="body-m umd-dialog-header">
        To: {to}
        {props.values.coordinator && <> · Copy: {props.values.coordinator.displayName}</>}
      </div>
      <div ref={scroller} className="umd-dialog-body flex-column">
        <FormItem label="Subject">
          <TextField
            value={subject}
            maxLength={SUBJECT_MAX}
            showCharacterCounter
            onChange={(_e, v) => setSubject(v)}
          />
        </FormItem>
        <FormItem label="Message">
          <TextField
            value={body}
            multiline
            rows={8}
            maxLength={MESSAGE_MAX}
            showCharacterCounter
            onChange={(_e, v) => setBody(v)}
          />
        </FormItem>
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
        <Preview subject={renderSubject(subject, props.values)} html={renderTemplate(body, props.values)} />
      </div>
      <div className="umd-dialog-footer flex-row">
        {empty && (
          <span className="secondary-text body-s flex-grow">Write a subject and a message to send.</span>
        )}
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
