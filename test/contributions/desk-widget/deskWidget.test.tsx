import { render, screen } from "@testing-library/react";
import * as React from "react";

import { DeskWidget } from "../../../src/contributions/desk-widget/DeskWidget";
import { createWidgetBridge, type WidgetView } from "../../../src/contributions/desk-widget/widgetBridge";
import type { DeskFigures } from "../../../src/workflow/deskFigures";

const FIGURES: DeskFigures = {
  byStage: { Submitted: 3, Acknowledged: 1, "In progress": 2, "Ready to close": 0, Closed: 95_000 },
  atRisk: 2,
  overdue: 1,
  medianTurnaroundMs: 44 * 3_600_000,
  closedRecently: 12,
  measured: true,
};

describe("the widget SDK contract", () => {
  it("answers load with a success status once the figures are shown, with the configured title", async () => {
    const asked: unknown[] = [];
    const bridge = createWidgetBridge(
      async (s) => {
        asked.push(s);
        return FIGURES;
      },
      () => "unused",
    );
    const views: WidgetView[] = [];
    bridge.subscribe((v) => views.push(v));
    const status = await bridge.widget.load({
      name: "Widget name",
      size: { columnSpan: 2, rowSpan: 1 },
      customSettings: { data: JSON.stringify({ title: "Resets", type: "reset" }) },
    });
    expect(status).toEqual({ statusType: 0 });
    expect(asked).toEqual([{ title: "Resets", type: "reset" }]);
    expect(views.at(-1)).toMatchObject({
      kind: "ready",
      title: "Resets",
      size: { columnSpan: 2, rowSpan: 1 },
    });
  });

  it("rejects with a message the dashboard shows when the figures cannot be read", async () => {
    const bridge = createWidgetBridge(
      async () => {
        throw new Error("boom");
      },
      () => "Could not load the request figures: you do not have permission.",
    );
    await expect(bridge.widget.reload({ name: "W", customSettings: { data: "not json" } })).rejects.toEqual({
      message: "Could not load the request figures: you do not have permission.",
      isUserVisible: true,
      isRichText: false,
    });
  });
});

describe("the widget's figures by size", () => {
  const view = (columnSpan: number, rowSpan: number): WidgetView => ({
    kind: "ready",
    title: "User management requests",
    size: { columnSpan, rowSpan },
    settings: { title: "", type: "" },
    figures: FIGURES,
  });

  it("1×1: what needs attention and how many are open", () => {
    render(<DeskWidget view={view(1, 1)} />);
    expect(screen.getByLabelText("Needing attention")).toHaveTextContent("At risk2Overdue1");
    expect(screen.getByText("6 open")).toBeInTheDocument();
    expect(screen.queryByText("Submitted")).toBeNull();
  });

  it("2×2: every stage with exact counts, and the median turnaround", () => {
    render(<DeskWidget view={view(2, 2)} />);
    expect(screen.getByText("95,000")).toBeInTheDocument();
    expect(screen.getByText("Median turnaround, last 30 days: 1d 20h (12 closed)")).toBeInTheDocument();
  });
});
