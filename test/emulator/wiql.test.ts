/** WIQL: parser refusals, operators, macros, ordering, $top, permissions, the 20,000 cap. */
import { CS, field, type RunningEmulator, startEmulator } from "./api/testing";
import { parseWiql } from "./api/wiql/parser";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

async function ids(
  where: string,
  as = "holly",
  path = `${CS}/_apis/wit/wiql`,
  order = "ORDER BY [System.Id]",
) {
  const r = await emu.call("POST", path, {
    as,
    body: { query: `SELECT [System.Id] FROM WorkItems WHERE ${where} ${order}` },
  });
  if (r.status !== 200) throw new Error(`${r.status} ${r.text}`);
  return r.json.workItems.map((w: { id: number }) => w.id) as number[];
}

async function refusal(query: string): Promise<string> {
  const r = await emu.call("POST", `${CS}/_apis/wit/wiql`, { body: { query } });
  expect(r.status).toBe(400);
  return r.json.message as string;
}

const REQUESTS = "[System.Tags] CONTAINS 'umd-request'";

describe("parser", () => {
  it("parses precedence, NOT, IN lists, strings with '' escapes and ORDER BY", () => {
    const q = parseWiql(
      "select [System.Id], [State] from workitems where NOT [System.Title] = 'O''Brien' or [System.Id] in (1, 2) and [State] <> 'x' order by [System.Id] desc, [Title]",
    );
    expect(q.select.map((f) => f.referenceName)).toEqual(["System.Id", "System.State"]);
    expect(q.where?.kind).toBe("or");
    const or = q.where as {
      left: { kind: string; expr: { value: { value: string } } };
      right: { kind: string };
    };
    expect(or.left.kind).toBe("not");
    expect(or.left.expr.value.value).toBe("O'Brien");
    expect(or.right.kind).toBe("and");
    expect(q.orderBy).toEqual([
      { field: expect.objectContaining({ referenceName: "System.Id" }), descending: true },
      { field: expect.objectContaining({ referenceName: "System.Title" }), descending: false },
    ]);
  });
});

describe("queries", () => {
  it("filters with =, <>, IN, NOT IN, CONTAINS, UNDER, NOT UNDER and parentheses", async () => {
    expect(await ids(`${REQUESTS} AND [System.TeamProject] = @project AND [System.State] = 'New'`)).toEqual([
      1, 2, 9,
    ]);
    expect(await ids(`${REQUESTS} AND [System.TeamProject] = @project AND [System.State] <> 'New'`)).toEqual([
      3, 5, 7,
    ]);
    expect(await ids(`[System.WorkItemType] IN ('Task') AND [System.State] NOT IN ('Closed')`)).toEqual([
      4, 12,
    ]);
    expect(await ids(`[System.AreaPath] UNDER 'Client Services\\Clients\\Northwind Clinic'`)).toEqual([
      3, 4, 5, 6,
    ]);
    expect(
      await ids(
        `[System.AreaPath] UNDER 'Client Services' AND [System.AreaPath] NOT UNDER 'Client Services\\Clients'`,
      ),
    ).toEqual([9]);
    expect(
      await ids(`[System.Title] CONTAINS 'user 102' OR ([System.Id] = 9 AND NOT [System.State] = 'Closed')`),
    ).toEqual([2, 9]);
    expect(await ids(`[System.Description] CONTAINS WORDS 'Alex Chen'`)).toEqual([2]);
    expect(await ids(`[System.Tags] NOT CONTAINS 'umd-request' AND [System.Parent] = 3`)).toEqual([4]);
    expect(await ids(`[System.Id] >= 3 AND [System.Id] < 5`)).toEqual([3, 4]);
  });

  it("a client's own requests: her client tag OR created by her (@me), a request she filed without the tag included", async () => {
    const filed = await emu.call("POST", `${CS}/_apis/wit/workitems/$User Request`, {
      as: "dana",
      body: [
        field("System.Title", "Remove user: User 107 (Dana Whitfield)"),
        field("System.AreaPath", "Client Services\\Clients\\Contoso Dental"),
        field("System.Tags", "umd-request; umd-type:remove"),
      ],
    });
    expect(filed.status).toBe(200);
    const own = `${REQUESTS} AND ([System.Tags] CONTAINS 'umd-client:dana@contoso-dental.example' OR [System.CreatedBy] = @me)`;
    const mine = await ids(own, "dana");
    expect(mine).toContain(filed.json.id);
    expect(mine).toContain(2);
    // The same text as Chris: his own, never Dana's.
    const his = await ids(own, "chris");
    expect(his).not.toContain(filed.json.id);
    expect(his).not.toContain(2);
  });

  it("resolves @me and identity values, @today offsets and EVER", async () => {
    expect(await ids(`[System.AssignedTo] = @me AND [System.WorkItemType] = 'Task'`, "remi")).toEqual([4, 6]);
    expect(await ids(`[System.AssignedTo] = 'Sam Patel <sam@fabrikam.example>'`)).toEqual([8, 12]);
    expect(await ids(`[System.CreatedDate] >= @today - 1 AND ${REQUESTS}`)).toEqual([2, 9]);
    expect(await ids(`[System.CreatedDate] > @today(-100) AND [System.Id] = 1`)).toEqual([1]);
    expect(await ids(`EVER [System.State] = 'In Planning' AND [System.State] = 'Closed'`)).toEqual([7]);
  });

  it("orders by fields and applies $top", async () => {
    const r = await emu.call("POST", `${CS}/_apis/wit/wiql?$top=2`, {
      body: {
        query: `SELECT [System.Id], [System.Title] FROM WorkItems WHERE ${REQUESTS} ORDER BY [System.CreatedDate] DESC`,
      },
    });
    expect(r.json.workItems.map((w: { id: number }) => w.id)).toEqual([9, 2]);
    expect(r.json).toMatchObject({ queryType: "flat", queryResultType: "workItem" });
    expect(r.json.columns.map((c: { referenceName: string }) => c.referenceName)).toEqual([
      "System.Id",
      "System.Title",
    ]);
    expect(r.json.sortColumns[0]).toMatchObject({
      field: { referenceName: "System.CreatedDate" },
      descending: true,
    });
    expect(r.json.workItems[0].url).toBe(`${emu.baseUrl}/fabrikam/_apis/wit/workItems/9`);
  });

  it("accepts a team segment and the org-level route", async () => {
    expect(await ids("[System.Id] = 1", "holly", `${CS}/Client Services Team/_apis/wit/wiql`)).toEqual([1]);
    expect(await ids("[System.Id] = 1", "holly", `/fabrikam/_apis/wit/wiql`)).toEqual([1]);
    const r = await emu.call("POST", `/fabrikam/_apis/wit/wiql`, {
      body: { query: "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project" },
    });
    expect(r.status).toBe(400);
  });

  it("answers a client with their own items only", async () => {
    expect(await ids(REQUESTS, "dana")).toEqual([1, 2, 7, 10]);
    expect(await ids(REQUESTS, "chris")).toEqual([3, 5, 11]);
  });

  it("sees new items immediately", async () => {
    const r = await emu.call("POST", `${CS}/_apis/wit/workitems/$Task`, {
      body: [field("System.Title", "needle in WIQL")],
    });
    expect(await ids("[System.Title] CONTAINS 'needle'")).toEqual([r.json.id]);
  });
});

describe("refusals", () => {
  it("names the unsupported construct instead of answering wrongly", async () => {
    expect(await refusal("SELECT [System.Id] FROM WorkItemLinks WHERE [Source].[System.Id] = 1")).toContain(
      "WorkItemLinks",
    );
    expect(await refusal("SELECT [System.Id] FROM WorkItems ASOF '2020-01-01'")).toContain("ASOF");
    expect(
      await refusal("SELECT [System.Id] FROM WorkItems WHERE [System.IterationPath] = @CurrentIteration"),
    ).toContain("@currentiteration");
    expect(await refusal("SELECT [System.Id] FROM WorkItems WHERE [Custom.Nope] = 1")).toContain(
      "Custom.Nope",
    );
    expect(await refusal("SELECT [System.Id] FROM WorkItems WHERE [System.Title] = 'unterminated")).toContain(
      "Unterminated",
    );
    expect(await refusal("SELECT [System.Id] FROM WorkItems WHERE [System.Title] UNDER 'x'")).toContain(
      "UNDER",
    );
    expect(
      await refusal("SELECT [System.Id] FROM WorkItems WHERE [System.AssignedTo] IN GROUP 'x'"),
    ).toContain("IN GROUP");
    expect(await refusal("SELECT [System.Id] FROM WorkItems WHERE [System.Id] = 1 AND")).toContain("TF51006");
  });
});

describe("size limit", () => {
  it("refuses more than 20,000 results unless $top narrows them", async () => {
    const big = await startEmulator(20_000);
    try {
      const q = { query: "SELECT [System.Id] FROM WorkItems WHERE [System.Id] > 0" };
      const r = await big.call("POST", `${CS}/_apis/wit/wiql`, { body: q });
      expect(r.status).toBe(400);
      expect(r.json.message).toBe(
        "VS402337: The number of work items returned exceeds the size limit of 20000.",
      );
      const top = await big.call("POST", `${CS}/_apis/wit/wiql?$top=200`, { body: q });
      expect(top.status).toBe(200);
      expect(top.json.workItems).toHaveLength(200);
    } finally {
      await big.close();
    }
  }, 30_000);
});
