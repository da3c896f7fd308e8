/** What the hub needs from Azure DevOps and the host page, as interfaces: index.tsx passes real adapters, tests fakes. */
import type { CommentsReader } from "../../workflow/clientView";
import type { DeskServices } from "../../workflow/deskServices";
import type { ActionOutcome } from "../../workflow/outcome";

/** What the hub passes to the New request panel. */
export interface NewRequestConfig {
  /** True when a client submits for themselves: their name and e-mail are prefilled. */
  asClient: boolean;
}

/** What the New request panel closes with once the request exists. */
export interface NewRequestResult {
  id: number;
  outcome: ActionOutcome;
}

export interface HubHost {
  /** Resolves true when the person confirmed; the confirming button is named after the action. */
  confirm(title: string, message: string, actionName: string): Promise<boolean>;
  openNewRequest(config: NewRequestConfig): Promise<NewRequestResult | undefined>;
  openWorkItem(id: number): void;
  getQueryParams(): Promise<Record<string, string>>;
  setQueryParams(params: Record<string, string>): void;
}

export interface HubServices {
  desk: DeskServices;
  host: HubHost;
  comments: CommentsReader;
}
