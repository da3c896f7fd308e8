import { Button } from "azure-devops-ui/Button";
import { Card } from "azure-devops-ui/Card";
import { Header, TitleSize } from "azure-devops-ui/Header";
import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import { Page } from "azure-devops-ui/Page";
import * as React from "react";

import type { AreaExposure } from "../../ado/areaSecurity";
import { describeError, DocumentConflictError, SettingsRefusedError } from "../../ado/restErrors";
import type { LoadedSettings } from "../../ado/settingsStore";
import { ActionButton } from "../../components/ActionButton";
import { Loading } from "../../components/Loading";
import { mappedAreas } from "../../domain/clientAreas";
import { defaultSettings, type Settings, validateSettings } from "../../domain/settings";
import type { WorkItemState } from "../../domain/states";
import { ClientsSection } from "./ClientsSection";
import { Field, fieldId } from "./Field";
import { PeopleSection } from "./PeopleSection";
import { sampleTemplateValues } from "./sampleValues";
import { ServicesEditor } from "./ServicesEditor";
import type { SettingsHubServices } from "./settingsServices";
import { SLA_FIELD_LABELS, SlaSection } from "./SlaSection";
import { type ActionField, defaultActionStates, stateOptions } from "./stateChoices";
import { PlaceholderList, TEMPLATE_DEFS, TemplatesSection } from "./TemplatesSection";

export const CONFLICT_MESSAGE =
  "These settings were changed by someone else since you opened them. Reload to see their version.";
export const FIRST_RUN_HINT = "These are the defaults for this project's process; review and save them.";
export const READ_ONLY_REASON =
  "You can read these settings, but only project administrators can change them: Azure DevOps saves them only for people with Edit project-level information and Manage project properties on this project.";
export const MIGRATION_HINT =
  "These settings come from version 0.1.0, which kept them in extension data that any user of the extension can write. Nothing acts on them until a project administrator saves them here; until then the project runs on the defaults. Review them, then select Save.";

/** Whether Azure DevOps lets this person change the settings ("Edit project-level information"). */
type Access = { kind: "admin" } | { kind: "readOnly" } | { kind: "unknown"; message: string };

type Phase =
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "ready"; types: string[]; base: LoadedSettings; access: Access; migrating: boolean };

type StatesEntry =
  { kind: "loading" } | { kind: "ok"; list: WorkItemState[] } | { kind: "error"; message: string };

type Status =
  | { kind: "idle" }
  | { kind: "saved" }
  | { kind: "reloaded" }
  | { kind: "reset" }
  | { kind: "conflict" }
  | { kind: "failed"; message: string };

/** The name each validated field goes by in the list of settings to fix. */
const FIELD_LABELS: Record<string, string> = {
  intakeType: "Intake work item type",
  requestTag: "Request tag",
  taskType: "Staff task type",
  "states.acknowledge": "Acknowledge state",
  "states.close": "Close state",
  "states.taskDone": "Task done state",
  defaultAssigneeId: "Default assignee of staff tasks",
  services: "Services offered",
  webhookUrl: "Staff channel webhook URL",
  clientsAreaRoot: "Clients area root",
  ...SLA_FIELD_LABELS,
  ...Object.fromEntries(
    TEMPLATE_DEFS.flatMap((d) =>
      d.kind === "comment"
        ? [[`templates.${d.key}`, d.label]]
        : [
            [`templates.${d.key}.subject`, `${d.label} subject`],
            [`templates.${d.key}.body`, `${d.label} body`],
          ],
    ),
  ),
};

/** What is saved: the draft with stray whitespace removed and an empty webhook left out. */
function tidy(s: Settings): Settings {
  return { ...s, requestTag: s.requestTag.trim(), webhookUrl: s.webhookUrl?.trim() || undefined };
}

/** JSON with object keys sorted, so two equal settings compare equal whatever order their keys were set in. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === "object" && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );

const isConflict = (e: unknown) =>
  e instanceof DocumentConflictError || (e instanceof Error && e.name === "DocumentConflictError");

export interface SettingsPageProps {
  services: Promise<SettingsHubServices>;
}

/** The project-admin hub: load, edit with validation next to each field, save with the document's etag. */
export function SettingsPage({ services }: SettingsPageProps): React.ReactElement {
  const [svc, setSvc] = React.useState<SettingsHubServices | undefined>();
  const [phase, setPhase] = React.useState<Phase>({ kind: "loading" });
  const [draft, setDraft] = React.useState<Settings | undefined>();
  const [states, setStates] = React.useState<Record<string, StatesEntry>>({});
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });
  const [saving, setSaving] = React.useState(false);
  const [exposure, setExposure] = React.useState<Record<string, AreaExposure | "loading"> | undefined>();
  const inFlight = React.useRef(false);

  // Who can read each saved client area, read once the settings are in (administrators only can read ACLs).
  const checkAreas = React.useCallback((s: SettingsHubServices, saved: Settings) => {
    const areas = mappedAreas(saved);
    if (areas.length === 0) return setExposure(undefined);
    setExposure(Object.fromEntries(areas.map((a) => [a, "loading" as const])));
    s.areaSecurity
      .exposure(areas, saved)
      .then(setExposure, (e: unknown) =>
        setExposure(
          Object.fromEntries(
            areas.map((a) => [
              a,
              { kind: "unknown" as const, reason: describeError(e, "read the area's security") },
            ]),
          ),
        ),
      );
  }, []);

  const load = React.useCallback(
    async (after: Status = { kind: "idle" }) => {
      setPhase({ kind: "loading" });
      try {
        const s = await services;
        setSvc(s);
        const [base, types, access] = await Promise.all([
          s.settings.load(),
          s.workItems.types(),
          s.permissions.maySaveSettings().then(
            (admin): Access => (admin ? { kind: "admin" } : { kind: "readOnly" }),
            (e: unknown): Access => ({
              kind: "unknown",
              message: describeError(e, "check whether you may change these settings"),
            }),
          ),
        ]);
        // A 0.1.0 document is offered once, to someone who can save it, while nothing trusted is stored.
        const legacy =
          base.isDefault && access.kind !== "readOnly"
            ? await s.settings.loadLegacy().catch(() => undefined)
            : undefined;
        setStates({});
        setDraft(legacy ? legacy.settings : base.settings);
        setStatus(after);
        setPhase({ kind: "ready", types, base, access, migrating: !!legacy });
        if (access.kind === "admin" && !base.isDefault) checkAreas(s, base.settings);
      } catch (e) {
        setPhase({ kind: "error", message: describeError(e, "load the settings") });
      }
    },
    [services, checkAreas],
  );
  React.useEffect(() => {
    void load();
  }, [load]);

  const types = phase.kind === "ready" ? phase.types : undefined;
  const intakeType = draft?.intakeType;
  const taskType = draft?.taskType;
  // The states of the chosen types, read once per type.
  React.useEffect(() => {
    if (!svc || !types) return;
    for (const t of new Set([intakeType, taskType])) {
      if (!t || !types.includes(t) || states[t]) continue;
      setStates((prev) => ({ ...prev, [t]: { kind: "loading" } }));
      svc.workItems.typeStates(t).then(
        (list) => setStates((prev) => ({ ...prev, [t]: { kind: "ok", list } })),
        (e: unknown) =>
          setStates((prev) => ({
            ...prev,
            [t]: { kind: "error", message: describeError(e, `read the states of ${t}`) },
          })),
      );
    }
  }, [svc, types, intakeType, taskType, states]);

  if (phase.kind === "loading" || (phase.kind === "ready" && (!draft || !svc)))
    return <Loading label="Loading the settings…" />;
  if (phase.kind === "error" || !draft || !svc)
    return (
      <div className="umd-settings-error padding-16">
        <MessageCard
          severity={MessageCardSeverity.Error}
          buttonProps={[{ text: "Try again", onClick: () => void load() }]}
        >
          {phase.kind === "error" ? phase.message : "Could not load the settings."}
        </MessageCard>
      </div>
    );

  const { base, access, migrating } = phase;
  const readOnly = access.kind === "readOnly";
  const candidate = tidy(draft);
  const intakeEntry = states[candidate.intakeType];
  const taskEntry = states[candidate.taskType];
  const listOf = (e: StatesEntry | undefined) => (e?.kind === "ok" ? e.list : []);
  const intakeStates = listOf(intakeEntry);
  const taskStates = listOf(taskEntry);
  const errors = validateSettings(candidate, { workItemTypes: phase.types, intakeStates, taskStates });
  // A state can only be judged against the states of a type that exists and whose states were read.
  if (intakeEntry?.kind !== "ok") {
    delete errors["states.acknowledge"];
    delete errors["states.close"];
  }
  if (taskEntry?.kind !== "ok") delete errors["states.taskDone"];
  if (intakeEntry?.kind === "error") errors.intakeType ??= intakeEntry.message;
  if (taskEntry?.kind === "error") errors.taskType ??= taskEntry.message;
  const pending = [...new Set([candidate.intakeType, candidate.taskType])].filter(
    (t) => phase.types.includes(t) && (!states[t] || states[t].kind === "loading"),
  );
  const errorPaths = Object.keys(errors);
  const dirty = canonical(candidate) !== canonical(base.settings);
  const blocker =
    status.kind === "conflict"
      ? "Reload first: someone else saved these settings since you opened them."
      : pending.length > 0
        ? `Reading the states of ${pending.join(" and ")}…`
        : errorPaths.length > 0
          ? `Fix the ${errorPaths.length === 1 ? "setting" : `${errorPaths.length} settings`} marked below before saving.`
          : // A repaired document differs from what is stored even before any edit: saving it is the fix.
            !dirty && !base.isDefault && base.problems.length === 0
            ? "No changes to save."
            : undefined;

  const update = (patch: Partial<Settings>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setStatus((s) => (s.kind === "conflict" ? s : { kind: "idle" }));
  };

  const save = async () => {
    if (blocker !== undefined || inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    try {
      const saved = await svc.settings.save(candidate, base.revision);
      setPhase({ kind: "ready", types: phase.types, base: saved, access, migrating: false });
      setDraft(saved.settings);
      setStatus({ kind: "saved" });
      checkAreas(svc, saved.settings);
    } catch (e) {
      setStatus(
        isConflict(e)
          ? { kind: "conflict" }
          : {
              kind: "failed",
              // Azure DevOps's refusal is already a sentence for the person: shown as it is.
              message: e instanceof SettingsRefusedError ? e.message : describeError(e, "save the settings"),
            },
      );
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  };

  const reset = async () => {
    try {
      const confirmed = await svc.confirm(
        "Reset to defaults",
        "Replace every setting on this page with the defaults for this project's process? Nothing is saved until you select Save.",
        "Reset to defaults",
      );
      if (!confirmed) return;
      setDraft(defaultSettings({ workItemTypes: phase.types }));
      setStatus((s) => (s.kind === "conflict" ? s : { kind: "reset" }));
    } catch (e) {
      setStatus({ kind: "failed", message: describeError(e, "reset to defaults") });
    }
  };

  const defaults = defaultActionStates(intakeStates, taskStates);
  const stateField = (
    field: ActionField,
    label: string,
    type: string,
    entry: StatesEntry | undefined,
    hint: string,
  ) => {
    const path = `states.${field}`;
    const { options, value } = stateOptions(listOf(entry), candidate.states[field], defaults[field], type);
    const reading = entry === undefined || entry.kind === "loading";
    return (
      <Field
        id={fieldId(path)}
        label={label}
        error={errors[path]}
        hint={
          reading && phase.types.includes(type)
            ? `Reading the states of ${type}…`
            : `${hint} States of ${type}.`
        }
      >
        {(control) => (
          <select
            {...control}
            value={value}
            onChange={(e) =>
              update({ states: { ...candidate.states, [field]: e.target.value || undefined } })
            }
          >
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.text}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  };
  const typeField = (path: "intakeType" | "taskType", label: string, hint: string) => (
    <Field id={fieldId(path)} label={label} error={errors[path]} hint={hint}>
      {(control) => (
        <select {...control} value={candidate[path]} onChange={(e) => update({ [path]: e.target.value })}>
          {phase.types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
          {!phase.types.includes(candidate[path]) && (
            <option value={candidate[path]}>{`${candidate[path]} (not in this project)`}</option>
          )}
        </select>
      )}
    </Field>
  );

  return (
    <Page className="umd-settings flex-grow">
      <Header
        title="User Management Desk"
        titleSize={TitleSize.Large}
        description="How requests are recognized, the states the actions use, the people involved, the services offered and the messages sent. Changes apply to everyone working on requests in this project."
      />
      <div className="page-content page-content-top flex-column umd-gap-16">
        {readOnly && (
          <div role="note">
            <MessageCard severity={MessageCardSeverity.Info}>{READ_ONLY_REASON}</MessageCard>
          </div>
        )}
        {access.kind === "unknown" && (
          <MessageCard severity={MessageCardSeverity.Warning}>
            {`${access.message} You can still edit; Azure DevOps checks your permission when you save.`}
          </MessageCard>
        )}
        {migrating && (
          <div className="umd-first-run" role="note">
            {MIGRATION_HINT}
          </div>
        )}
        {base.isDefault && !migrating && !readOnly && (
          <div className="umd-first-run" role="note">
            {FIRST_RUN_HINT}
          </div>
        )}
        {base.problems.length > 0 && (
          <MessageCard severity={MessageCardSeverity.Warning}>
            <div className="flex-column">
              <span>The saved settings were old or damaged and were repaired; review them and save:</span>
              <ul className="umd-list">
                {base.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          </MessageCard>
        )}
        <div role="status" aria-live="polite">
          {status.kind === "conflict" && (
            <MessageCard
              severity={MessageCardSeverity.Error}
              buttonProps={[{ text: "Reload", onClick: () => void load({ kind: "reloaded" }) }]}
            >
              {CONFLICT_MESSAGE}
            </MessageCard>
          )}
          {status.kind === "failed" && (
            <MessageCard severity={MessageCardSeverity.Error} onDismiss={() => setStatus({ kind: "idle" })}>
              {status.message}
            </MessageCard>
          )}
          {status.kind === "saved" && (
            <MessageCard severity={MessageCardSeverity.Info} onDismiss={() => setStatus({ kind: "idle" })}>
              Settings saved. They apply to the next action anyone takes in this project.
            </MessageCard>
          )}
          {status.kind === "reloaded" && (
            <MessageCard severity={MessageCardSeverity.Info} onDismiss={() => setStatus({ kind: "idle" })}>
              These are the settings as saved now.
            </MessageCard>
          )}
          {status.kind === "reset" && (
            <MessageCard severity={MessageCardSeverity.Info} onDismiss={() => setStatus({ kind: "idle" })}>
              The defaults for this project&apos;s process are on screen. Select Save to keep them.
            </MessageCard>
          )}
        </div>
        {!readOnly && (
          <div className="umd-toolbar" role="group" aria-label="Save or reset the settings">
            <ActionButton text="Save" primary blocker={blocker} busy={saving} onClick={() => void save()} />
            <Button text="Reset to defaults" disabled={saving} onClick={() => void reset()} />
          </div>
        )}
        {errorPaths.length > 0 && pending.length === 0 && !readOnly && (
          <nav className="umd-error-summary" aria-label="Settings to fix">
            <span className="umd-setting-label">Settings to fix</span>
            <ul className="umd-list">
              {errorPaths.map((path) => (
                <li key={path}>
                  {FIELD_LABELS[path] ? (
                    <a
                      href={`#${fieldId(path)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(fieldId(path))?.focus();
                      }}
                    >
                      {FIELD_LABELS[path]}
                    </a>
                  ) : (
                    `${path}: ${errors[path]}`
                  )}
                </li>
              ))}
            </ul>
          </nav>
        )}

        <fieldset className="umd-fieldset flex-column umd-gap-16" disabled={saving || readOnly}>
          <legend className="umd-visually-hidden">Settings</legend>
          <Card titleProps={{ text: "Requests and staff tasks", ariaLevel: 2 }}>
            <div className="umd-grid">
              {typeField(
                "intakeType",
                "Intake work item type",
                "The work item type that requests are created as.",
              )}
              <Field
                id={fieldId("requestTag")}
                label="Request tag"
                error={errors.requestTag}
                hint="Work items of the intake type with this tag are requests; queries and boards can filter on it."
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={draft.requestTag}
                    onChange={(e) => update({ requestTag: e.target.value })}
                  />
                )}
              </Field>
              {typeField(
                "taskType",
                "Staff task type",
                "The work item type of the staff task, a child of the request.",
              )}
            </div>
          </Card>

          <Card titleProps={{ text: "States", ariaLevel: 2 }}>
            <div className="umd-grid">
              {stateField(
                "acknowledge",
                "Acknowledge state",
                candidate.intakeType,
                intakeEntry,
                "Acknowledge moves the request here.",
              )}
              {stateField(
                "close",
                "Close state",
                candidate.intakeType,
                intakeEntry,
                "Close request moves the request here.",
              )}
              {stateField(
                "taskDone",
                "Task done state",
                candidate.taskType,
                taskEntry,
                "Complete task moves the staff task here.",
              )}
            </div>
          </Card>

          <Card titleProps={{ text: "People", ariaLevel: 2 }}>
            <PeopleSection
              settings={candidate}
              errors={errors}
              search={(text) => svc.identities.search(text)}
              onChange={update}
            />
          </Card>

          <Card titleProps={{ text: "Services offered", ariaLevel: 2 }}>
            <ServicesEditor
              services={candidate.services}
              error={errors.services}
              onChange={(services) => update({ services })}
            />
          </Card>

          <Card titleProps={{ text: "Messages", ariaLevel: 2 }}>
            <div className="flex-column umd-gap-16">
              <div className="flex-column umd-gap-4">
                <span className="secondary-text">
                  Plain text; a blank line starts a new paragraph. These placeholders are filled in from the
                  request. The previews show a sample Reassign user request.
                </span>
                <PlaceholderList />
              </div>
              <TemplatesSection
                templates={candidate.templates}
                errors={errors}
                sample={sampleTemplateValues(candidate)}
                onChange={(templates) => update({ templates })}
              />
            </div>
          </Card>

          <Card titleProps={{ text: "Clients", ariaLevel: 2 }}>
            <ClientsSection
              settings={candidate}
              errors={errors}
              onChange={update}
              exposure={access.kind === "admin" ? exposure : undefined}
              readOnly={readOnly}
            />
          </Card>

          <Card titleProps={{ text: "Service levels", ariaLevel: 2 }}>
            <SlaSection
              sla={candidate.sla}
              errors={errors}
              intakeStates={intakeStates}
              now={svc.now?.() ?? new Date()}
              onChange={(sla) => update({ sla })}
            />
          </Card>

          <Card titleProps={{ text: "Staff channel", ariaLevel: 2 }}>
            <Field
              id={fieldId("webhookUrl")}
              label="Staff channel webhook URL (optional)"
              error={errors.webhookUrl}
              hint="A Teams Workflows webhook (Post to a channel when a webhook request is received) or a Slack incoming webhook: each acknowledged request is posted there. Or leave it empty and let Azure DevOps post, with no URL here: a service hook on the requests (Project settings > Service hooks) or the Azure Boards app for Teams."
            >
              {(control) => (
                <input
                  {...control}
                  type="url"
                  value={draft.webhookUrl ?? ""}
                  onChange={(e) => update({ webhookUrl: e.target.value })}
                />
              )}
            </Field>
          </Card>
        </fieldset>
      </div>
    </Page>
  );
}
