import { Button } from "azure-devops-ui/Button";
import { FormItem } from "azure-devops-ui/FormItem";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import { Choice } from "../../components/Choice";

/** New request, Refresh and, for staff, who the row's Create staff task gives the task to. */
export function HubToolbar(props: {
  busy: boolean;
  staff: Identity[] | undefined;
  assignee: Identity | undefined;
  onAssignee(id: string): void;
  onNewRequest(): void;
  onRefresh(): void;
}): React.ReactElement {
  return (
    <div className="umd-toolbar">
      <Button
        text="New request"
        ariaLabel="New request"
        iconProps={{ iconName: "Add" }}
        primary
        disabled={props.busy}
        onClick={props.onNewRequest}
      />
      <Button
        text="Refresh"
        ariaLabel="Refresh"
        iconProps={{ iconName: "Refresh" }}
        disabled={props.busy}
        onClick={props.onRefresh}
      />
      {props.staff && (
        <FormItem label="Staff member" className="umd-inline-field">
          <Choice
            ariaLabel="Staff member"
            value={props.assignee?.id ?? ""}
            options={props.staff.map((o) => ({ id: o.id, text: o.displayName }))}
            onChange={props.onAssignee}
          />
        </FormItem>
      )}
    </div>
  );
}
