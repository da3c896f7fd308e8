/**
 * The frame of every host page: top bar (home, breadcrumbs, the extension's hubs, theme switch, user
 * switcher), the banner area and the main region the page fills.
 */
import { collectionPathOf } from "../bootstrap";
import { h } from "../dom";
import type { PageEnv } from "../env";
import { applyHostTheme, themeData, type ThemeName } from "../theme";

export const HUB_TARGET = "ms.vss-work-web.work-hub-group";
export const SETTINGS_TARGET = "ms.vss-web.project-admin-hub-group";

/** Host links to the extension's hubs and settings pages for a project, from the manifest. */
export function contributionLinks(env: PageEnv, project: string): HTMLAnchorElement[] {
  const { publisher, id } = env.bootstrap.manifest;
  const org = collectionPathOf(env.bootstrap);
  const links: HTMLAnchorElement[] = [];
  for (const c of env.bootstrap.manifest.contributions) {
    if (c.type !== "ms.vss-web.hub") continue;
    const full = `${publisher}.${id}.${c.id}`;
    const name = String(c.properties?.name ?? c.id);
    if (c.targets?.includes(SETTINGS_TARGET))
      links.push(
        h(
          "a",
          { href: env.link(`/${org}/${encodeURIComponent(project)}/_settings/${full}`) },
          `Project settings: ${name}`,
        ),
      );
    else
      links.push(
        h("a", { href: env.link(`/${org}/${encodeURIComponent(project)}/_apps/hub/${full}`) }, name),
      );
  }
  return links;
}

function switchTheme(env: PageEnv, button: HTMLButtonElement): void {
  // The button switches between light and dark; high contrast comes from the address (?theme=high-contrast).
  const next: ThemeName = env.theme === "light" ? "dark" : "light";
  env.theme = next;
  applyHostTheme(next);
  button.setAttribute("aria-pressed", String(next !== "light"));
  // Keep the choice in the address and in every host link, so reloads and navigation keep it.
  const rewrite = (href: string) => {
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin) return href;
    if (next === "light") url.searchParams.delete("theme");
    else url.searchParams.set("theme", next);
    return url.pathname + url.search + url.hash;
  };
  window.history.replaceState(window.history.state, "", rewrite(window.location.href));
  document
    .querySelectorAll<HTMLAnchorElement>("a[href^='/']")
    .forEach((a) => a.setAttribute("href", rewrite(a.getAttribute("href")!)));
  for (const hosted of env.hosted)
    hosted.dispatchEvent("themeChanged", { detail: { data: themeData(next) } });
}

export function renderChrome(env: PageEnv, crumbs: (string | HTMLAnchorElement)[]): HTMLElement {
  const { context, userKey } = env.bootstrap;
  const org = collectionPathOf(env.bootstrap);
  const themeButton = h(
    "button",
    { type: "button", class: "theme-toggle", "aria-pressed": String(env.theme !== "light") },
    "Dark theme",
  );
  themeButton.addEventListener("click", () => switchTheme(env, themeButton));
  const userSelect = h(
    "select",
    { id: "user-switcher", "aria-label": "Signed in as" },
    context.users.map((u) =>
      h("option", { value: u.key, selected: u.key === userKey }, `${u.displayName} (${u.role})`),
    ),
  );
  userSelect.addEventListener("change", () => {
    const url = new URL(window.location.href);
    url.searchParams.set("as", userSelect.value);
    window.location.assign(url.href);
  });
  const trail: (string | HTMLElement)[] = [h("a", { href: env.link("/") }, org)];
  for (const crumb of crumbs)
    trail.push(h("span", { class: "crumb-sep", "aria-hidden": "true" }, "/"), crumb);

  const main = h("main", { id: "main" });
  document.body.replaceChildren(
    h(
      "header",
      { class: "topbar" },
      h(
        "a",
        { class: "brand", href: env.link("/") },
        h("span", { class: "brand-mark", "aria-hidden": "true" }),
        "Azure DevOps",
        h("small", null, "emulator"),
      ),
      h("nav", { class: "breadcrumbs", "aria-label": "Breadcrumb" }, trail),
      h(
        "nav",
        { class: "hub-links", "aria-label": "Extension pages" },
        contributionLinks(env, env.project.name),
      ),
      h("div", { class: "spacer" }),
      themeButton,
      h(
        "label",
        { class: "user-switcher", for: "user-switcher" },
        h("span", { class: "secondary" }, "Signed in as"),
        userSelect,
      ),
    ),
    h("div", { id: "banners", class: "banners" }),
    main,
  );
  return main;
}
