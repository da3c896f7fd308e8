/**
 * Why every action of a contribution is off because the person may only read (the host opened the work
 * item read-only), or undefined. Action buttons read it, so a reader sees each action disabled with the
 * reason instead of a 403 after clicking.
 */
import * as React from "react";

export const READ_ONLY_REASON =
  'You can read this work item but not change it. Ask a project administrator for "Edit work items in this node".';

export const ReadOnlyReason = React.createContext<string | undefined>(undefined);
