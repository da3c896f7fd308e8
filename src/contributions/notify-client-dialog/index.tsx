import "../../components/panel.css";
import "./notify-client-dialog.css";

import * as React from "react";

import { configuration, resize } from "../../ado/sdkHost";
import { mountContribution } from "../../components/mountContribution";
import type { MailDraft } from "../../workflow/notifyClient";
import type { NotifyDialogConfig } from "../work-item-panel/panelUi";
import { NotifyClientDialog } from "./NotifyClientDialog";

type Config = NotifyDialogConfig & { dialog?: { close(result: MailDraft | undefined): void } };

void mountContribution(() => {
  const config = configuration<Config>();
  return (
    <NotifyClientDialog {...config} resize={resize} onClose={(result) => config.dialog?.close(result)} />
  );
}, "callout");
