import { act, render, screen } from "@testing-library/react";
import * as React from "react";

import { ActionButton } from "../../../src/components/ActionButton";
import { READ_ONLY_REASON } from "../../../src/components/readOnly";
import { createFormEvents } from "../../../src/contributions/work-item-panel/formEvents";
import { ReadOnlyFromForm } from "../../../src/contributions/work-item-panel/ReadOnlyFromForm";

describe("a work item the person may only read", () => {
  it("disables every action with the reason while the host shows the form read-only", () => {
    const events = createFormEvents();
    const clicks: string[] = [];
    render(
      <ReadOnlyFromForm events={events}>
        <ActionButton text="Acknowledge" onClick={() => clicks.push("Acknowledge")} />
        <ActionButton
          text="Close request"
          blocker="Acknowledge the request first."
          onClick={() => undefined}
        />
      </ReadOnlyFromForm>,
    );
    const acknowledge = () => screen.getByRole("button", { name: "Acknowledge" });
    expect(acknowledge()).not.toHaveAttribute("aria-disabled", "true");

    act(() => events.listener.onLoaded({ id: 1, isNew: false, isReadOnly: true }));
    expect(acknowledge()).toHaveAttribute("aria-disabled", "true");
    expect(acknowledge()).toHaveAccessibleDescription(READ_ONLY_REASON);
    // An action's own reason (who did it, what comes first) still shows instead.
    expect(screen.getByRole("button", { name: "Close request" })).toHaveAccessibleDescription(
      "Acknowledge the request first.",
    );
    acknowledge().click();
    expect(clicks).toEqual([]);

    // A refresh keeps what onLoaded said; the next item's onLoaded decides again.
    act(() => events.listener.onRefreshed({ id: 1 }));
    expect(acknowledge()).toHaveAttribute("aria-disabled", "true");
    act(() => events.listener.onLoaded({ id: 2, isNew: false, isReadOnly: false }));
    expect(acknowledge()).not.toHaveAttribute("aria-disabled", "true");
    expect(screen.queryByText(READ_ONLY_REASON)).toBeNull();
  });
});
