import {
  clientTag,
  latestClientRequestWiql,
  ownOrClientRequestsWiql,
  queryAllIds,
  requestsPageWiql,
  staffTasksPageWiql,
  wiqlInt,
  wiqlString,
} from "../../../src/workflow/queueWiql";

describe("WIQL builder", () => {
  it("pages requests by id under the result cap", () => {
    expect(requestsPageWiql({ requestTag: "umd-request", afterId: 42 })).toBe(
      "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.Tags] CONTAINS 'umd-request' AND [System.Id] > 42 ORDER BY [System.Id]",
    );
    expect(staffTasksPageWiql({ afterId: 0, assignedToMe: true })).toContain(
      "[System.Tags] CONTAINS 'umd-staff-task' AND [System.AssignedTo] = @me AND [System.Id] > 0",
    );
  });

  it("doubles single quotes and drops control characters in every literal", () => {
    expect(wiqlString("o'brien")).toBe("'o''brien'");
    expect(wiqlString("a'\n OR [System.Id] > 0 --")).toBe("'a'' OR [System.Id] > 0 --'");
    const hostile = "x' OR [System.TeamProject] <> '' OR 'a' = 'a";
    const wiql = requestsPageWiql({ requestTag: "umd-request", afterId: 0, clientEmail: hostile });
    // The whole hostile value stays inside one literal: outside literals only our own clauses remain.
    const outside = wiql.replace(/'(?:[^']|'')*'/g, "''");
    expect(outside).toBe(
      "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.Tags] CONTAINS '' AND ([System.Tags] CONTAINS '' OR [System.CreatedBy] = @me) AND [System.Id] > 0 ORDER BY [System.Id]",
    );
    expect(latestClientRequestWiql({ requestTag: "t'", clientEmail: "d'@x.example" })).toContain(
      "CONTAINS 't''' AND [System.Tags] CONTAINS 'umd-client:d''@x.example' ORDER BY [System.Id] DESC",
    );
  });

  it("a person's own requests: their client tag, or created by them (the tag may come only with Acknowledge)", () => {
    expect(
      ownOrClientRequestsWiql({ requestTag: "umd-request", clientEmail: "Dana@Contoso-Dental.example" }),
    ).toBe(
      "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.Tags] CONTAINS 'umd-request' AND ([System.Tags] CONTAINS 'umd-client:dana@contoso-dental.example' OR [System.CreatedBy] = @me) ORDER BY [System.Id] DESC",
    );
  });

  it("makes the client tag exactly as requestTags writes it, and ids safe", () => {
    expect(clientTag(" Dana@Contoso-Dental.example ")).toBe("umd-client:dana@contoso-dental.example");
    expect(clientTag("a;b,c@x.example")).toBe("umd-client:a b c@x.example");
    expect(wiqlInt(Number.NaN)).toBe("0");
    expect(wiqlInt(-5)).toBe("0");
    expect(wiqlInt(1.5)).toBe("0");
    expect(wiqlInt(7)).toBe("7");
  });

  it("reads every page until a short page", async () => {
    const all = Array.from({ length: 2500 }, (_, i) => i + 1);
    const asked: string[] = [];
    const ids = await queryAllIds(
      async (wiql, top) => {
        asked.push(wiql);
        const after = Number(/> (\d+)/.exec(wiql)![1]);
        return all.filter((id) => id > after).slice(0, top);
      },
      (afterId) => `[System.Id] > ${afterId}`,
      1000,
    );
    expect(ids).toEqual(all);
    expect(asked).toEqual(["[System.Id] > 0", "[System.Id] > 1000", "[System.Id] > 2000"]);
  });
});
