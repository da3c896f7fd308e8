import { clientAreaFor, mappedAreas } from "../../src/domain/clientAreas";
import {
  ACTION_OWNERS,
  deriveViewer,
  type DeskAction,
  may,
  refusal,
  whoCanAct,
} from "../../src/domain/roles";
import { defaultSettings, type Settings } from "../../src/domain/settings";

const person = (key: string, domain = "fabrikam.example") => ({
  id: `id-${key}`,
  displayName: key[0].toUpperCase() + key.slice(1),
  uniqueName: `${key}@${domain}`,
});
const HOLLY = person("holly");
const REMI = person("remi");
const SAM = person("sam");
const DANA = person("dana", "contoso-dental.example");
const CHRIS = person("chris", "northwind.example");
const LEE = person("lee");

const configured = (): Settings => ({
  ...defaultSettings({ workItemTypes: ["User Request", "Task"] }),
  coordinator: HOLLY,
  staff: [REMI, SAM],
  clientsAreaRoot: "Client Services\\Clients",
  clientAreas: [
    { domain: "contoso-dental.example", areaPath: "Client Services\\Clients\\Contoso Dental" },
    { domain: "northwind.example", areaPath: "Client Services\\Clients\\Northwind Clinic" },
  ],
  clientAreaExceptions: [
    { email: "pat.morgan@tailspin.example", areaPath: "Client Services\\Clients\\Contoso Dental" },
  ],
});
const unconfigured = () => defaultSettings({ workItemTypes: ["Issue", "Task"] });

const ACTIONS = Object.keys(ACTION_OWNERS) as DeskAction[];
const allowed = (who: typeof HOLLY, settings: Settings, admin = false) =>
  ACTIONS.filter((a) => may(deriveViewer(who, settings, admin), a));

describe("who may do what, on a configured project", () => {
  it("the coordinator works requests but does not complete staff tasks", () => {
    expect(allowed(HOLLY, configured())).toEqual([
      "acknowledge",
      "closeRequest",
      "notifyClient",
      "createStaffTask",
      "triage",
      "newRequest",
      "fileOnBehalf",
    ]);
  });

  it("staff work requests and complete staff tasks (account changes, checklist)", () => {
    expect(allowed(REMI, configured())).toEqual([
      "acknowledge",
      "closeRequest",
      "notifyClient",
      "createStaffTask",
      "triage",
      "completeTask",
      "accountChanges",
      "checklist",
      "newRequest",
      "fileOnBehalf",
    ]);
  });

  it("a client only files requests, in their own name", () => {
    const dana = deriveViewer(DANA, configured(), false);
    expect([...dana.roles]).toEqual(["client"]);
    expect(dana.clientArea).toBe("Client Services\\Clients\\Contoso Dental");
    expect(allowed(DANA, configured())).toEqual(["newRequest"]);
    expect(refusal(dana, "fileOnBehalf", configured())).toBe("You can file requests in your own name only.");
  });

  it("a member with none of the roles files requests and is told who acts", () => {
    const lee = deriveViewer(LEE, configured(), false);
    expect([...lee.roles]).toEqual([]);
    expect(allowed(LEE, configured())).toEqual(["newRequest"]);
    expect(refusal(lee, "acknowledge", configured())).toBe(
      "Only Holly (coordinator), Remi and Sam (staff) act on requests.",
    );
  });

  it("only project administrators change settings; being an administrator adds no desk role", () => {
    expect(allowed(LEE, configured(), true)).toEqual(["settings", "newRequest"]);
    expect(refusal(deriveViewer(HOLLY, configured(), false), "settings", configured())).toMatch(
      /^Only project administrators can change these settings/,
    );
  });

  it("says who acts in one line, whoever is chosen", () => {
    expect(whoCanAct({ ...configured(), staff: [] })).toBe("Only Holly (coordinator) acts on requests.");
    expect(whoCanAct({ ...configured(), coordinator: undefined })).toBe(
      "Only Remi and Sam (staff) act on requests.",
    );
    // Someone chosen as both is named once, as coordinator.
    expect(whoCanAct({ ...configured(), staff: [HOLLY, REMI] })).toBe(
      "Only Holly (coordinator), Remi (staff) act on requests.",
    );
  });

  it("recognizes people by id, or by sign-in address whatever its case", () => {
    const byMail = { id: "another-id", uniqueName: "REMI@Fabrikam.example" };
    expect(deriveViewer(byMail, configured(), false).roles.has("staff")).toBe(true);
  });

  it("someone on the desk is never a client, even from a mapped domain", () => {
    const s = { ...configured(), staff: [REMI, DANA] };
    expect([...deriveViewer(DANA, s, false).roles]).toEqual(["staff"]);
  });
});

describe("an unconfigured project (no coordinator or staff chosen)", () => {
  it("project administrators act on everything and are told it is the first run", () => {
    const admin = deriveViewer(LEE, unconfigured(), true);
    expect(admin.firstRun).toBe(true);
    expect(allowed(LEE, unconfigured(), true)).toEqual(ACTIONS);
  });

  it("nobody else acts, and the line says why", () => {
    expect(allowed(REMI, unconfigured(), false)).toEqual(["newRequest"]);
    expect(whoCanAct(unconfigured())).toMatch(
      /a project administrator must first choose the coordinator and staff/,
    );
  });
});

describe("client areas", () => {
  it("an explicit exception wins over the domain; the domain match ignores case", () => {
    expect(clientAreaFor(configured(), "Pat.Morgan@Tailspin.example")).toBe(
      "Client Services\\Clients\\Contoso Dental",
    );
    expect(clientAreaFor(configured(), "chris@NORTHWIND.example")).toBe(
      "Client Services\\Clients\\Northwind Clinic",
    );
    expect(clientAreaFor(configured(), CHRIS.uniqueName)).toBe("Client Services\\Clients\\Northwind Clinic");
  });

  it("maps nobody else: not a subdomain, not a look-alike, not an address without a domain", () => {
    for (const email of ["x@mail.northwind.example", "x@northwind.example.evil", "northwind.example", ""])
      expect(clientAreaFor(configured(), email)).toBeUndefined();
  });

  it("lists each mapped area once", () => {
    expect(mappedAreas(configured())).toEqual([
      "Client Services\\Clients\\Contoso Dental",
      "Client Services\\Clients\\Northwind Clinic",
    ]);
  });
});
