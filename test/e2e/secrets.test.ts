/**
 * No token in the logs: after the actions (REST, mail, extension data through the host), the emulator's
 * request log, the host's log of extension calls and every console message of every frame hold no token.
 */
import { type ConsoleMessage, type Page } from "playwright-core";

import { secretsIn } from "../support/secrets";
import { emulatorState, openPanel, outcome } from "./support/faults";
import {
  byRole,
  contributionFrame,
  type E2eSession,
  hostLog,
  unexpectedProblems,
  useEmulator,
} from "./support/harness";

describe("no token in the logs", () => {
  const e2e: E2eSession = useEmulator();

  afterEach(() => {
    expect(unexpectedProblems(e2e.problems())).toEqual([]);
  });

  it("the request log, the host log and the console stay free of tokens", async () => {
    const messages: string[] = [];
    const listen = (m: ConsoleMessage) => void messages.push(m.text());
    const onPage = (p: Page) => void p.on("console", listen);
    e2e.browser.context.on("page", onPage);
    try {
      const request = await openPanel(e2e, "holly", 2);
      await byRole(request.panel, "button", "Notify client").click();
      const dialog = await contributionFrame(request.page, "notify-client-dialog");
      await byRole(dialog, "button", "Notify client").click();
      await outcome(request.panel, /^E-mailed Dana Whitfield/);
      const task = await openPanel(e2e, "remi", 4);
      await byRole(task.panel, "button", "Add account change").click();
      await byRole(task.panel, "textbox", "Account").last().fill("jordan.lee");
      // Complete task saves the draft first, through the host's extension data service, which is handed
      // the token; cancelling the checklist confirmation then leaves the task as it was.
      await byRole(task.panel, "button", "Complete task").click();
      await byRole(task.page, "button", "Cancel").click();

      const tokens = ["holly", "remi", "sam", "dana", "chris", "lee"].map((u) =>
        e2e.emulator.api.tokenFor(u),
      );
      const logs = {
        requests: JSON.stringify(await emulatorState(e2e).log()),
        host: JSON.stringify([...(await hostLog(request.page)), ...(await hostLog(task.page))]),
        console: JSON.stringify(messages),
      };
      expect(logs.host).toContain("getExtensionDataManager"); // the call that carries the token
      for (const [name, text] of Object.entries(logs)) {
        expect({ name, tokens: tokens.filter((t) => text.includes(t)).length }).toEqual({ name, tokens: 0 });
        expect({ name, secrets: secretsIn(text) }).toEqual({ name, secrets: [] });
      }
    } finally {
      e2e.browser.context.off("page", onPage);
    }
  }, 60_000);
});
