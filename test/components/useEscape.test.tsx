import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as React from "react";

import { Choice } from "../../src/components/Choice";
import { useEscape } from "../../src/components/useEscape";

const ESCAPE = { key: "Escape", code: "Escape", keyCode: 27, which: 27 };

/** A panel as the New request panel is: "Loading…" first (Escape already listened for), then a form. */
function Panel({ onEscape, ready }: { onEscape(): void; ready: boolean }): React.ReactElement {
  const [type, setType] = React.useState("invite");
  useEscape(onEscape);
  if (!ready) return <span>Loading…</span>;
  return (
    <Choice
      ariaLabel="Request type"
      value={type}
      options={[
        { id: "invite", text: "New account invitation" },
        { id: "reset", text: "Account reset" },
      ]}
      onChange={setType}
    />
  );
}

describe("Escape in a panel", () => {
  it("closes an open dropdown's list, not the panel; with the list closed it closes the panel", async () => {
    const closed: string[] = [];
    const onEscape = () => closed.push("panel");
    const { rerender } = render(<Panel onEscape={onEscape} ready={false} />);
    rerender(<Panel onEscape={onEscape} ready />);

    fireEvent.click(screen.getByRole("button", { name: "Request type" }));
    const option = (await screen.findAllByRole("option", { name: /Account reset/ }))[0];
    act(() => {
      fireEvent.keyDown(option, ESCAPE);
    });
    await waitFor(() => expect(screen.queryByRole("option")).toBeNull());
    expect(closed).toEqual([]);

    fireEvent.keyDown(screen.getByRole("button", { name: "Request type" }), ESCAPE);
    expect(closed).toEqual(["panel"]);
  });
});
