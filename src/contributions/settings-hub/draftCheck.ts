/** What the draft on screen would save, what is wrong with it, and why Save is off (if it is). Pure. */
import type { LoadedSettings } from "../../ado/settingsStore";
import { type Settings, validateSettings } from "../../domain/settings";
import type { WorkItemState } from "../../domain/states";
import type { Status } from "./useSettingsLoad";
import type { StatesEntry } from "./useTypeStates";

export interface DraftCheck {
  /** What Save would write: the draft with stray whitespace removed and an empty webhook left out. */
  candidate: Settings;
  intakeEntry: StatesEntry | undefined;
  taskEntry: StatesEntry | undefined;
  intakeStates: WorkItemState[];
  taskStates: WorkItemState[];
  /** Settings path → what to fix. */
  errors: Record<string, string>;
  /** Types whose states are still being read. */
  pending: string[];
  /** Why Save is off, or undefined when it can save. */
  blocker: string | undefined;
}

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

const listOf = (e: StatesEntry | undefined) => (e?.kind === "ok" ? e.list : []);

export function checkDraft(
  draft: Settings,
  loaded: { types: string[]; base: LoadedSettings },
  states: Record<string, StatesEntry>,
  status: Status,
): DraftCheck {
  const { types, base } = loaded;
  const candidate = tidy(draft);
  const intakeEntry = states[candidate.intakeType];
  const taskEntry = states[candidate.taskType];
  const intakeStates = listOf(intakeEntry);
  const taskStates = listOf(taskEntry);
  const errors = validateSettings(candidate, { workItemTypes: types, intakeStates, taskStates });
  // A state can only be judged against the states of a type that exists and whose states were read.
  if (intakeEntry?.kind !== "ok") {
    delete errors["states.acknowledge"];
    delete errors["states.close"];
  }
  if (taskEntry?.kind !== "ok") delete errors["states.taskDone"];
  if (intakeEntry?.kind === "error") errors.intakeType ??= intakeEntry.message;
  if (taskEntry?.kind === "error") errors.taskType ??= taskEntry.message;
  const pending = [...new Set([candidate.intakeType, candidate.taskType])].filter(
    (t) => types.includes(t) && (!states[t] || states[t].kind === "loading"),
  );
  const errorCount = Object.keys(errors).length;
  const dirty = canonical(candidate) !== canonical(base.settings);
  const blocker =
    status.kind === "conflict"
      ? "Reload first: someone else saved these settings since you opened them."
      : pending.length > 0
        ? `Reading the states of ${pending.join(" and ")}…`
        : errorCount > 0
          ? `Fix the ${errorCount === 1 ? "setting" : `${errorCount} settings`} marked below before saving.`
          : // A repaired document differs from what is stored even before any edit: saving it is the fix.
            !dirty && !base.isDefault && base.problems.length === 0
            ? "No changes to save."
            : undefined;
  return { candidate, intakeEntry, taskEntry, intakeStates, taskStates, errors, pending, blocker };
}
