import { Button } from "azure-devops-ui/Button";
import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import type { LoadedSettings } from "../../ado/settingsStore";
import { ActionButton } from "../../components/ActionButton";
import { OutcomeMessage } from "../../components/OutcomeMessage";
import { useAction } from "../../components/useAction";
import { ACCOUNT_FIELDS, emptyAccount } from "../../domain/requestFormat";
import { REQUEST_TYPES, type RequestDetails, type RequestTypeKey } from "../../domain/requestTypes";
import { type FieldErrors, MAX_ACCOUNTS, validateRequest } from "../../domain/validation";
import { submitRequest } from "../../workflow/createRequest";
import type { DeskServices } from "../../workflow/deskServices";
import { notMemberMessage } from "../../workflow/notifyClient";
import type { ActionOutcome } from "../../workflow/outcome";

export interface NewRequestFormProps {
  services: DeskServices;
  settings: LoadedSettings;
  /**
   * Filing in one's own name (a client, or anyone not on the desk): the client's name and e-mail are the
   * signed-in identity's, shown, not editable. The desk (coordinator, staff) types the client's.
   */
  asClient: boolean;
  confirm(title: string, message: string, actionName: string): Promise<boolean>;
  onSubmitted(result: { id: number; outcome: ActionOutcome }): void;
  onCancel(): void;
}

interface FieldDef {
  label: string;
  kind: "text" | "yesno";
  get(a: unknown): string | boolean;
  set(a: unknown, v: string | boolean): void;
}

/** The validation key of each account field, by its label in ACCOUNT_FIELDS. */
const FIELD_KEYS: Record<string, string> = {
  Name: "name",
  "E-mail": "email",
  Role: "role",
  "Enrollment key": "enrollmentKey",
  Account: "account",
  Reason: "reason",
  "Last day": "lastDay",
  "User or extension": "account",
  "Departing employee": "departingEmployee",
  "Current login e-mail": "oldLoginEmail",
  "New employee": "newEmployeeName",
  "New login e-mail": "newLoginEmail",
  "Change portal login e-mail": "changes",
  "Reset credentials": "changes",
  "Change voicemail e-mail": "changes",
  "Change display name": "changes",
  "Keep subscription and extension": "keepSubscription",
  "Effective date": "effectiveDate",
};
const DATE_KEYS = new Set(["effectiveDate", "lastDay"]);
const EMAIL_KEYS = new Set(["email", "oldLoginEmail", "newLoginEmail"]);
const PAST_DATE = /confirm the past date or correct it/;

/** The person's own calendar day: an effective date is a day where they are, not in UTC. */
const today = (now: Date) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;

function blankDetails(type: RequestTypeKey, service: string, client: { name: string; email: string }) {
  return {
    type,
    service,
    client: { ...client },
    notes: "",
    accounts: [emptyAccount(type)],
  } as unknown as RequestDetails;
}

const fieldId = (path: string) => `nr-${path.replace(/[^a-zA-Z0-9-]/g, "-")}`;

/** A labelled control with its message beside it (aria-invalid, aria-describedby). */
function Field({
  path,
  label,
  error,
  children,
}: {
  path: string;
  label: string;
  error: string | undefined;
  children(props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }): React.ReactElement;
}): React.ReactElement {
  const id = fieldId(path);
  return (
    <div className="umd-field">
      <label htmlFor={id} className="body-s">
        {label}
      </label>
      {children({ id, "aria-invalid": !!error, "aria-describedby": error ? `${id}-error` : undefined })}
      {error && (
        <span id={`${id}-error`} className="umd-field-error body-s">
          {error}
        </span>
      )}
    </div>
  );
}

export function NewRequestForm(props: NewRequestFormProps): React.ReactElement {
  const { services, settings, asClient } = props;
  const s = settings.settings;
  const me = services.user;
  const [details, setDetails] = React.useState<RequestDetails>(() =>
    blankDetails("invite", s.services.length === 1 ? s.services[0] : "", {
      name: asClient ? me.displayName : "",
      email: asClient ? me.uniqueName : "",
    }),
  );
  const [touched, setTouched] = React.useState<Set<string>>(() => new Set());
  const [attempted, setAttempted] = React.useState(false);
  const [allowPast, setAllowPast] = React.useState(false);
  const [member, setMember] = React.useState<{ email: string; identity: Identity | undefined } | undefined>();
  const [outcome, setOutcome] = React.useState<ActionOutcome | undefined>();
  const { busy, run } = useAction(setOutcome);

  const errors: FieldErrors = validateRequest(details, {
    today: today(services.now()),
    allowPastEffectiveDate: allowPast,
    services: s.services.length ? s.services : undefined,
  });
  const shown = (path: string) => (attempted || touched.has(path) ? errors[path] : undefined);
  const touch = (path: string) => setTouched((prev) => (prev.has(path) ? prev : new Set(prev).add(path)));
  const update = (path: string, change: (d: RequestDetails) => void) => {
    // Applied now, not in a state updater: React 16 reuses the event object once the handler returns.
    const next = JSON.parse(JSON.stringify(details)) as RequestDetails;
    change(next);
    setDetails(next);
    touch(path);
  };

  const clientEmail = details.client.email.trim();
  const checkMember = React.useCallback(
    async (email: string): Promise<Identity | undefined> => {
      const identity = await services.identities.byEmail(email);
      setMember({ email, identity });
      return identity;
    },
    [services],
  );
  React.useEffect(() => {
    if (!clientEmail || errors["client.email"]) return;
    const timer = setTimeout(() => void checkMember(clientEmail).catch(() => undefined), 400);
    return () => clearTimeout(timer);
    // Only a new address needs a new look-up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clientEmail, checkMember]);
  const notMember =
    member && member.email === clientEmail && !member.identity ? notMemberMessage(clientEmail) : undefined;

  const errorCount = Object.keys(errors).length;
  const pastDate = Object.values(errors).some((e) => PAST_DATE.test(e)) || allowPast;

  const onSubmit = () => {
    setAttempted(true);
    if (errorCount > 0) {
      const first = Object.keys(errors)[0];
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    void run("Submit request", async () => {
      const identity =
        member && member.email === clientEmail ? member.identity : await checkMember(clientEmail);
      if (
        !identity &&
        !(await props.confirm(
          "The client cannot be notified",
          notMemberMessage(clientEmail),
          "Submit request",
        ))
      )
        return undefined;
      // In one's own name, the client is the signed-in identity whatever the form state says.
      const filed = asClient
        ? { ...details, client: { name: me.displayName, email: me.uniqueName } }
        : details;
      const result = await submitRequest(services, { details: filed, settings, clientIdentity: identity });
      if (result.id !== undefined) props.onSubmitted({ id: result.id, outcome: result.outcome });
      return result.outcome;
    });
  };

  const fields = ACCOUNT_FIELDS[details.type] as unknown as FieldDef[];
  const accountFields = (index: number) => {
    const account = details.accounts[index] as unknown;
    const changeFields = fields.filter((f) => FIELD_KEYS[f.label] === "changes");
    const rendered: React.ReactNode[] = [];
    let changesDone = false;
    for (const f of fields) {
      const key = FIELD_KEYS[f.label] ?? f.label;
      const path = `accounts.${index}.${key}`;
      if (key === "changes") {
        if (changesDone) continue;
        changesDone = true;
        const error = shown(path);
        const id = fieldId(path);
        rendered.push(
          <fieldset
            key={path}
            className="umd-fieldset"
            aria-invalid={!!error}
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <legend className="body-s">What must change</legend>
            {changeFields.map((c) => (
              <label key={c.label} className="umd-inline">
                <input
                  type="checkbox"
                  checked={c.get(account) === true}
                  onChange={(e) => update(path, (d) => c.set(d.accounts[index], e.target.checked))}
                />
                {c.label}
              </label>
            ))}
            {error && (
              <span id={`${id}-error`} className="umd-field-error body-s">
                {error}
              </span>
            )}
          </fieldset>,
        );
        continue;
      }
      if (f.kind === "yesno") {
        rendered.push(
          <label key={path} className="umd-inline">
            <input
              type="checkbox"
              checked={f.get(account) === true}
              onChange={(e) => update(path, (d) => f.set(d.accounts[index], e.target.checked))}
            />
            {f.label}
          </label>,
        );
        continue;
      }
      rendered.push(
        <Field key={path} path={path} label={f.label} error={shown(path)}>
          {(a) => (
            <input
              {...a}
              // Dates are typed, shown and stored as yyyy-mm-dd, as the request and its panel show them (a
              // browser date box shows the locale's order instead, 12/01/2026, and parses it the same way).
              type={EMAIL_KEYS.has(key) ? "email" : "text"}
              placeholder={DATE_KEYS.has(key) ? "yyyy-mm-dd" : undefined}
              value={String(f.get(account) ?? "")}
              maxLength={300}
              onChange={(e) => update(path, (d) => f.set(d.accounts[index], e.target.value))}
              onBlur={() => touch(path)}
            />
          )}
        </Field>,
      );
    }
    return rendered;
  };

  const accountNoun = details.type === "invite" ? "New user" : "User";
  return (
    <form
      className="umd-panel umd-new-request flex-column"
      aria-label="New request"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {settings.isDefault && !asClient && (
        <span className="secondary-text body-s">
          Using default settings: no coordinator is set, so the request is not assigned. Choose one in Project
          settings &gt; User Management Desk.
        </span>
      )}
      <Field path="type" label="Request type" error={undefined}>
        {(a) => (
          <select
            {...a}
            value={details.type}
            disabled={busy !== undefined}
            onChange={(e) => {
              const type = e.target.value as RequestTypeKey;
              setDetails((prev) => ({ ...blankDetails(type, prev.service, prev.client), notes: prev.notes }));
            }}
          >
            {REQUEST_TYPES.map((t) => (
              <option key={t.key} value={t.key}>
                {t.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field path="service" label="Service" error={shown("service")}>
        {(a) =>
          s.services.length ? (
            <select
              {...a}
              value={details.service}
              onChange={(e) => update("service", (d) => (d.service = e.target.value))}
            >
              <option value="">Choose a service…</option>
              {s.services.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          ) : (
            <input
              {...a}
              value={details.service}
              maxLength={300}
              onChange={(e) => update("service", (d) => (d.service = e.target.value))}
            />
          )
        }
      </Field>
      {asClient ? (
        <p className="umd-filed-by body-m" aria-label="Client">
          {`You are filing this request as ${me.displayName} (${me.uniqueName}).`}
        </p>
      ) : (
        <>
          <Field path="client.name" label="Client name" error={shown("client.name")}>
            {(a) => (
              <input
                {...a}
                value={details.client.name}
                maxLength={300}
                onChange={(e) => update("client.name", (d) => (d.client.name = e.target.value))}
                onBlur={() => touch("client.name")}
              />
            )}
          </Field>
          <Field path="client.email" label="Client e-mail" error={shown("client.email")}>
            {(a) => (
              <input
                {...a}
                type="email"
                value={details.client.email}
                maxLength={300}
                onChange={(e) => update("client.email", (d) => (d.client.email = e.target.value))}
                onBlur={() => touch("client.email")}
              />
            )}
          </Field>
        </>
      )}
      {notMember && (
        <div role="status">
          <MessageCard severity={MessageCardSeverity.Warning}>{notMember}</MessageCard>
        </div>
      )}
      <section aria-label="Users" className="flex-column" style={{ gap: 8 }}>
        {details.accounts.map((_, i) => (
          <fieldset
            key={`${details.type}-${i}`}
            className="umd-account flex-column"
            aria-label={`${accountNoun} ${i + 1}`}
          >
            <legend className="umd-section-title">{`${accountNoun} ${i + 1}`}</legend>
            {accountFields(i)}
            {details.accounts.length > 1 && (
              <Button
                text={`Remove ${accountNoun.toLowerCase()} ${i + 1}`}
                subtle
                iconProps={{ iconName: "Delete" }}
                onClick={() =>
                  setDetails((prev) => {
                    const next = JSON.parse(JSON.stringify(prev)) as RequestDetails;
                    next.accounts.splice(i, 1);
                    return next;
                  })
                }
              />
            )}
          </fieldset>
        ))}
        {shown("accounts") && <span className="umd-field-error body-s">{errors.accounts}</span>}
        <div>
          <Button
            text={details.type === "invite" ? "Add new user" : "Add user"}
            iconProps={{ iconName: "Add" }}
            disabled={details.accounts.length >= MAX_ACCOUNTS}
            onClick={() =>
              setDetails((prev) => {
                const next = JSON.parse(JSON.stringify(prev)) as RequestDetails;
                (next.accounts as unknown[]).push(emptyAccount(prev.type));
                return next;
              })
            }
          />
        </div>
      </section>
      {pastDate && (
        <label className="umd-inline">
          <input type="checkbox" checked={allowPast} onChange={(e) => setAllowPast(e.target.checked)} />
          The effective date is in the past on purpose
        </label>
      )}
      <Field path="notes" label="Notes (optional)" error={shown("notes")}>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            value={details.notes}
            maxLength={4100}
            onChange={(e) => update("notes", (d) => (d.notes = e.target.value))}
          />
        )}
      </Field>
      {outcome && <OutcomeMessage outcome={outcome} onDismiss={() => setOutcome(undefined)} />}
      {attempted && errorCount > 0 && (
        <span className="umd-field-error body-s" role="alert">
          {errorCount === 1 ? "Fix the field marked above." : `Fix the ${errorCount} fields marked above.`}
        </span>
      )}
      <div className="flex-row" style={{ gap: 8, justifyContent: "flex-end" }}>
        <Button text="Cancel" onClick={props.onCancel} disabled={busy !== undefined} />
        <ActionButton text="Submit request" primary busy={busy !== undefined} onClick={onSubmit} />
      </div>
    </form>
  );
}
