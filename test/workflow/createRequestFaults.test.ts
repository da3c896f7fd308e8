/**
 * New request never makes two requests: a create is not repeated, and when its answer was lost the action
 * looks for the request it may have made (the client's tag, the title, the creator, newer than before).
 */
import { NetworkError, RestError } from "../../src/ado/restErrors";
import type { LoadedSettings } from "../../src/ado/settingsStore";
import { submitRequest } from "../../src/workflow/createRequest";
import { fakeHub } from "../contributions/queue-hub/hubFakes";
import { DANA, HOLLY, USER_102 } from "../support/fakeDesk";

function setup() {
  const hub = fakeHub({ settings: { coordinator: HOLLY } });
  const settings: LoadedSettings = {
    settings: hub.desk.settings,
    revision: 1,
    isDefault: false,
    problems: [],
  };
  // An earlier request of the same client, with the same title: the watermark must keep it apart.
  const earlier = hub.workItems.addRequest(USER_102);
  const requests = () =>
    [...hub.workItems.items.values()].filter((w) => w.fields["System.WorkItemType"] === "User Request");
  return { hub, settings, earlier, requests };
}

describe("New request after a failed create", () => {
  it("a lost answer to a create that landed: finds the request, mails the confirmation once, makes no copy", async () => {
    const { hub, settings, earlier, requests } = setup();
    hub.workItems.lostAnswers.create = [new NetworkError("Azure DevOps did not answer within 20 seconds.")];
    const result = await submitRequest(hub.desk.services, {
      details: USER_102,
      settings,
      clientIdentity: DANA,
    });
    expect(result.outcome.kind).toBe("done");
    expect(result.id).toBeGreaterThan(earlier.id);
    expect(requests()).toHaveLength(2);
    expect(hub.workItems.outbox).toHaveLength(1);
    expect(hub.workItems.outbox[0].subject).toContain(String(result.id));
  });

  it("a lost answer to a create that did not land: says so, so submitting again makes one request", async () => {
    const { hub, settings, requests } = setup();
    hub.workItems.failures.create = [new NetworkError("could not reach Azure DevOps (Failed to fetch).")];
    const result = await submitRequest(hub.desk.services, {
      details: USER_102,
      settings,
      clientIdentity: DANA,
    });
    expect(result).toEqual({
      outcome: {
        kind: "failed",
        message:
          "Could not submit the request: could not reach Azure DevOps (Failed to fetch). It did not reach Azure DevOps, so submitting again makes no copy.",
      },
    });
    expect(requests()).toHaveLength(1);
    expect(hub.workItems.outbox).toHaveLength(0);
  });

  it("a server error: nothing was created, and it is not looked for", async () => {
    const { hub, settings, requests } = setup();
    hub.workItems.failures.create = [new RestError(500, "TF400898: An Internal Error Occurred.")];
    const queriesBefore = hub.workItems.wiql.length;
    const result = await submitRequest(hub.desk.services, {
      details: USER_102,
      settings,
      clientIdentity: DANA,
    });
    expect(result.outcome.message).toMatch(/\(HTTP 500\)\. Try again in a moment\. Nothing was created\.$/);
    expect(hub.workItems.wiql.length - queriesBefore).toBe(1); // the area lookup only
    expect(requests()).toHaveLength(1);
  });
});
