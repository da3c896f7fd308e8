/** Hub and settings pages: one contribution, full size, under the host chrome. */
import { h } from "../dom";
import type { PageEnv } from "../env";
import { renderChrome } from "./chrome";

export function renderContributionPage(env: PageEnv, contributionId: string, kind: "hub" | "settings"): void {
  const contribution = env.findContribution(contributionId)!;
  const name = String(contribution.properties?.name ?? contribution.id);
  document.title = `${name} - ${env.project.name} - Azure DevOps emulator`;
  const main = renderChrome(env, [
    h("a", { href: env.link("/") }, env.project.name),
    kind === "settings" ? "Project settings" : "Boards",
    name,
  ]);
  main.classList.add("contribution-page");
  const frameHost = h("div", { class: "contribution-host" });
  main.append(h("h1", { class: "page-title" }, name), frameHost);
  env.mount({ container: frameHost, contribution, sizing: "fill" });
}
