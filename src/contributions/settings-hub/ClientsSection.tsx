import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import { mappedAreas } from "../../domain/clientAreas";
import type { ClientArea, ClientAreaException, Settings } from "../../domain/settings";
import { AreaExposureList } from "./AreaExposureList";
import { TextSetting } from "./TextSetting";
import type { ExposureByArea } from "./useAreaExposure";

type ClientsPatch = Partial<Pick<Settings, "clientsAreaRoot" | "clientAreas" | "clientAreaExceptions">>;

export interface ClientsSectionProps {
  settings: Settings;
  errors: Record<string, string>;
  onChange(patch: ClientsPatch): void;
  /** Who can read each saved client area, as far as Azure DevOps lets the extension read it. */
  exposure: ExposureByArea | undefined;
  /** Shown for reading only: no buttons to add or remove. */
  readOnly?: boolean;
}

/** One editable row: a key (domain or e-mail) and its area, with Remove. */
function MappingRow(props: {
  path: string;
  keyLabel: "E-mail domain" | "E-mail";
  keyValue: string;
  areaPath: string;
  errors: Record<string, string>;
  onKey(v: string): void;
  onArea(v: string): void;
  onRemove?(): void;
}): React.ReactElement {
  const { path, errors } = props;
  const keyPath = `${path}.${props.keyLabel === "E-mail domain" ? "domain" : "email"}`;
  return (
    <li className="umd-client-row">
      <TextSetting
        path={keyPath}
        label={props.keyLabel}
        value={props.keyValue}
        error={errors[keyPath]}
        onChange={props.onKey}
      />
      <TextSetting
        path={`${path}.areaPath`}
        label="Area path"
        value={props.areaPath}
        error={errors[`${path}.areaPath`]}
        onChange={props.onArea}
      />
      {props.onRemove && (
        <Button
          text="Remove"
          ariaLabel={`Remove ${props.keyValue || "this mapping"}`}
          subtle
          onClick={props.onRemove}
        />
      )}
    </li>
  );
}

/**
 * Where each client organization's requests live: an area per organization under one root, by e-mail
 * domain, with people mapped one by one where their domain does not say. Requests are filed there, so Azure
 * DevOps's area permissions keep one client's requests from another.
 */
export function ClientsSection({
  settings,
  errors,
  onChange,
  exposure,
  readOnly,
}: ClientsSectionProps): React.ReactElement {
  const areas = settings.clientAreas;
  const people = settings.clientAreaExceptions;
  const setArea = (i: number, patch: Partial<ClientArea>) =>
    onChange({ clientAreas: areas.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  const setPerson = (i: number, patch: Partial<ClientAreaException>) =>
    onChange({ clientAreaExceptions: people.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  const root = settings.clientsAreaRoot ?? "";
  return (
    <div className="flex-column umd-gap-16">
      <TextSetting
        path="clientsAreaRoot"
        label="Clients area root"
        value={root}
        error={errors.clientsAreaRoot}
        hint="The area under which every client organization has an area of its own, e.g. Client Services\Clients."
        onChange={(v) => onChange({ clientsAreaRoot: v || undefined })}
      />
      <section className="flex-column umd-gap-4" aria-label="Client organizations">
        <span className="bolt-formitem-label body-m">Client organizations, by e-mail domain</span>
        {areas.length === 0 && <span className="secondary-text">No client organization mapped yet.</span>}
        <ul className="umd-client-rows">
          {areas.map((m, i) => (
            <MappingRow
              key={i}
              path={`clientAreas.${i}`}
              keyLabel="E-mail domain"
              keyValue={m.domain}
              areaPath={m.areaPath}
              errors={errors}
              onKey={(domain) => setArea(i, { domain })}
              onArea={(areaPath) => setArea(i, { areaPath })}
              onRemove={
                readOnly ? undefined : () => onChange({ clientAreas: areas.filter((_, j) => j !== i) })
              }
            />
          ))}
        </ul>
        <div hidden={readOnly}>
          <Button
            text="Add organization"
            iconProps={{ iconName: "Add" }}
            onClick={() =>
              onChange({ clientAreas: [...areas, { domain: "", areaPath: root ? `${root}\\` : "" }] })
            }
          />
        </div>
      </section>
      <section className="flex-column umd-gap-4" aria-label="People mapped one by one">
        <span className="bolt-formitem-label body-m">People mapped one by one (win over their domain)</span>
        <ul className="umd-client-rows">
          {people.map((m, i) => (
            <MappingRow
              key={i}
              path={`clientAreaExceptions.${i}`}
              keyLabel="E-mail"
              keyValue={m.email}
              areaPath={m.areaPath}
              errors={errors}
              onKey={(email) => setPerson(i, { email })}
              onArea={(areaPath) => setPerson(i, { areaPath })}
              onRemove={
                readOnly
                  ? undefined
                  : () => onChange({ clientAreaExceptions: people.filter((_, j) => j !== i) })
              }
            />
          ))}
        </ul>
        <div hidden={readOnly}>
          <Button
            text="Add person"
            iconProps={{ iconName: "Add" }}
            onClick={() =>
              onChange({
                clientAreaExceptions: [...people, { email: "", areaPath: root ? `${root}\\` : "" }],
              })
            }
          />
        </div>
      </section>
      <AreaExposureList areas={mappedAreas(settings)} exposure={exposure} />
    </div>
  );
}
