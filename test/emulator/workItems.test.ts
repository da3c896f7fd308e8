/** Work items through real HTTP: create, update, revisions, rules, identities, relations, History comments. */
import { CS, field, type RunningEmulator, startEmulator } from "./api/testing";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

const HOLLY = "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d01";
const CHRIS = "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d05";

async function createTask(title = "Provision accounts", extra: unknown[] = [], as = "holly") {
  const r = await emu.call("POST", `${CS}/_apis/wit/workitems/$Task`, {
    as,
    body: [field("System.Title", title), ...extra],
  });
  expect(r.status).toBe(200);
  return r.json;
}

describe("create", () => {
  it("applies the type's first Proposed state, the creation reason and the caller as creator", async () => {
    const wi = await createTask();
    expect(wi.rev).toBe(1);
    expect(wi.fields["System.State"]).toBe("New");
    expect(wi.fields["System.Reason"]).toBe("New");
    expect(wi.fields["System.CreatedBy"].uniqueName).toBe("holly@fabrikam.example");
    expect(wi.fields["System.ChangedBy"].id).toBe(HOLLY);
    expect(wi.fields["System.AreaPath"]).toBe("Client Services");
    // As in Azure DevOps: `url` is the REST resource, `_links.html` the page people open.
    expect(wi.url).toBe(`${emu.baseUrl}/fabrikam/_apis/wit/workItems/${wi.id}`);
    expect(wi._links.html.href).toBe(`${emu.baseUrl}/fabrikam/Client%20Services/_workitems/edit/${wi.id}`);
  });

  it("defaults Basic Issues to To Do and accepts the project id in the path", async () => {
    const projects = await emu.call("GET", "/fabrikam/_apis/projects");
    const basic = projects.json.value.find((p: { name: string }) => p.name === "Basic Desk");
    const r = await emu.call("POST", `/fabrikam/${basic.id}/_apis/wit/workItems/$Issue`, {
      body: [field("System.Title", "x")],
    });
    expect(r.status).toBe(200);
    expect(r.json.fields["System.State"]).toBe("To Do");
    expect(r.json.fields["System.TeamProject"]).toBe("Basic Desk");
  });

  it("needs the $ before the type, a known type and a title", async () => {
    expect(
      (await emu.call("POST", `${CS}/_apis/wit/workitems/Task`, { body: [field("System.Title", "x")] }))
        .status,
    ).toBe(404);
    expect(
      (await emu.call("POST", `${CS}/_apis/wit/workitems/$Nope`, { body: [field("System.Title", "x")] }))
        .status,
    ).toBe(404);
    const noTitle = await emu.call("POST", `${CS}/_apis/wit/workitems/$Task`, {
      body: [field("System.Description", "x")],
    });
    expect(noTitle.status).toBe(400);
    expect(noTitle.json.typeKey).toBe("RuleValidationException");
  });

  it("creates the User Request type with a space in its name", async () => {
    const r = await emu.call("POST", `${CS}/_apis/wit/workitems/$User Request`, {
      body: [field("System.Title", "x")],
    });
    expect(r.status).toBe(200);
    expect(r.json.fields["System.WorkItemType"]).toBe("User Request");
  });

  it("rejects unknown fields, bad area paths and read-only fields", async () => {
    const unknown = await emu.call("POST", `${CS}/_apis/wit/workitems/$Task`, {
      body: [field("System.Title", "x"), field("Custom.Nope", 1)],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.message).toContain("Custom.Nope");
    const area = await emu.call("POST", `${CS}/_apis/wit/workitems/$Task`, {
      body: [field("System.Title", "x"), field("System.AreaPath", "Client Services\\Nowhere")],
    });
    expect(area.status).toBe(400);
    expect(area.json.message).toContain("TF401347");
    const ro = await emu.call("POST", `${CS}/_apis/wit/workitems/$Task`, {
      body: [field("System.Title", "x"), field("System.CreatedBy", "remi@fabrikam.example")],
    });
    expect(ro.status).toBe(400);
  });

  it("normalizes tags and resolves identities given in every accepted form", async () => {
    const forms = [
      "Remi Laurent",
      "Remi Laurent <remi@fabrikam.example>",
      "REMI@fabrikam.example",
      { id: "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d02" },
    ];
    for (const value of forms) {
      const wi = await createTask("x", [
        field("System.AssignedTo", value),
        field("System.Tags", "b; a,  b ;"),
      ]);
      expect(wi.fields["System.AssignedTo"]).toMatchObject({
        displayName: "Remi Laurent",
        uniqueName: "remi@fabrikam.example",
      });
      expect(wi.fields["System.Tags"]).toBe("b; a");
    }
    const unknown = await emu.call("POST", `${CS}/_apis/wit/workitems/$Task`, {
      body: [field("System.Title", "x"), field("System.AssignedTo", "pat.morgan@tailspin.example")],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.typeKey).toBe("RuleValidationException");
  });
});

describe("update", () => {
  it("bumps rev per update, records the changer, and refuses a stale test /rev with 412", async () => {
    const wi = await createTask();
    const ok = await emu.call("PATCH", `${CS}/_apis/wit/workitems/${wi.id}`, {
      as: "remi",
      body: [{ op: "test", path: "/rev", value: 1 }, field("System.State", "Active")],
    });
    expect(ok.status).toBe(200);
    expect(ok.json.rev).toBe(2);
    expect(ok.json.fields["System.ChangedBy"].uniqueName).toBe("remi@fabrikam.example");
    expect(ok.json.fields["System.Reason"]).toBe("Moved to state Active");
    const stale = await emu.call("PATCH", `${CS}/_apis/wit/workitems/${wi.id}`, {
      body: [{ op: "test", path: "/rev", value: 1 }, field("System.State", "Closed")],
    });
    expect(stale.status).toBe(412);
    expect(stale.json.typeKey).toBe("TestPatchOperationFailedException");
    expect(stale.json.message).toBe("VS403351: Test Operation for path /rev failed");
    const after = await emu.call("GET", `${CS}/_apis/wit/workitems/${wi.id}`);
    expect(after.json.rev).toBe(2);
    expect(after.json.fields["System.State"]).toBe("Active");
  });

  it("validates the state against the type's states", async () => {
    const wi = await createTask();
    const r = await emu.call("PATCH", `${CS}/_apis/wit/workitems/${wi.id}`, {
      body: [field("System.State", "In Planning")],
    });
    expect(r.status).toBe(400);
    expect(r.json.typeKey).toBe("RuleValidationException");
    expect(r.json.message).toBe(
      "TF401320: Rule Error for field State. Error code: Required, HasValues, LimitedToValues, AllowsOldValue, InvalidEmpty.",
    );
  });

  it("supports replace, remove and test on fields, and validateOnly without saving", async () => {
    const wi = await createTask("x", [field("System.Description", "d")]);
    const r = await emu.call("PATCH", `${CS}/_apis/wit/workitems/${wi.id}`, {
      body: [
        { op: "test", path: "/fields/System.Title", value: "x" },
        { op: "replace", path: "/fields/System.Title", value: "y" },
        { op: "remove", path: "/fields/System.Description" },
      ],
    });
    expect(r.json.fields["System.Title"]).toBe("y");
    expect(r.json.fields["System.Description"]).toBeUndefined();
    const dry = await emu.call("PATCH", `${CS}/_apis/wit/workitems/${wi.id}?validateOnly=true`, {
      body: [field("System.Title", "z")],
    });
    expect(dry.status).toBe(200);
    expect((await emu.call("GET", `${CS}/_apis/wit/workitems/${wi.id}`)).json.fields["System.Title"]).toBe(
      "y",
    );
  });

  it("turns System.History into a comment with mentions, kept only in its revision", async () => {
    const wi = await createTask();
    const html = `<div><a href="#" data-vss-mention="version:2.0,${CHRIS}">@Chris Novak</a> we will act on this request</div>`;
    const r = await emu.call("PATCH", `${CS}/_apis/wit/workitems/${wi.id}`, {
      body: [field("System.State", "Active"), field("System.History", html)],
    });
    expect(r.json.rev).toBe(2);
    expect(r.json.fields["System.History"]).toBe(html);
    expect(r.json.fields["System.CommentCount"]).toBe(1);
    const comments = await emu.call("GET", `${CS}/_apis/wit/workItems/${wi.id}/comments`, {
      accept: "application/json;api-version=7.1-preview.4",
    });
    expect(comments.json.totalCount).toBe(1);
    expect(comments.json.comments[0]).toMatchObject({
      text: html,
      format: "html",
      createdBy: { id: HOLLY },
      mentions: [{ artifactType: "Person", targetId: CHRIS, artifactId: String(wi.id) }],
    });
    await emu.call("PATCH", `${CS}/_apis/wit/workitems/${wi.id}`, { body: [field("System.Title", "next")] });
    const later = await emu.call("GET", `${CS}/_apis/wit/workitems/${wi.id}`);
    expect(later.json.fields["System.History"]).toBeUndefined();
  });

  it("shows who changed the state when in the updates", async () => {
    const wi = await createTask();
    await emu.call("PATCH", `${CS}/_apis/wit/workitems/${wi.id}`, {
      as: "sam",
      body: [field("System.State", "Active")],
    });
    const updates = await emu.call("GET", `${CS}/_apis/wit/workItems/${wi.id}/updates`);
    expect(updates.json.count).toBe(2);
    const change = updates.json.value[1];
    expect(change.revisedBy.name).toBe("Sam Patel <sam@fabrikam.example>");
    expect(change.fields["System.State"]).toEqual({ oldValue: "New", newValue: "Active" });
    const revisions = await emu.call("GET", `${CS}/_apis/wit/workItems/${wi.id}/revisions`);
    expect(revisions.json.value.map((v: { rev: number }) => v.rev)).toEqual([1, 2]);
  });

  it("stamps State Change Date and Closed Date as the process rules do", async () => {
    const wi = await createTask();
    const patch = async (as: string, ...ops: unknown[]) => {
      const r = await emu.call("PATCH", `${CS}/_apis/wit/workitems/${wi.id}`, { as, body: ops });
      expect(r.status).toBe(200);
      return r.json.fields as Record<string, unknown>;
    };
    const active = await patch("sam", field("System.State", "Active"));
    expect(active["Microsoft.VSTS.Common.StateChangeDate"]).toBe(active["System.ChangedDate"]);
    expect(active["Microsoft.VSTS.Common.ClosedDate"]).toBeUndefined();
    const closed = await patch("remi", field("System.State", "Closed"));
    expect(closed["Microsoft.VSTS.Common.ClosedDate"]).toBe(closed["System.ChangedDate"]);
    expect(closed["Microsoft.VSTS.Common.StateChangeDate"]).toBe(closed["System.ChangedDate"]);
    expect((closed["Microsoft.VSTS.Common.ClosedBy"] as { uniqueName: string }).uniqueName).toBe(
      "remi@fabrikam.example",
    );
    // Another field: the state dates stay.
    await new Promise((r) => setTimeout(r, 5));
    const retitled = await patch("holly", field("System.Title", "Provisioned"));
    expect(retitled["Microsoft.VSTS.Common.ClosedDate"]).toBe(closed["System.ChangedDate"]);
    expect(retitled["Microsoft.VSTS.Common.StateChangeDate"]).toBe(closed["System.ChangedDate"]);
    // Removed leaves Closed Date as it was; reopening empties it.
    const removed = await patch("holly", field("System.State", "Removed"));
    expect(removed["Microsoft.VSTS.Common.ClosedDate"]).toBe(closed["System.ChangedDate"]);
    const reopened = await patch("holly", field("System.State", "Active"));
    expect(reopened["Microsoft.VSTS.Common.ClosedDate"]).toBeUndefined();
    expect(reopened["Microsoft.VSTS.Common.ClosedBy"]).toBeUndefined();
  });

  it("answers asOf with the revision of that time", async () => {
    const wi = await createTask("first");
    await new Promise((r) => setTimeout(r, 15));
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 15));
    await emu.call("PATCH", `${CS}/_apis/wit/workitems/${wi.id}`, {
      body: [field("System.Title", "second")],
    });
    const old = await emu.call("GET", `${CS}/_apis/wit/workitems/${wi.id}?asOf=${between}`);
    expect(old.json.fields["System.Title"]).toBe("first");
  });
});

describe("relations", () => {
  it("keeps parent/child links symmetric and bumps the parent's rev", async () => {
    const parent = await createTask("parent");
    const child = await createTask("child", [
      {
        op: "add",
        path: "/relations/-",
        value: {
          rel: "System.LinkTypes.Hierarchy-Reverse",
          url: `https://elsewhere/_apis/wit/workItems/${parent.id}`,
        },
      },
    ]);
    expect(child.relations[0]).toMatchObject({
      rel: "System.LinkTypes.Hierarchy-Reverse",
      url: `${emu.baseUrl}/fabrikam/_apis/wit/workItems/${parent.id}`,
    });
    expect(child.fields["System.Parent"]).toBe(parent.id);
    const p = await emu.call("GET", `${CS}/_apis/wit/workitems/${parent.id}?$expand=relations`);
    expect(p.json.rev).toBe(2);
    expect(p.json.relations).toEqual([
      expect.objectContaining({
        rel: "System.LinkTypes.Hierarchy-Forward",
        url: `${emu.baseUrl}/fabrikam/_apis/wit/workItems/${child.id}`,
      }),
    ]);
    const other = await createTask("other parent");
    const second = await emu.call("PATCH", `${CS}/_apis/wit/workitems/${child.id}`, {
      body: [
        {
          op: "add",
          path: "/relations/-",
          value: {
            rel: "System.LinkTypes.Hierarchy-Reverse",
            url: `${emu.baseUrl}/fabrikam/_apis/wit/workItems/${other.id}`,
          },
        },
      ],
    });
    expect(second.status).toBe(400);
    expect(second.json.typeKey).toBe("WorkItemLinkAddExtraParentException");
    const removed = await emu.call("PATCH", `${CS}/_apis/wit/workitems/${child.id}`, {
      body: [{ op: "remove", path: "/relations/0" }],
    });
    expect(removed.json.relations).toBeUndefined();
    const p2 = await emu.call("GET", `${CS}/_apis/wit/workitems/${parent.id}?$expand=all`);
    expect(p2.json.relations).toBeUndefined();
    expect(p2.json.rev).toBe(3);
  });
});

describe("reads", () => {
  it("lists by ids, omits what cannot be read with errorPolicy=omit, and caps at 200", async () => {
    const list = await emu.call(
      "GET",
      `${CS}/_apis/wit/workitems?ids=1,999&fields=System.Title,System.Id&errorPolicy=omit`,
    );
    expect(list.status).toBe(200);
    expect(list.json.value[1]).toBeNull();
    expect(Object.keys(list.json.value[0].fields).sort()).toEqual(["System.Id", "System.Title"]);
    expect((await emu.call("GET", `${CS}/_apis/wit/workitems?ids=1,999`)).status).toBe(404);
    const ids = Array.from({ length: 201 }, (_, i) => i + 1);
    const tooMany = await emu.call("POST", `${CS}/_apis/wit/workitemsbatch`, { body: { ids } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.message).toContain("VS403474");
    const batch = await emu.call("POST", `${CS}/_apis/wit/workitemsbatch`, {
      as: "dana",
      body: { ids: [1, 3], fields: ["System.Title"], errorPolicy: "omit" },
    });
    expect(batch.json.value[0].id).toBe(1);
    expect(batch.json.value[1]).toBeNull();
  });

  it("hides items outside a client's areas behind 404", async () => {
    const own = await emu.call("GET", `${CS}/_apis/wit/workitems/1`, { as: "dana" });
    expect(own.status).toBe(200);
    const other = await emu.call("GET", `${CS}/_apis/wit/workitems/3`, { as: "dana" });
    expect(other.status).toBe(404);
    expect(other.json.typeKey).toBe("WorkItemUnauthorizedAccessException");
    expect(
      (
        await emu.call("PATCH", `${CS}/_apis/wit/workitems/3`, {
          as: "dana",
          body: [field("System.Title", "x")],
        })
      ).status,
    ).toBe(404);
  });
});
