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
  // Azure DevOps gives an extension's hub or settings page the whole content area; the page's title is
  // the one the extension draws (its Header), not a second one from the host.
  main.append(frameHost);
  if (env.bootstrap.hubUnavailable) {
    // Azure DevOps shows the hub in the menu, then it never finishes loading for Stakeholder access
    // (microsoft/vsts-extension-retrospectives#1219); the emulator says why instead of spinning forever.
    frameHost.append(
      h(
        "p",
        { role: "status", class: "hub-unavailable" },
        "Emulator: this extension page does not load for Stakeholder access, as in Azure DevOps (it loads with Basic access). " +
          "Clients use the work item form, queries and mail instead.",
      ),
    );
    return;
  }
  env.mount({ container: frameHost, contribution, sizing: "fill" });
}
