import { Checkbox } from "azure-devops-ui/Checkbox";
import { DropdownFilterBarItem } from "azure-devops-ui/Dropdown";
import { FilterBar } from "azure-devops-ui/FilterBar";
import { KeywordFilterBarItem } from "azure-devops-ui/TextFilterBarItem";
import { DropdownSelection } from "azure-devops-ui/Utilities/DropdownSelection";
import * as React from "react";

import { REQUEST_TYPES } from "../../domain/requestTypes";
import type { QueueFilter } from "../../workflow/queue";
import { useFilterModel } from "./useFilterModel";

export interface QueueFilterBarProps {
  filter: QueueFilter;
  services: string[];
  /** Undefined hides the client filter (a client sees only their own requests). */
  clients?: { email: string; name: string }[];
  /** Requests at risk or overdue under the other filters; undefined hides the At risk filter (no targets set). */
  atRiskCount?: number;
  onChange(filter: QueueFilter): void;
}

/**
 * azure-devops-ui's FilterBar, as Boards filters its backlogs: a keyword (ID, title, client, account) and
 * a dropdown each for request type, service and (for staff) client, and At risk when targets are set. The
 * filter stays in the page address.
 */
export function QueueFilterBar({
  filter,
  services,
  clients,
  atRiskCount,
  onChange,
}: QueueFilterBarProps): React.ReactElement {
  const model = useFilterModel(filter, onChange);
  // FilterBar hands its items refs, so they are azure-devops-ui's own items, each with its selection.
  const selections = React.useMemo(
    () => ({
      type: new DropdownSelection(),
      service: new DropdownSelection(),
      client: new DropdownSelection(),
    }),
    [],
  );
  const pick = (key: "type" | "service" | "client", label: string, items: { id: string; text: string }[]) => (
    <DropdownFilterBarItem
      key={key}
      filterItemKey={key}
      filter={model}
      items={items}
      selection={selections[key]}
      placeholder={label}
      ariaLabel={label}
      showFilterBox={items.length > 8}
    />
  );
  const serviceItems = [...new Set([...services, ...(filter.service ? [filter.service] : [])])].map((s) => ({
    id: s,
    text: s,
  }));
  const clientItems = clients && [
    ...clients.map((c) => ({ id: c.email, text: c.name ? `${c.name} <${c.email}>` : c.email })),
    ...(filter.client && !clients.some((c) => c.email === filter.client)
      ? [{ id: filter.client, text: filter.client }]
      : []),
  ];
  return (
    <div role="search" aria-label="Filter requests" className="umd-filter-bar">
      <FilterBar filter={model}>
        <KeywordFilterBarItem
          filterItemKey="text"
          placeholder="Search ID, title, client, account"
          ariaLabel="Search"
          maxTextLength={256}
        />
        {pick(
          "type",
          "Request type",
          REQUEST_TYPES.map((t) => ({ id: t.key, text: t.label })),
        )}
        {pick("service", "Service", serviceItems)}
        {clientItems && pick("client", "Client", clientItems)}
      </FilterBar>
      {atRiskCount !== undefined && (
        <Checkbox
          className="umd-risk-filter"
          checked={filter.atRisk}
          onChange={(_e, checked) => onChange({ ...filter, atRisk: checked })}
          label={`At risk (${atRiskCount.toLocaleString("en-US")})`}
        />
      )}
    </div>
  );
}
