import * as React from "react";

import {
  type MessageTemplates,
  PLACEHOLDERS,
  renderSubject,
  renderTemplate,
  type TemplateValues,
} from "../../domain/templates";
import { type CommentKey, type MailKey, TEMPLATE_DEFS, type TemplateDef } from "./templateDefs";
import { TextSetting } from "./TextSetting";

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

interface TemplateProps<K> {
  def: TemplateDef & { key: K };
  templates: MessageTemplates;
  errors: Record<string, string>;
  sample: TemplateValues;
  onChange(templates: MessageTemplates): void;
}

/** A comment posted on a work item: its text and its preview. */
function CommentTemplate({ def, templates, errors, sample, onChange }: TemplateProps<CommentKey>) {
  const path = `templates.${def.key}`;
  const value = templates[def.key];
  return (
    <div className="umd-template">
      <TextSetting
        path={path}
        label={def.label}
        value={value}
        error={errors[path]}
        hint={def.when}
        multiline
        rows={4}
        onChange={(text) => onChange({ ...templates, [def.key]: text })}
      />
      <Preview label={def.label} html={renderTemplate(value, sample)} />
    </div>
  );
}

/** A mail: its subject and body, and the preview of both. */
function MailTemplate({ def, templates, errors, sample, onChange }: TemplateProps<MailKey>) {
  const mail = templates[def.key];
  const subjectPath = `templates.${def.key}.subject`;
  const bodyPath = `templates.${def.key}.body`;
  const set = (part: "subject" | "body", text: string) =>
    onChange({ ...templates, [def.key]: { ...mail, [part]: text } });
  return (
    <div className="umd-template">
      <div className="flex-column umd-gap-8">
        <TextSetting
          path={subjectPath}
          label={`${def.label} subject`}
          value={mail.subject}
          error={errors[subjectPath]}
          hint={def.when}
          onChange={(text) => set("subject", text)}
        />
        <TextSetting
          path={bodyPath}
          label={`${def.label} body`}
          value={mail.body}
          error={errors[bodyPath]}
          multiline
          rows={7}
          onChange={(text) => set("body", text)}
        />
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
}

export interface TemplatesSectionProps {
  templates: MessageTemplates;
  errors: Record<string, string>;
  sample: TemplateValues;
  onChange(templates: MessageTemplates): void;
}

/** The message templates, each with a live preview rendered from a sample request. */
export function TemplatesSection(props: TemplatesSectionProps): React.ReactElement {
  return (
    <div className="flex-column umd-gap-16">
      <div className="flex-column umd-gap-4">
        <span className="secondary-text">
          Plain text; a blank line starts a new paragraph. These placeholders are filled in from the request.
          The previews show a sample Reassign user request.
        </span>
        <PlaceholderList />
      </div>
      {TEMPLATE_DEFS.map((def) =>
        def.kind === "comment" ? (
          <CommentTemplate key={def.key} def={def} {...props} />
        ) : (
          <MailTemplate key={def.key} def={def} {...props} />
        ),
      )}
    </div>
  );
}
