/**
 * What one host page knows and offers to the contributions it hosts: the signed-in user, the project, the
 * REST client, the open work item (on a work item page), the theme and a way to mount more contributions
 * (panels, dialogs). Services receive it, so none of them reaches for globals.
 */
import type { HostBootstrap, ManifestContribution } from "./bootstrap";
import type { HostedContribution, MountOptions } from "./contributionHost";
import type { WorkItemModel } from "./form/model";
import type { Rest } from "./rest";
import type { ThemeName } from "./theme";

export interface ProjectInfo {
  id: string;
  name: string;
}

export interface PageEnv {
  bootstrap: HostBootstrap;
  rest: Rest;
  /** The page's project (the default project on the index page). */
  project: ProjectInfo;
  projects: ProjectInfo[];
  /** The work item shown on a work item page. */
  form?: WorkItemModel;
  theme: ThemeName;
  /** Every contribution iframe on the page, panels and dialogs included. */
  hosted: Set<HostedContribution>;
  mount(options: MountOptions): HostedContribution;
  findContribution(id: string): ManifestContribution | undefined;
  /** Builds a host link that keeps the signed-in user and the theme. */
  link(path: string): string;
}
