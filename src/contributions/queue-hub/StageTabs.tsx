import { Tab, TabBadge, TabBar, TabSize } from "azure-devops-ui/Tabs";
import * as React from "react";

import { type Stage, STAGES } from "../../domain/stages";
import { MY_TASKS_TAB } from "./useHubView";

/** One tab per stage with its count (once rows are in), and My tasks. */
export function StageTabs(props: {
  tab: string;
  counts: Record<Stage, number> | undefined;
  onTab(tab: string): void;
}): React.ReactElement {
  const { counts } = props;
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
          renderBadge={counts ? () => <TabBadge>{counts[s].toLocaleString("en-US")}</TabBadge> : undefined}
        />
      ))}
      <Tab id={MY_TASKS_TAB} name="My tasks" />
    </TabBar>
  );
}
