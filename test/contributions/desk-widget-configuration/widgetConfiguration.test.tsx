/**
 * The widget's configuration as the dashboard shows it: the title typed with its limit counted, the request
 * type chosen from a dropdown, each change handed to the dashboard's preview, and Save given the settings.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import * as React from "react";

import { CONFIGURATION_CHANGE } from "../../../src/contributions/desk-widget/widgetContract";
import { TITLE_MAX } from "../../../src/contributions/desk-widget/widgetSettings";
import { createConfigBridge } from "../../../src/contributions/desk-widget-configuration/configBridge";
import { ConfigRoot } from "../../../src/contributions/desk-widget-configuration/ConfigRoot";

async function openConfiguration(stored: object) {
  const bridge = createConfigBridge();
  const previews: unknown[] = [];
  render(<ConfigRoot bridge={bridge} />);
  await act(async () => {
    await bridge.configuration.load(
      { customSettings: { data: JSON.stringify(stored) } },
      {
        notify: async (event, args) => {
          if (event === CONFIGURATION_CHANGE) previews.push(JSON.parse((args.data as { data: string }).data));
        },
      },
    );
  });
  return { bridge, previews };
}

describe("the widget's configuration", () => {
  it("counts the title against its limit and hands the dashboard each change", async () => {
    const { bridge, previews } = await openConfiguration({ title: "Desk", type: "" });
    const title = screen.getByLabelText("Title") as HTMLInputElement;
    expect(title).toHaveValue("Desk");
    expect(title).toHaveAttribute("maxlength", String(TITLE_MAX));
    expect(screen.getByText(`4/${TITLE_MAX}`)).toBeInTheDocument();

    fireEvent.change(title, { target: { value: "Resets" } });
    expect(screen.getByText(`6/${TITLE_MAX}`)).toBeInTheDocument();
    expect(previews.at(-1)).toEqual({ title: "Resets", type: "" });

    const type = screen.getByLabelText("Request type") as HTMLInputElement;
    expect(type).toHaveValue("All types");
    fireEvent.click(type);
    fireEvent.click((await screen.findAllByRole("option")).find((o) => o.textContent === "Account reset")!);
    expect(type).toHaveValue("Account reset");
    expect(previews.at(-1)).toEqual({ title: "Resets", type: "reset" });

    await expect(bridge.configuration.onSave()).resolves.toEqual({
      isValid: true,
      customSettings: { data: JSON.stringify({ title: "Resets", type: "reset" }) },
    });
  });

  it("back to All types saves no filter", async () => {
    const { bridge } = await openConfiguration({ title: "", type: "remove" });
    const type = screen.getByLabelText("Request type") as HTMLInputElement;
    expect(type).toHaveValue("Remove user");
    fireEvent.click(type);
    fireEvent.click((await screen.findAllByRole("option")).find((o) => o.textContent === "All types")!);
    await expect(bridge.configuration.onSave()).resolves.toMatchObject({
      customSettings: { data: JSON.stringify({ title: "", type: "" }) },
    });
  });
});
