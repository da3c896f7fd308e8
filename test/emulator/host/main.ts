/**
 * Entry of the host page bundle (/_emulator/host.js): reads the bootstrap, signs in through the REST API
 * with the user's token, builds the page environment and renders the route.
 */
import { readBootstrap } from "./bootstrap";
import { mountContribution } from "./contributionHost";
import type { PageEnv, ProjectInfo } from "./env";
import { WorkItemModel } from "./form/model";
import { renderContributionPage } from "./pages/contributionPage";
import { renderDashboardPage } from "./pages/dashboardPage";
import { renderIndexPage } from "./pages/indexPage";
import { renderQueryPage } from "./pages/queryPage";
import { renderWorkItemPage } from "./pages/workItemPage";
import { createRest } from "./rest";
import { injectHostStyles } from "./styles";
import { installTestHooks } from "./testHooks";
import { applyHostTheme } from "./theme";

/** Host links keep the signed-in user and the theme. */
function linkBuilder(userKey: string, theme: () => string) {
  return (path: string) => {
    const url = new URL(path, window.location.origin);
    url.searchParams.set("as", userKey);
    if (theme() !== "light") url.searchParams.set("theme", theme());
    return url.pathname + url.search + url.hash;
  };
}

async function main(): Promise<void> {
  const bootstrap = readBootstrap();
  injectHostStyles();
  applyHostTheme(bootstrap.theme);
  const { context, route } = bootstrap;
  const rest = createRest(context, context.accessToken);
  const projects = await rest.list<ProjectInfo>("_apis/projects");

  let form: WorkItemModel | undefined;
  let projectName = route.kind === "index" ? context.project : route.project;
  if (route.kind === "workItem") {
    form = new WorkItemModel(rest, route.id);
    await form.load();
    projectName = form.project;
  }
  const project = projects.find((p) => p.name.toLowerCase() === projectName.toLowerCase());
  if (!project) throw new Error(`The organization has no project "${projectName}".`);

  const env: PageEnv = {
    bootstrap,
    rest,
    project: { id: project.id, name: project.name },
    projects: projects.map((p) => ({ id: p.id, name: p.name })),
    form,
    theme: bootstrap.theme,
    hosted: new Set(),
    mount: (options) => mountContribution(env, options),
    findContribution: (id) => bootstrap.manifest.contributions.find((c) => c.id === id),
    link: linkBuilder(bootstrap.userKey, () => env.theme),
  };

  installTestHooks(env);
  if (route.kind === "index") await renderIndexPage(env);
  else if (route.kind === "workItem") renderWorkItemPage(env, form!);
  else if (route.kind === "query") await renderQueryPage(env, route.queryId);
  else if (route.kind === "dashboard") await renderDashboardPage(env);
  else renderContributionPage(env, route.contributionId, route.kind);
}

main().catch((e: Error) => {
  console.error("Emulator host page failed:", e);
  const div = document.createElement("div");
  div.className = "fatal";
  div.setAttribute("role", "alert");
  div.textContent = `The emulator could not show this page: ${e.message}`;
  document.body.appendChild(div);
});
