import { Checkbox } from "azure-devops-ui/Checkbox";
import { FormItemContext } from "azure-devops-ui/FormItem";
import { getSafeId } from "azure-devops-ui/Util";
import * as React from "react";

import { useSettingsLocked } from "./settingsLock";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** One checkbox per weekday (ISO: 1 Monday … 7 Sunday), inside the FormItem that labels the group. */
export function WorkingDays({
  days,
  onChange,
}: {
  days: number[];
  onChange(days: number[]): void;
}): React.ReactElement {
  const locked = useSettingsLocked();
  // The group is described by the FormItem's message, so its error is read with it.
  const { ariaDescribedById } = React.useContext(FormItemContext);
  return (
    <div
      role="group"
      aria-label="Working days"
      aria-describedby={ariaDescribedById ? getSafeId(ariaDescribedById) : undefined}
      className="flex-row flex-wrap umd-gap-16"
    >
      {DAYS.map((d, i) => (
        <Checkbox
          key={d}
          label={d}
          ariaLabel={DAY_NAMES[i]}
          checked={days.includes(i + 1)}
          disabled={locked}
          onChange={(_e, checked) =>
            onChange(checked ? [...days, i + 1].sort() : days.filter((x) => x !== i + 1))
          }
        />
      ))}
    </div>
  );
}
