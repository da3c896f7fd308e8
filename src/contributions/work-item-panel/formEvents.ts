/**
 * The form notifications the host sends to this contribution, turned into one "show this work item" signal.
 * One iframe serves many work items (the host reuses it), so the id is never cached between events.
 */
export type FormSignal =
  /** readOnly: the host opened the form read-only (the person may not change this work item). */
  { kind: "load"; id: number; isNew: boolean; readOnly: boolean } | { kind: "unload" };

export interface FormEvents {
  subscribe(listener: (signal: FormSignal) => void): () => void;
  /** The object registered with the host under the contribution id. */
  listener: {
    onLoaded(args: { id: number; isNew?: boolean; isReadOnly?: boolean }): void;
    onSaved(args: { id: number }): void;
    onRefreshed(args: { id: number }): void;
    onReset(args: { id: number }): void;
    onUnloaded(args: { id: number }): void;
    onFieldChanged(args: { id: number; changedFields: Record<string, unknown> }): void;
  };
  /** The last signal, for a subscriber that arrives late. */
  last(): FormSignal | undefined;
}

export function createFormEvents(): FormEvents {
  const listeners = new Set<(s: FormSignal) => void>();
  let last: FormSignal | undefined;
  const emit = (s: FormSignal) => {
    last = s;
    listeners.forEach((l) => l(s));
  };
  // Only onLoaded says whether the form is read-only; the later events of the same item keep that answer.
  let readOnly = false;
  const load = (id: number, isNew = false) => emit({ kind: "load", id, isNew, readOnly });
  return {
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    last: () => last,
    listener: {
      onLoaded: (a) => {
        readOnly = a.isReadOnly === true;
        load(a.id, a.isNew === true);
      },
      // After the first save of a new item some hosts send onLoaded instead of onSaved; both reload.
      onSaved: (a) => load(a.id),
      onRefreshed: (a) => load(a.id),
      onReset: (a) => load(a.id),
      onUnloaded: () => emit({ kind: "unload" }),
      // Field edits do not change what the panel shows until they are saved.
      onFieldChanged: () => undefined,
    },
  };
}
