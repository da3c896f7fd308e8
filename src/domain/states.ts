/**
 * Actions map to states by state category, because state names differ per process (Basic, Agile, Scrum,
 * CMMI, inherited). A project may override each action's state; an override must name a real state.
 */
export type StateCategory = "Proposed" | "InProgress" | "Resolved" | "Completed" | "Removed";

export interface WorkItemState {
  name: string;
  category: StateCategory | string;
  color?: string;
}

export interface StateOverrides {
  acknowledge?: string;
  close?: string;
  taskDone?: string;
}

export interface ActionStates {
  acknowledge: string;
  close: string;
  taskDone: string;
}

const SETTINGS_PAGE = "Project settings > User Management Desk";

export const STATE_CATEGORIES: readonly StateCategory[] = [
  "Proposed",
  "InProgress",
  "Resolved",
  "Completed",
  "Removed",
];

/** The category of a state (names match case-insensitively); undefined for an unknown state or category. */
export function categoryOf(states: WorkItemState[], name: string): StateCategory | undefined {
  const found = states.find((s) => s.name.toLowerCase() === name.toLowerCase());
  return STATE_CATEGORIES.find((c) => c === found?.category);
}

const list = (states: WorkItemState[]) => states.map((s) => `${s.name} (${s.category})`).join(", ") || "none";

export function resolveActionStates(
  intakeStates: WorkItemState[],
  taskStates: WorkItemState[],
  overrides: StateOverrides = {},
):
  | { ok: true; states: ActionStates }
  | { ok: false; errors: { field: keyof StateOverrides; message: string }[] } {
  const errors: { field: keyof StateOverrides; message: string }[] = [];
  const pick = (
    field: keyof StateOverrides,
    what: string,
    states: WorkItemState[],
    byDefault: () => WorkItemState | undefined,
    needed: string,
  ): string => {
    const override = overrides[field]?.trim();
    if (override) {
      const found = states.find((s) => s.name.toLowerCase() === override.toLowerCase());
      if (found) return found.name;
      errors.push({
        field,
        message: `The ${what} state "${override}" does not exist in this process (states: ${list(states)}). Choose another in ${SETTINGS_PAGE}.`,
      });
      return "";
    }
    const found = byDefault();
    if (found) return found.name;
    errors.push({
      field,
      message: `No ${needed} state for the ${what} action (states: ${list(states)}). Choose one in ${SETTINGS_PAGE}.`,
    });
    return "";
  };
  const first = (states: WorkItemState[], category: StateCategory) =>
    states.find((s) => s.category === category);
  const states: ActionStates = {
    acknowledge: pick(
      "acknowledge",
      "acknowledge",
      intakeStates,
      () =>
        intakeStates.find((s) => s.name.toLowerCase() === "in planning") ?? first(intakeStates, "InProgress"),
      "In Progress-category",
    ),
    close: pick("close", "close", intakeStates, () => first(intakeStates, "Completed"), "Completed-category"),
    taskDone: pick(
      "taskDone",
      "task done",
      taskStates,
      () => first(taskStates, "Completed"),
      "Completed-category",
    ),
  };
  return errors.length ? { ok: false, errors } : { ok: true, states };
}
