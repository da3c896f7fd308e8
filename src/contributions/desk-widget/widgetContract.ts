/**
 * The two values of the widget SDK contract the widget and its configuration send, as
 * azure-devops-extension-api/Dashboard defines them (WidgetContracts.WidgetStatusType.Success = 0,
 * WidgetConfigHelpers.ConfigurationEvent.ConfigurationChange). Repeated here rather than imported: the
 * package's Dashboard entry also brings its REST client into the bundle, and only these constants are used.
 * A test checks them against the package (test/contributions/desk-widget/widgetContract.test.ts).
 */
export const WIDGET_STATUS_SUCCESS = 0;
export const CONFIGURATION_CHANGE = "ms.vss-dashboards-web.configurationChange";
