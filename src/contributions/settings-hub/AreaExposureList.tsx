import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

import type { AreaExposure } from "../../ado/areaSecurity";

/** How to keep other clients out of an area, in Azure DevOps's own settings (Learn: "Set work tracking permissions"). */
export function CloseAreaSteps({ area, others }: { area: string; others: string[] }): React.ReactElement {
  return (
    <ol className="umd-steps">
      <li>Open Project settings &gt; Boards &gt; Project configuration &gt; Areas.</li>
      <li>{`Find ${area}, open its … menu and choose Security.`}</li>
      <li>
        {others.length
          ? `For ${others.join(", ")}: set "View work items in this node" and "Edit work items in this node" to Deny.`
          : `For every group or person that is not the desk's and not this client's (such as a group of all clients): set "View work items in this node" and "Edit work items in this node" to Deny.`}
      </li>
      <li>{`Allow this client's own group (or each of its people) "View work items in this node" and "Edit work items in this node".`}</li>
      <li>Come back to this page and reload it to check again.</li>
    </ol>
  );
}

/** For each mapped area: whether other clients can read it, as far as the extension can tell. */
export function AreaExposureList({
  areas,
  exposure,
}: {
  areas: string[];
  exposure: Record<string, AreaExposure | "loading"> | undefined;
}): React.ReactElement | null {
  // Reading area security is for project administrators; nothing is shown to anyone else.
  if (areas.length === 0 || !exposure) return null;
  return (
    <section className="flex-column umd-gap-8" aria-label="Who can read each client area">
      <span className="umd-setting-label">Who can read each client area (as saved)</span>
      {areas.map((area) => {
        const e = exposure?.[area];
        if (!e || e === "loading")
          return <span key={area} className="secondary-text">{`${area}: checking who can read it…`}</span>;
        if (e.kind === "closed")
          return (
            <MessageCard key={area} severity={MessageCardSeverity.Info}>
              {`${area}: only the desk and this client can read it (${e.readers.join(", ") || "nobody else"}).`}
            </MessageCard>
          );
        return (
          <MessageCard key={area} severity={MessageCardSeverity.Warning}>
            <div className="flex-column umd-gap-4">
              <span>
                {e.kind === "open"
                  ? `${area}: other clients can read it, through ${e.others.join(", ")}.`
                  : `${area}: could not be checked. ${e.reason} Check it in Azure DevOps:`}
              </span>
              <CloseAreaSteps area={area} others={e.kind === "open" ? e.others : []} />
            </div>
          </MessageCard>
        );
      })}
    </section>
  );
}
