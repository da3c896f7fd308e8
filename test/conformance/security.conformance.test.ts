/**
 * Security 7.1, core 7.1 project properties, ims identities by descriptor and wit Areas classification nodes:
 * the emulator's answers against the recorded examples' shapes and the response schemas.
 */
import { type RunningEmulator, startEmulator } from "../emulator/api/testing";
import { shapeDiff } from "./shapes";
import { definitionValidators, example, expectValid } from "./specs";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

// Descriptors are classes in the spec but travel as strings, as the recordings show.
const security = definitionValidators("security/7.1/security.json", {
  IdentityDescriptor: { type: "string" },
});
const core = definitionValidators("core/7.1/core.json");
const wit = definitionValidators("wit/7.1/workItemTracking.json");
const ims = definitionValidators("ims/7.1/identities.json", {
  IdentityDescriptor: { type: "string" },
  SubjectDescriptor: { type: "string" },
});

const CSS = "83e28ad4-2d72-4ceb-97b0-c7726d5502c3";
const PROJECT_NS = "52d39943-cb85-4d7f-8fa8-c6baac873819";
const PROJECT_ID = "5e0b7a2d-9c41-4f3a-8e6b-1d2c3b4a5f01";
const PROJECT_TOKEN = `$PROJECT:vstfs:///Classification/TeamProject/${PROJECT_ID}`;
const SEC = "security/7.1/httpExamples";

const recorded = (path: string) => example(path).responses["200"].body;

it("permissions for several tokens (GET__permissions…tokens…)", async () => {
  const r = await emu.call(
    "GET",
    `/fabrikam/_apis/permissions/${PROJECT_NS}/2?tokens=${encodeURIComponent(`${PROJECT_TOKEN},$PROJECT`)}&alwaysAllowAdministrators=false`,
  );
  const body = recorded(
    `${SEC}/permissions/GET__permissions__securityNamespaceId__8__api-version-2.2_tokens-_token1_,_token2_,_token3__alwaysAllowAdministrators-False.json`,
  );
  expect(shapeDiff(body, r.json)).toEqual([]);
  expect(r.json).toEqual({ count: 2, value: [true, false] });
});

it("permission evaluation batch (POST__security_permissionevaluationbatch)", async () => {
  const r = await emu.call("POST", "/fabrikam/_apis/security/permissionevaluationbatch", {
    as: "dana",
    body: {
      alwaysAllowAdministrators: false,
      evaluations: [
        { securityNamespaceId: PROJECT_NS, token: PROJECT_TOKEN, permissions: 1 },
        { securityNamespaceId: PROJECT_NS, token: PROJECT_TOKEN, permissions: 131072 },
      ],
    },
  });
  expect(
    shapeDiff(
      recorded(
        `${SEC}/permissionEvaluationBatch/POST__security_permissionevaluationbatch__api-version-3.0-preview.json`,
      ),
      r.json,
    ),
  ).toEqual([]);
  expectValid(security("PermissionEvaluationBatch"), r.json);
  expect(r.json.evaluations.map((e: { value: boolean }) => e.value)).toEqual([true, false]);
});

it("access control lists with and without extended info (GET__accesscontrollists…token…)", async () => {
  const areas = await emu.call("GET", "/fabrikam/Client Services/_apis/wit/classificationnodes/Areas");
  const token = `vstfs:///Classification/Node/${areas.json.identifier}`;
  const plain = await emu.call(
    "GET",
    `/fabrikam/_apis/accesscontrollists/${CSS}?token=${encodeURIComponent(token)}`,
  );
  expect(
    shapeDiff(
      recorded(
        `${SEC}/accessControlLists/GET__accesscontrollists__securityNamespaceId___token-_existingToken_.json`,
      ),
      plain.json,
      { dynamic: [/\.acesDictionary$/] },
    ),
  ).toEqual([]);
  const extended = await emu.call(
    "GET",
    `/fabrikam/_apis/accesscontrollists/${CSS}?token=${encodeURIComponent(token)}&includeExtendedInfo=true`,
  );
  expect(
    shapeDiff(
      recorded(
        `${SEC}/accessControlLists/GET__accesscontrollists__securityNamespaceId___token-_existingToken__includeExtendedInfo-True.json`,
      ),
      extended.json,
      { dynamic: [/\.acesDictionary$/] },
    ),
  ).toEqual([]);
  for (const acl of extended.json.value) {
    expectValid(security("AccessControlList"), acl);
    for (const ace of Object.values(acl.acesDictionary)) expectValid(security("AccessControlEntry"), ace);
  }
  expect(Object.keys(extended.json.value[0].acesDictionary)).toHaveLength(3);
});

it("security namespaces (GET__securitynamespaces_)", async () => {
  const r = await emu.call("GET", "/fabrikam/_apis/securitynamespaces");
  expect(shapeDiff(recorded(`${SEC}/securityNamespaces/GET__securitynamespaces_.json`), r.json)).toEqual([]);
  // The recording has extensionType null for most namespaces where the schema says string: not held against either.
  r.json.value.forEach(({ extensionType, ...ns }: { extensionType: unknown }) => {
    expect(extensionType).toBeNull();
    expectValid(security("SecurityNamespaceDescription"), ns);
  });
  const one = await emu.call("GET", `/fabrikam/_apis/securitynamespaces/${CSS}`);
  expect(one.json.value[0].actions.find((a: { bit: number }) => a.bit === 32).displayName).toBe(
    "Edit work items in this node",
  );
});

it("project properties: all, by keys with a wildcard, and set (core GET/PATCH__projects__project__properties)", async () => {
  const base = `/fabrikam/_apis/projects/${PROJECT_ID}/properties`;
  const all = await emu.call("GET", base);
  expect(
    shapeDiff(recorded("core/7.1/httpExamples/properties/GET__projects__project__properties.json"), all.json),
  ).toEqual([]);
  all.json.value.forEach((p: unknown) => expectValid(core("ProjectProperty"), p));
  const keyed = await emu.call("GET", `${base}?keys=System.CurrentProcessTemplateId,*SourceControl*`);
  expect(keyed.json.value.map((p: { name: string }) => p.name)).toEqual([
    "System.CurrentProcessTemplateId",
    "System.SourceControlGitEnabled",
  ]);
  const missing = await emu.call("GET", `${base}?keys=Nothing.Here`);
  expect(missing.json).toEqual({ count: 0, value: [] });
  const patch = example("core/7.1/httpExamples/properties/PATCH__projects__project__properties.json");
  const set = await emu.call("PATCH", base, { body: patch.parameters.body });
  expect(set.status).toBe(204);
  const alias = await emu.call("GET", `${base}?keys=Alias`);
  expect(alias.json.value).toEqual([{ name: "Alias", value: "Frabrikam" }]);
  const remove = example("core/7.1/httpExamples/properties/PATCH__projects__project__properties2.json");
  expect((await emu.call("PATCH", base, { body: remove.parameters.body })).status).toBe(204);
  expect((await emu.call("GET", `${base}?keys=Alias`)).json.count).toBe(0);
  const replace = await emu.call("PATCH", base, { body: [{ op: "replace", path: "/Alias", value: "x" }] });
  expect(replace.status).toBe(400);
});

it("identities by identity descriptors, a user and a group (SearchByIdentityDescriptors)", async () => {
  const acl = await emu.call(
    "GET",
    `/fabrikam/_apis/accesscontrollists/${PROJECT_NS}?token=${encodeURIComponent(PROJECT_TOKEN)}`,
  );
  const group = Object.keys(acl.json.value[0].acesDictionary)[0];
  const user = "Microsoft.IdentityModel.Claims.ClaimsIdentity;fabrikam.example\\dana@contoso-dental.example";
  const r = await emu.call(
    "GET",
    `/fabrikam/_apis/identities?descriptors=${encodeURIComponent(`${user},${group}`)}&queryMembership=None`,
  );
  expect(
    shapeDiff(recorded("ims/7.1/httpExamples/Identities/SearchByIdentityDescriptors.json"), r.json, {
      dynamic: [/\.properties$/],
    }),
  ).toEqual([]);
  r.json.value.forEach((v: unknown) => expectValid(ims("Identity"), v));
  expect(r.json.value.map((v: { providerDisplayName: string }) => v.providerDisplayName)).toEqual([
    "Dana Whitfield",
    "[Client Services]\\Project Administrators",
  ]);
});

it("Areas classification nodes with identifiers (GET__wit_classificationNodes_areas__depth-2)", async () => {
  const r = await emu.call("GET", "/fabrikam/Client Services/_apis/wit/classificationnodes/Areas?$depth=2");
  expect(
    shapeDiff(
      recorded("wit/7.1/httpExamples/classificationNodes/GET__wit_classificationNodes_areas__depth-2.json"),
      r.json,
    ),
  ).toEqual([]);
  expectValid(wit("WorkItemClassificationNode"), r.json);
  expect(r.json.path).toBe("\\Client Services\\Area");
  expect(r.json.children[0].children.map((c: { path: string }) => c.path)).toEqual([
    "\\Client Services\\Area\\Clients\\Contoso Dental",
    "\\Client Services\\Area\\Clients\\Northwind Clinic",
  ]);
});
