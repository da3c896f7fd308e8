/**
 * A client (a Stakeholder) may not create tag definitions, and Azure DevOps refuses a whole create that would
 * make one (403 TF401289). Their request is created with the tags that exist, found under their own requests,
 * and completed by Acknowledge in its one update.
 */
import { RestError } from "../../src/ado/restErrors";
import type { LoadedSettings } from "../../src/ado/settingsStore";
import { acknowledge } from "../../src/workflow/acknowledge";
import { FIRST_REQUEST_NOTE, submitRequest } from "../../src/workflow/createRequest";
import { loadMyRequests } from "../../src/workflow/myRequests";
import { loadRequestView } from "../../src/workflow/requestView";
import { fakeHub } from "../contributions/queue-hub/hubFakes";
import { actAs, DANA, HOLLY, USER_102 } from "../support/fakeDesk";

const NEW_SERVICE = { ...USER_102, service: "Phone system" };
const FULL =
  "umd-request; umd-type:reassign; umd-service:Phone system; umd-client:dana@contoso-dental.example";

function setup(existing: string[]) {
  const hub = fakeHub({ settings: { coordinator: HOLLY } });
  const settings: LoadedSettings = {
    settings: hub.desk.settings,
    revision: 1,
    isDefault: false,
    problems: [],
  };
  for (const t of existing) hub.workItems.definedTags.add(t);
  // Only the desk's staff may create tags; Dana is a Stakeholder.
  hub.workItems.mayCreateTags = (who) => who.id !== DANA.id;
  actAs(hub.desk, DANA);
  hub.workItems.me = DANA;
  const file = () =>
    submitRequest(hub.desk.services, { details: NEW_SERVICE, settings, clientIdentity: DANA });
  return { hub, file };
}

describe("a client's request when some of its tags do not exist yet", () => {
  it("is created once with the tags that exist, listed under her requests, and completed by Acknowledge", async () => {
    const { hub, file } = setup(["umd-request", "umd-type:reassign"]);
    const result = await file();

    expect(result.outcome).toEqual({
      kind: "done",
      message: `Request #${result.id} submitted. Dana Whitfield was e-mailed the confirmation.`,
      warnings: [],
    });
    expect(hub.workItems.calls.filter((c) => c === "create")).toHaveLength(1);
    const created = hub.workItems.items.get(result.id!)!;
    expect(created.fields["System.Tags"]).toBe("umd-request; umd-type:reassign");
    // Every detail is still in the description.
    expect(String(created.fields["System.Description"])).toContain("Phone system");
    expect(String(created.fields["System.Description"])).toContain("dana@contoso-dental.example");

    const mine = await loadMyRequests(hub.desk.services, "umd-request");
    expect(mine.map((r) => r.id)).toEqual([result.id]);

    actAs(hub.desk, HOLLY);
    hub.workItems.calls = [];
    const outcome = await acknowledge(
      hub.desk.services,
      await loadRequestView(hub.desk.services, result.id!),
    );
    expect(outcome.kind).toBe("done");
    expect(hub.workItems.writes()).toEqual(["update"]);
    const acknowledged = hub.workItems.items.get(result.id!)!;
    expect(acknowledged.fields["System.Tags"]).toBe(FULL);
    expect(acknowledged.fields["System.State"]).toBe("In Planning");
  });

  it("writes every tag when they all exist, and Acknowledge then leaves the tags alone", async () => {
    const { hub, file } = setup(FULL.toLowerCase().split("; "));
    const result = await file();
    expect(hub.workItems.items.get(result.id!)!.fields["System.Tags"]).toBe(FULL);
    actAs(hub.desk, HOLLY);
    const view = await loadRequestView(hub.desk.services, result.id!);
    const updates = hub.workItems.history.get(result.id!)!.length;
    await acknowledge(hub.desk.services, view);
    const last = hub.workItems.history.get(result.id!)!.slice(updates);
    expect(last).toHaveLength(1);
    expect(last[0].fields).not.toHaveProperty("System.Tags");
  });

  it("a person who may create tags writes the complete set at once", async () => {
    const { hub, file } = setup(["umd-request"]);
    hub.workItems.mayCreateTags = () => true;
    const result = await file();
    expect(hub.workItems.items.get(result.id!)!.fields["System.Tags"]).toBe(FULL);
  });

  it("refused a new tag though the permission check said yes (a Stakeholder's groups allow it): nothing was made, so it files with the existing tags", async () => {
    const { hub, file } = setup(["umd-request", "umd-type:reassign"]);
    hub.desk.services.permissions.mayCreateTags = async () => true;
    const result = await file();
    expect(result.outcome.kind).toBe("done");
    const requests = [...hub.workItems.items.values()];
    expect(requests).toHaveLength(1);
    expect(requests[0].fields["System.Tags"]).toBe("umd-request; umd-type:reassign");
  });

  it("the desk's very first request cannot carry the request tag: the client is told to give the desk its number", async () => {
    const { hub, file } = setup([]);
    const result = await file();
    expect(result.outcome).toMatchObject({ kind: "done", warnings: [FIRST_REQUEST_NOTE] });
    expect(hub.workItems.items.get(result.id!)!.fields).not.toHaveProperty("System.Tags");
  });

  it("when the tag list cannot be read, writes every tag and Azure DevOps's refusal is shown, nothing created", async () => {
    const { hub, file } = setup(["umd-request"]);
    hub.workItems.failures.tagNames = [new RestError(500, "TF400898: An Internal Error Occurred.")];
    const result = await file();
    expect(result.outcome.kind).toBe("failed");
    expect(result.outcome.message).toContain("TF401289");
    expect(hub.workItems.items.size).toBe(0);
  });
});
