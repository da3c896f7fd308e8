import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import { REQUEST_TYPES } from "../../domain/requestTypes";
import { EMPTY_FILTER, isFiltered, type QueueFilter } from "../../workflow/queue";

/** Labelled filter inputs: type, service, client (staff only) and free text. */
export function QueueFilterBar({
  filter,
  services,
  clients,
  atRiskCount,
  onChange,
}: {
  filter: QueueFilter;
  services: string[];
  /** Undefined hides the client filter (a client sees only their own requests). */
  clients?: { email: string; name: string }[];
  /** Requests at risk or overdue under the other filters; undefined hides the At risk filter (no SLA). */
  atRiskCount?: number;
  onChange(filter: QueueFilter): void;
}): React.ReactElement {
  const set = (patch: Partial<QueueFilter>) => onChange({ ...filter, ...patch });
  return (
    <div className="umd-filter-bar" role="search" aria-label="Filter requests">
      <label className="umd-field">
        <span className="body-s">Search</span>
        <input
          type="search"
          value={filter.text}
          maxLength={256}
          placeholder="ID, title, client, account…"
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
      <label className="umd-field">
        <span className="body-s">Request type</span>
        <select value={filter.type} onChange={(e) => set({ type: e.target.value })}>
          <option value="">All types</option>
          {REQUEST_TYPES.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label className="umd-field">
        <span className="body-s">Service</span>
        <select value={filter.service} onChange={(e) => set({ service: e.target.value })}>
          <option value="">All services</option>
          {[...new Set([...services, ...(filter.service ? [filter.service] : [])])].map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {clients && (
        <label className="umd-field">
          <span className="body-s">Client</span>
          <select value={filter.client} onChange={(e) => set({ client: e.target.value })}>
            <option value="">All clients</option>
            {[
              ...clients,
              ...(filter.client && !clients.some((c) => c.email === filter.client)
                ? [{ email: filter.client, name: "" }]
                : []),
            ].map((c) => (
              <option key={c.email} value={c.email}>
                {c.name ? `${c.name} <${c.email}>` : c.email}
              </option>
            ))}
          </select>
        </label>
      )}
      {atRiskCount !== undefined && (
        <label className="umd-inline umd-risk-filter">
          <input
            type="checkbox"
            checked={filter.atRisk}
            onChange={(e) => set({ atRisk: e.target.checked })}
          />
          <span>
            At risk <span className="umd-risk-count">({atRiskCount.toLocaleString("en-US")})</span>
            <span className="umd-visually-hidden"> requests at risk or overdue</span>
          </span>
        </label>
      )}
      {isFiltered(filter) && <Button text="Clear filter" subtle onClick={() => onChange(EMPTY_FILTER)} />}
    </div>
  );
}
