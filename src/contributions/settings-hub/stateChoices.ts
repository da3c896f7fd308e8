/** The choices of each action's state dropdown, and what "(default by category)" resolves to. */
import {
  type ActionStates,
  resolveActionStates,
  type StateOverrides,
  type WorkItemState,
} from "../../domain/states";

export type ActionField = keyof StateOverrides;

/**
 * The state each action takes when no override is set, by the same rules the workflow applies
 * (resolveActionStates). An action whose category has no state in the list is left out.
 */
export function defaultActionStates(
  intakeStates: WorkItemState[],
  taskStates: WorkItemState[],
): Partial<ActionStates> {
  const all = resolveActionStates(intakeStates, taskStates, {});
  if (all.ok) return all.states;
  // Resolve the others by pinning each failing action to any real state, then drop the pinned ones.
  const failing = all.errors.map((e) => e.field);
  const pins: StateOverrides = {};
  for (const f of failing) {
    const first = (f === "taskDone" ? taskStates : intakeStates)[0];
    if (first) pins[f] = first.name;
  }
  const rest = resolveActionStates(intakeStates, taskStates, pins);
  if (!rest.ok) return {};
  const out: Partial<ActionStates> = { ...rest.states };
  for (const f of failing) delete out[f];
  return out;
}

export interface StateOption {
  value: string;
  text: string;
}

/** The options of one action's dropdown: the default first, then every real state with its category. */
export function stateOptions(
  states: WorkItemState[],
  current: string | undefined,
  resolvedDefault: string | undefined,
  typeName: string,
): { options: StateOption[]; value: string } {
  const options: StateOption[] = [
    {
      value: "",
      text: `(default by category: ${resolvedDefault ?? "no matching state"})`,
    },
    ...states.map((s) => ({ value: s.name, text: `${s.name} (${s.category})` })),
  ];
  const chosen = current?.trim();
  if (!chosen) return { options, value: "" };
  const match = states.find((s) => s.name.toLowerCase() === chosen.toLowerCase());
  if (match) return { options, value: match.name };
  // A stored state that this type does not have stays visible (with its error) until it is changed.
  return {
    options: [...options, { value: chosen, text: `${chosen} (not a state of ${typeName})` }],
    value: chosen,
  };
}
