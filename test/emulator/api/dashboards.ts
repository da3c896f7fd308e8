/**
 * Dashboards of the emulator's projects: each project starts with one dashboard, "Overview", holding one
 * instance of the extension's widget (2×2, not yet configured), as if a person had added it from the widget
 * catalog. The host's dashboard page reads it and saves a widget's settings after its configuration's Save;
 * reset restores the seed. Served under /_emulator/dashboards (no token), not as Azure DevOps' Dashboard
 * REST API, which the extension never calls.
 */
export interface DashboardWidget {
  id: string;
  /** The widget contribution's relative id in the extension's manifest. */
  contributionId: string;
  name: string;
  size: { columnSpan: number; rowSpan: number };
  settings: { data: string | null };
}

export interface Dashboard {
  id: string;
  name: string;
  widgets: DashboardWidget[];
}

const seed = (): Dashboard => ({
  id: "overview",
  name: "Overview",
  widgets: [
    {
      id: "1",
      contributionId: "desk-widget",
      name: "User management requests",
      size: { columnSpan: 2, rowSpan: 2 },
      settings: { data: null },
    },
  ],
});

export class Dashboards {
  private byProject = new Map<string, Dashboard>();

  get(project: string): Dashboard {
    const key = project.toLowerCase();
    let d = this.byProject.get(key);
    if (!d) this.byProject.set(key, (d = seed()));
    return d;
  }

  /** Saves one widget's name, size and settings, as the dashboard does after the configuration's Save. */
  saveWidget(project: string, widgetId: string, body: unknown): DashboardWidget {
    const w = this.get(project).widgets.find((x) => x.id === widgetId);
    if (!w) throw new Error(`The dashboard of ${project} has no widget ${widgetId}.`);
    const b = (body ?? {}) as Partial<DashboardWidget>;
    if (typeof b.name === "string") w.name = b.name;
    if (b.size && Number.isInteger(b.size.columnSpan) && Number.isInteger(b.size.rowSpan)) w.size = b.size;
    if (b.settings && (typeof b.settings.data === "string" || b.settings.data === null))
      w.settings = b.settings;
    return w;
  }

  reset(): void {
    this.byProject.clear();
  }
}
