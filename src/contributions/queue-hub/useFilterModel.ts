import { Filter, FILTER_CHANGE_EVENT, type IFilterState } from "azure-devops-ui/Utilities/Filter";
import * as React from "react";

import { EMPTY_FILTER, type QueueFilter } from "../../workflow/queue";

const DROPDOWN_KEYS = ["type", "service", "client"] as const;

/** The queue's filter as azure-devops-ui's filter state: the keyword as text, each dropdown as [id]. */
export function toFilterState(f: QueueFilter): IFilterState {
  const state: IFilterState = {};
  if (f.text) state.text = { value: f.text };
  for (const key of DROPDOWN_KEYS) if (f[key]) state[key] = { value: [f[key]] };
  return state;
}

export function fromFilterState(state: IFilterState): QueueFilter {
  const first = (key: string) => {
    const v = state[key]?.value as unknown;
    return Array.isArray(v) ? String(v[0] ?? "") : typeof v === "string" ? v : "";
  };
  return {
    ...EMPTY_FILTER,
    text: typeof state.text?.value === "string" ? state.text.value : "",
    type: first("type"),
    service: first("service"),
    client: first("client"),
  };
}

const same = (a: QueueFilter, b: QueueFilter) =>
  a.text === b.text && a.type === b.type && a.service === b.service && a.client === b.client;

/**
 * A Filter object for azure-devops-ui's FilterBar, kept equal to `filter` (which lives in the page address):
 * what the person sets in the bar comes out through `onChange`, and a filter restored from the address
 * goes into the bar without firing a change.
 */
export function useFilterModel(filter: QueueFilter, onChange: (f: QueueFilter) => void): Filter {
  // Filled before the bar's items mount, so an item shows the filter restored from the address.
  const model = React.useMemo(() => {
    const f = new Filter();
    f.setState(toFilterState(filter), true);
    return f;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the first filter; later ones sync below
  }, []);
  const latest = React.useRef({ filter, onChange });
  latest.current = { filter, onChange };
  React.useEffect(() => {
    // The items follow the change event; the observer below sees the state equal `filter` and stays quiet.
    if (!same(fromFilterState(model.getState()), filter)) model.setState(toFilterState(filter));
  }, [model, filter]);
  React.useEffect(() => {
    // The event carries only the items that changed; the whole filter is the model's state.
    const observer = () => {
      // The bar holds the text and dropdowns; At risk lives beside it and is kept as it is.
      const next = { ...fromFilterState(model.getState()), atRisk: latest.current.filter.atRisk };
      if (!same(next, latest.current.filter)) latest.current.onChange(next);
    };
    model.subscribe(observer, FILTER_CHANGE_EVENT);
    return () => model.unsubscribe(observer, FILTER_CHANGE_EVENT);
  }, [model]);
  return model;
}
