/** Identities (ims 7.1) and projects (core 7.1): recorded example shapes and response schemas. */
import { type RunningEmulator, startEmulator } from "../emulator/api/testing";
import { shapeDiff } from "./shapes";
import { definitionValidators, example, expectValid } from "./specs";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());

// Descriptors are classes in the spec but travel as strings ("type;identifier"), as the recording shows.
const ims = definitionValidators("ims/7.1/identities.json", {
  IdentityDescriptor: { type: "string" },
  SubjectDescriptor: { type: "string" },
});
const core = definitionValidators("core/7.1/core.json");

it("identities by e-mail (SearchIdentityByEmail)", async () => {
  const r = await emu.call(
    "GET",
    "/fabrikam/_apis/identities?searchFilter=General&filterValue=dana@contoso-dental.example&queryMembership=None",
  );
  expect(r.json.count).toBe(1);
  const recorded = example("ims/7.1/httpExamples/Identities/SearchIdentityByEmail.json").responses["200"]
    .body;
  // Property bags are data (which properties a directory returns varies); the keys around them are compared.
  expect(shapeDiff(recorded, r.json, { dynamic: [/\.properties$/] })).toEqual([]);
  r.json.value.forEach((v: unknown) => expectValid(ims("Identity"), v));
});

it("projects (GET__projects) and one project", async () => {
  const list = await emu.call("GET", "/fabrikam/_apis/projects");
  const recorded = example("core/7.1/httpExamples/projects/GET__projects.json").responses["200"].body;
  expect(shapeDiff(recorded, list.json)).toEqual([]);
  list.json.value.forEach((v: unknown) => expectValid(core("TeamProjectReference"), v));
  const one = await emu.call("GET", `/fabrikam/_apis/projects/${list.json.value[0].id}`);
  expectValid(core("TeamProject"), one.json);
  expect(one.json.name).toBe("Client Services");
});
