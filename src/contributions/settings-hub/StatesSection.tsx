import * as React from "react";

import type { Settings } from "../../domain/settings";
import { ChoiceSetting } from "./ChoiceSetting";
import { type ActionField, defaultActionStates, stateOptions } from "./stateChoices";
import type { StatesEntry } from "./useTypeStates";

export interface StatesSectionProps {
  settings: Settings;
  /** The project's work item types. */
  types: string[];
  intakeEntry: StatesEntry | undefined;
  taskEntry: StatesEntry | undefined;
  errors: Record<string, string>;
  onChange(patch: Partial<Settings>): void;
}

const listOf = (e: StatesEntry | undefined) => (e?.kind === "ok" ? e.list : []);

/** The state each action moves its work item to: by default the one its category gives, or one chosen. */
export function StatesSection(props: StatesSectionProps): React.ReactElement {
  const { settings, types, errors } = props;
  const defaults = defaultActionStates(listOf(props.intakeEntry), listOf(props.taskEntry));
  const field = (
    action: ActionField,
    label: string,
    type: string,
    entry: StatesEntry | undefined,
    hint: string,
  ) => {
    const path = `states.${action}`;
    const { options, value } = stateOptions(listOf(entry), settings.states[action], defaults[action], type);
    const reading = entry === undefined || entry.kind === "loading";
    return (
      <ChoiceSetting
        path={path}
        label={label}
        value={value}
        options={options}
        error={errors[path]}
        hint={
          reading && types.includes(type) ? `Reading the states of ${type}…` : `${hint} States of ${type}.`
        }
        onChange={(state) => props.onChange({ states: { ...settings.states, [action]: state || undefined } })}
      />
    );
  };
  return (
    <div className="umd-grid">
      {field(
        "acknowledge",
        "Acknowledge state",
        settings.intakeType,
        props.intakeEntry,
        "Acknowledge moves the request here.",
      )}
      {field(
        "close",
        "Close state",
        settings.intakeType,
        props.intakeEntry,
        "Close request moves the request here.",
      )}
      {field(
        "taskDone",
        "Task done state",
        settings.taskType,
        props.taskEntry,
        "Complete task moves the staff task here.",
      )}
    </div>
  );
}
