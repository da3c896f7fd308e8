import { Tab, TabBadge, TabBar, TabSize } from "azure-devops-ui/Tabs";
import * as React from "react";

import { type Stage, STAGES } from "../../domain/stages";
import { MY_TASKS_TAB } from "./useHubView";

/** One tab per stage with its count (once rows are in), and My tasks. */
export function StageTabs(props: {
  tab: string;
  counts: Record<Stage, number> | undefined;
  /** The closed requests are still being counted (after the open queue): the Closed badge says "…". */
  closedCounting?: boolean;
  /** Under a filter, closed requests not read yet may match too: the Closed badge says "+". */
  closedMore?: boolean;
  onTab(tab: string): void;
}): React.ReactElement {
  const { counts } = props;
  const badge = (s: Stage) =>
    s === "Closed" && props.closedCounting
      ? "…"
      : `${counts![s].toLocaleString("en-US")}${s === "Closed" && props.closedMore ? "+" : ""}`;
  return (
    <TabBar
      selectedTabId={props.tab}
      onSelectedTabChanged={props.onTab}
      tabSize={TabSize.Tall}
      ariaLabel="Request stages"
    >
      {STAGES.map((s) => (
        <Tab
          key={s}
          id={s}
          name={s}
          // The exact number: the default badge shows "1K+" above 999.
          renderBadge={counts ? () => <TabBadge>{badge(s)}</TabBadge> : undefined}
        />
      ))}
      <Tab id={MY_TASKS_TAB} name="My tasks" />
    </TabBar>
  );
}
