/**
 * ms.vss-features.host-navigation-service: query parameters and hash of the HOST page (the extension's own
 * URL is not what users see), navigation, window title. The emulator's own parameters (as, theme) are
 * neither reported nor removable.
 */
import type { PageEnv } from "../env";

const OWN = new Set(["as", "theme"]);

export function navigationService(env: PageEnv) {
  const url = () => new URL(window.location.href);
  return {
    async getQueryParams(): Promise<Record<string, string>> {
      const params: Record<string, string> = {};
      url().searchParams.forEach((value, key) => {
        if (!OWN.has(key)) params[key] = value;
      });
      return params;
    },
    setQueryParams(params: Record<string, string | null | undefined>): void {
      const next = url();
      for (const [key, value] of Object.entries(params ?? {})) {
        if (OWN.has(key)) continue;
        if (value === null || value === undefined || value === "") next.searchParams.delete(key);
        else next.searchParams.set(key, String(value));
      }
      window.history.replaceState(window.history.state, "", next.href);
    },
    async getHash(): Promise<string> {
      return window.location.hash.replace(/^#/, "");
    },
    setHash(hash: string): void {
      window.location.hash = hash;
    },
    replaceHash(hash: string): void {
      const next = url();
      next.hash = hash;
      window.history.replaceState(window.history.state, "", next.href);
    },
    onHashChanged(callback: (hash: string) => void): void {
      window.addEventListener("hashchange", () => void callback(window.location.hash.replace(/^#/, "")));
    },
    navigate(target: string): void {
      window.location.assign(target.startsWith("/") ? env.link(target) : target);
    },
    openNewWindow(target: string, features?: string): void {
      window.open(target, "_blank", features);
    },
    reload(): void {
      window.location.reload();
    },
    setDocumentTitle(title: string): void {
      document.title = title;
    },
    async getPageRoute(): Promise<{ id: string; routeValues: Record<string, string> }> {
      const route = env.bootstrap.route;
      const routeValues: Record<string, string> = { project: env.project.name };
      if (route.kind === "workItem") routeValues.id = String(route.id);
      // Not modelled: no source found for the dashboard page's route id, and the extension never asks there.
      if (route.kind === "dashboard")
        throw new Error("The emulator does not model the dashboard page's route.");
      const id = {
        index: "ms.vss-tfs-web.project-overview-route",
        workItem: "ms.vss-work-web.work-items-form-route-with-id",
        hub: "ms.vss-web.extension-hub-route",
        settings: "ms.vss-admin-web.project-admin-hub-route",
        // No contribution is hosted on the query results page; the id only completes the table.
        query: "ms.vss-work-web.query-route",
      }[route.kind];
      return { id, routeValues };
    },
    async getPageNavigationElements(): Promise<unknown[]> {
      return [];
    },
  };
}
