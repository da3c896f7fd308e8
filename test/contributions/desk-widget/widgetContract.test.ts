import { ConfigurationEvent, WidgetStatusType } from "azure-devops-extension-api/Dashboard";

import {
  CONFIGURATION_CHANGE,
  WIDGET_STATUS_SUCCESS,
} from "../../../src/contributions/desk-widget/widgetContract";

it("sends the widget SDK's own values", () => {
  expect(WIDGET_STATUS_SUCCESS).toBe(WidgetStatusType.Success);
  expect(CONFIGURATION_CHANGE).toBe(ConfigurationEvent.ConfigurationChange);
});
