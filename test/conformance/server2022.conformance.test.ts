/**
 * The Azure DevOps Server 2022 profile against Microsoft's server-7.0 specifications: the recorded on-prem
 * examples the extension's calls rest on, replayed at the collection URL with api-version 7.0 (comments
 * 7.0-preview.3), checked for the example's shape and against the response schema of the on-prem swagger.
 * The files are vendored in test/conformance/specs/{wit,core}/server-7.0 (Microsoft's MIT licence).
 */
import { field, type RunningEmulator, startEmulator } from "../emulator/api/testing";
import { definitionValidators, example, expectValid, VENDORED_ROOT } from "./specs";
import { expectExampleShape } from "./witExamples";

const V7 = "application/json;api-version=7.0";
const COMMENTS = "application/json;api-version=7.0-preview.3";
const WIT = "wit/server-7.0";
const witSchema = definitionValidators(`${WIT}/workItemTracking-onprem.json`);
const coreSchema = definitionValidators("core/server-7.0/core-onprem.json");

let emu: RunningEmulator;
let CS: string;
beforeAll(async () => {
  emu = await startEmulator(0, "server2022");
  CS = `${emu.collection}/Client Services`;
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

const expectShape = expectExampleShape;
const expectSchema = (validators: typeof witSchema, definition: string, value: unknown) =>
  expectValid(validators(definition), value);

it("reads the server-7.0 files vendored inside the repository", () => {
  expect(require.resolve(`./specs/${WIT}/workItemTracking-onprem.json`)).toContain(VENDORED_ROOT);
});

describe("work items at /tfs/DefaultCollection, api-version 7.0", () => {
  it("GET one and a list by ids (GET__wit_WorkItems_id, _ids_)", async () => {
    const one = await emu.call("GET", `${CS}/_apis/wit/workitems/4`, { accept: V7 });
    expect(one.status).toBe(200);
    expectShape(`${WIT}/httpExamples/workItems/GET__wit_WorkItems_id-onprem.json`, one.json);
    expectSchema(witSchema, "WorkItem", one.json);
    expect(one.json.url).toBe(`${emu.baseUrl}/tfs/DefaultCollection/_apis/wit/workItems/4`);
    const list = await emu.call("GET", `${CS}/_apis/wit/workitems?ids=3,4,5`, { accept: V7 });
    expectShape(`${WIT}/httpExamples/workItems/GET__wit_WorkItems_ids-_ids_-onprem.json`, list.json);
  });

  it("POST create and a guarded PATCH (POST__wit_workitems_create, PATCH__wit_workitems__taskId_)", async () => {
    const created = await emu.call("POST", `${CS}/_apis/wit/workitems/$Task`, {
      accept: V7,
      body: [
        field("System.Title", "Provision accounts"),
        {
          op: "add",
          path: "/relations/-",
          value: {
            rel: "System.LinkTypes.Hierarchy-Reverse",
            url: `${emu.baseUrl}/tfs/DefaultCollection/_apis/wit/workItems/3`,
            attributes: { comment: "Created from the request" },
          },
        },
      ],
    });
    expect(created.status).toBe(200);
    expectShape(`${WIT}/httpExamples/workItems/POST__wit_workitems_create-onprem.json`, created.json);
    expectSchema(witSchema, "WorkItem", created.json);
    const patched = await emu.call("PATCH", `${CS}/_apis/wit/workitems/${created.json.id}`, {
      accept: V7,
      body: [
        { op: "test", path: "/rev", value: created.json.rev },
        field("System.AreaPath", "Client Services\\Clients\\Northwind Clinic"),
        field("System.History", "Moving to the right area path"),
      ],
    });
    expect(patched.status).toBe(200);
    expectShape(`${WIT}/httpExamples/workItems/PATCH__wit_workitems__taskId_-onprem.json`, patched.json);
    expectSchema(witSchema, "WorkItem", patched.json);
  });

  it("the batch read, WIQL and updates (workitemsbatch, wiql, updates)", async () => {
    const columns = [
      "System.Id",
      "System.Title",
      "System.WorkItemType",
      "Microsoft.VSTS.Scheduling.RemainingWork",
    ];
    const batch = await emu.call("POST", `${CS}/_apis/wit/workitemsbatch`, {
      accept: V7,
      body: { ids: [3, 4, 5], fields: columns },
    });
    expectShape(
      `${WIT}/httpExamples/workItemsBatch/POST__wit_WorkItemsBatch_ids-_ids__fields-_columns_-onprem.json`,
      batch.json,
    );
    const wiql = await emu.call("POST", `${CS}/_apis/wit/wiql`, {
      accept: V7,
      body: example(`${WIT}/httpExamples/wiql/GET__wit_get_id_workitems-onprem.json`).parameters.body,
    });
    expect(wiql.status).toBe(200);
    expectShape(`${WIT}/httpExamples/wiql/GET__wit_get_id_workitems-onprem.json`, wiql.json);
    expectSchema(witSchema, "WorkItemQueryResult", wiql.json);
    const updates = await emu.call("GET", `${CS}/_apis/wit/workItems/3/updates`, { accept: V7 });
    expectShape(`${WIT}/httpExamples/updates/GET__list_of_workitem_updates-onprem.json`, updates.json);
    updates.json.value.forEach((u: unknown) => expectSchema(witSchema, "WorkItemUpdate", u));
  });

  it("types and states (GET__wit_workItemTypes, GET__workitem_type_states)", async () => {
    const types = await emu.call("GET", `${CS}/_apis/wit/workitemtypes`, { accept: V7 });
    expectShape(`${WIT}/httpExamples/workItemTypes/GET__wit_workItemTypes-onprem.json`, types.json);
    const states = await emu.call("GET", `${CS}/_apis/wit/workitemtypes/Task/states`, { accept: V7 });
    expectShape(`${WIT}/httpExamples/workItemTypeStates/GET__workitem_type_states-onprem.json`, states.json);
  });
});

describe("comments at 7.0-preview.3", () => {
  it("POST and GET (comments_create, comments_1)", async () => {
    const created = await emu.call("POST", `${CS}/_apis/wit/workItems/4/comments`, {
      accept: COMMENTS,
      body: { text: "Moving to the right area path" },
    });
    expect(created.status).toBe(200);
    expectShape(
      `${WIT}/httpExamples/comments/POST__wit_workitems__taskId__comments_create-onprem.json`,
      created.json,
    );
    expectSchema(witSchema, "Comment", created.json);
    await emu.call("POST", `${CS}/_apis/wit/workItems/4/comments`, {
      accept: COMMENTS,
      body: { text: "two" },
    });
    const page = await emu.call("GET", `${CS}/_apis/wit/workItems/4/comments?$top=2`, { accept: COMMENTS });
    expectShape(
      `${WIT}/httpExamples/comments/GET__wit_workitems__issueId__comments_1-onprem.json`,
      page.json,
    );
    expectSchema(witSchema, "CommentList", page.json);
  });
});

describe("core", () => {
  it("GET projects (GET__projects)", async () => {
    const r = await emu.call("GET", `${emu.collection}/_apis/projects`, { accept: V7 });
    expect(r.status).toBe(200);
    expectShape("core/server-7.0/httpExamples/projects/GET__projects-onprem.json", r.json);
    r.json.value.forEach((p: unknown) => expectSchema(coreSchema, "TeamProjectReference", p));
  });
});
