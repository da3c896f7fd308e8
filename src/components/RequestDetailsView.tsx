import * as React from "react";

import { ACCOUNT_FIELDS, accountLabel } from "../domain/requestFormat";
import { type RequestDetails, requestTypeInfo } from "../domain/requestTypes";

/** The request's type, service, client and accounts, as text (React escapes everything). */
export function RequestDetailsView({ details }: { details: RequestDetails }): React.ReactElement {
  const fields = ACCOUNT_FIELDS[details.type] as { label: string; get(a: unknown): string | boolean }[];
  return (
    <div className="flex-column">
      <table className="umd-details" aria-label="Request details">
        <tbody>
          <tr>
            <th scope="row">Type</th>
            <td>{requestTypeInfo(details.type).label}</td>
          </tr>
          <tr>
            <th scope="row">Service</th>
            <td>{details.service || "—"}</td>
          </tr>
          <tr>
            <th scope="row">Client</th>
            <td>
              {details.client.name} {details.client.email && <>&lt;{details.client.email}&gt;</>}
            </td>
          </tr>
          {details.notes && (
            <tr>
              <th scope="row">Notes</th>
              <td style={{ whiteSpace: "pre-wrap" }}>{details.notes}</td>
            </tr>
          )}
        </tbody>
      </table>
      {details.accounts.map((account, i) => (
        <details key={i} open={details.accounts.length <= 2}>
          <summary>
            {details.type === "invite" ? "New user" : "User"} {i + 1}: {accountLabel(details, i)}
          </summary>
          <table className="umd-details">
            <tbody>
              {fields.map((f) => {
                const v = f.get(account);
                return (
                  <tr key={f.label}>
                    <th scope="row">{f.label}</th>
                    <td>{typeof v === "boolean" ? (v ? "Yes" : "No") : v || "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      ))}
    </div>
  );
}
