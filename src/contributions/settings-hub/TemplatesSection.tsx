import * as React from "react";

import {
  type MessageTemplates,
  PLACEHOLDERS,
  renderSubject,
  renderTemplate,
  type TemplateValues,
} from "../../domain/templates";
import { Field, fieldId } from "./Field";

type CommentKey = "acknowledgeComment" | "taskCompleteComment" | "closeComment";
type MailKey = "confirmationMail" | "notifyMail" | "completionMail";

export type TemplateDef =
  | { kind: "comment"; key: CommentKey; label: string; when: string }
  | { kind: "mail"; key: MailKey; label: string; when: string };

/** Every template, in the order the workflow uses them, with when it is sent. */
export const TEMPLATE_DEFS: readonly TemplateDef[] = [
  {
    kind: "mail",
    key: "confirmationMail",
    label: "Confirmation mail",
    when: "Sent to the client when a request is created.",
  },
  {
    kind: "comment",
    key: "acknowledgeComment",
    label: "Acknowledge comment",
    when: "Posted on the request's discussion by Acknowledge; mention the client so they are told.",
  },
  {
    kind: "comment",
    key: "taskCompleteComment",
    label: "Task complete comment",
    when: "Posted on the staff task by Complete task; mention the coordinator so they are told.",
  },
  {
    kind: "mail",
    key: "completionMail",
    label: "Completion mail",
    when: "Sent to the client (cc the coordinator) by Complete task, with the account changes.",
  },
  {
    kind: "mail",
    key: "notifyMail",
    label: "Notify client mail",
    when: "The starting text of Notify client; the sender can edit it before sending.",
  },
  {
    kind: "comment",
    key: "closeComment",
    label: "Close comment",
    when: "Posted on the request's discussion by Close request; mention the client so they are told.",
  },
];

/**
 * A rendered template. renderTemplate escapes the template text and every value and only adds its own
 * markup (paragraphs, mentions, links, the account-changes table), so its output holds no active content;
 * that is the only reason it may be set as HTML here.
 */
function Preview({ label, html }: { label: string; html: string }): React.ReactElement {
  return (
    <div
      className="umd-preview"
      role="region"
      aria-label={`Preview: ${label}`}
      // Mentions and links in a preview go nowhere.
      onClickCapture={(e) => e.preventDefault()}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

export interface TemplatesSectionProps {
  templates: MessageTemplates;
  errors: Record<string, string>;
  sample: TemplateValues;
  disabled?: boolean;
  onChange(templates: MessageTemplates): void;
}

export function PlaceholderList(): React.ReactElement {
  return (
    <dl className="umd-placeholders" aria-label="Placeholders">
      {PLACEHOLDERS.map((p) => (
        <React.Fragment key={p.name}>
          <dt>
            <code>{`{{${p.name}}}`}</code>
          </dt>
          <dd>{p.description}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}

/** The message templates, each with a live preview rendered from a sample request. */
export function TemplatesSection({
  templates,
  errors,
  sample,
  disabled,
  onChange,
}: TemplatesSectionProps): React.ReactElement {
  return (
    <div className="flex-column umd-gap-16">
      {TEMPLATE_DEFS.map((def) => {
        if (def.kind === "comment") {
          const path = `templates.${def.key}`;
          const value = templates[def.key];
          return (
            <div key={def.key} className="umd-template">
              <Field id={fieldId(path)} label={def.label} error={errors[path]} hint={def.when}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={4}
                    value={value}
                    disabled={disabled}
                    onChange={(e) => onChange({ ...templates, [def.key]: e.target.value })}
                  />
                )}
              </Field>
              <Preview label={def.label} html={renderTemplate(value, sample)} />
            </div>
          );
        }
        const mail = templates[def.key];
        const subjectPath = `templates.${def.key}.subject`;
        const bodyPath = `templates.${def.key}.body`;
        const set = (part: "subject" | "body", text: string) =>
          onChange({ ...templates, [def.key]: { ...mail, [part]: text } });
        return (
          <div key={def.key} className="umd-template">
            <div className="flex-column umd-gap-8">
              <Field
                id={fieldId(subjectPath)}
                label={`${def.label} subject`}
                error={errors[subjectPath]}
                hint={def.when}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={mail.subject}
                    disabled={disabled}
                    onChange={(e) => set("subject", e.target.value)}
                  />
                )}
              </Field>
              <Field id={fieldId(bodyPath)} label={`${def.label} body`} error={errors[bodyPath]}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={7}
                    value={mail.body}
                    disabled={disabled}
                    onChange={(e) => set("body", e.target.value)}
                  />
                )}
              </Field>
            </div>
            <div className="umd-preview-mail" role="region" aria-label={`Preview: ${def.label}`}>
              <div className="umd-preview-subject">
                <span className="secondary-text">Subject: </span>
                {renderSubject(mail.subject, sample)}
              </div>
              <Preview label={`${def.label} body`} html={renderTemplate(mail.body, sample)} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
