import {
  acknowledgePatch,
  childLinkPatch,
  closePatch,
  commentPatch,
  completeTaskPatch,
  createRequestDocument,
  createTaskDocument,
  tagsPatch,
} from "../../src/domain/patches";
import { renderRequestFields } from "../../src/domain/requestFormat";
import type { RequestDetails } from "../../src/domain/requestTypes";

describe("patch documents", () => {
  it.each([
    ["Acknowledge", acknowledgePatch, "In Planning"],
    ["Close request", closePatch, "Closed"],
    ["Complete task", completeTaskPatch, "Done"],
  ] as const)("%s: test /rev, state and the comment in ONE document", (_name, build, state) => {
    expect(build({ rev: 7, state, commentHtml: "<p>hi</p>" })).toEqual([
      { op: "test", path: "/rev", value: 7 },
      { op: "add", path: "/fields/System.State", value: state },
      { op: "add", path: "/fields/System.History", value: "<p>hi</p>" },
    ]);
  });

  it("Acknowledge adds the request's complete tags in the same document when some were missing", () => {
    const tags = ["umd-request", "umd-type:invite", "umd-client:dana@contoso-dental.example"];
    expect(
      acknowledgePatch({ rev: 3, state: "In Planning", commentHtml: "<p>ok</p>", completeTags: tags }),
    ).toEqual([
      { op: "test", path: "/rev", value: 3 },
      { op: "add", path: "/fields/System.State", value: "In Planning" },
      { op: "add", path: "/fields/System.History", value: "<p>ok</p>" },
      { op: "add", path: "/fields/System.Tags", value: tags.join("; ") },
    ]);
  });

  it("a client's create writes the tags it is given, and no Tags field when none exist yet", () => {
    const details = {
      type: "remove",
      service: "S",
      client: { name: "D", email: "d@x.example" },
      notes: "",
      accounts: [],
    } as unknown as RequestDetails;
    expect(createRequestDocument({ details, tags: ["umd-request"] })).toContainEqual({
      op: "add",
      path: "/fields/System.Tags",
      value: "umd-request",
    });
    expect(createRequestDocument({ details, tags: [] }).map((op) => op.path)).toEqual([
      "/fields/System.Title",
      "/fields/System.Description",
    ]);
  });

  it("Create staff task: the task's fields with no state, and the request's Child link guarded by test /rev", () => {
    const doc = createTaskDocument({
      title: "Staff task #2: Reassign user",
      assignedTo: "remi@fabrikam.example",
      areaPath: "Client Services\\Clients\\Contoso Dental",
      iterationPath: "Client Services\\Sprint 1",
      descriptionHtml: "<p>d</p>",
      tags: ["umd-staff-task"],
    });
    expect(doc).toEqual([
      { op: "add", path: "/fields/System.Title", value: "Staff task #2: Reassign user" },
      { op: "add", path: "/fields/System.AssignedTo", value: "remi@fabrikam.example" },
      { op: "add", path: "/fields/System.AreaPath", value: "Client Services\\Clients\\Contoso Dental" },
      { op: "add", path: "/fields/System.IterationPath", value: "Client Services\\Sprint 1" },
      { op: "add", path: "/fields/System.Description", value: "<p>d</p>" },
      { op: "add", path: "/fields/System.Tags", value: "umd-staff-task" },
    ]);
    expect(
      childLinkPatch({ rev: 4, childUrl: "https://dev.azure.com/fabrikam/_apis/wit/workItems/-1" }),
    ).toEqual([
      { op: "test", path: "/rev", value: 4 },
      {
        op: "add",
        path: "/relations/-",
        value: {
          rel: "System.LinkTypes.Hierarchy-Forward",
          url: "https://dev.azure.com/fabrikam/_apis/wit/workItems/-1",
          attributes: { comment: "Staff task of the user-management request" },
        },
      },
    ]);
  });

  it("Notify client and triage: the comment (and tags) guarded by test /rev", () => {
    expect(commentPatch({ rev: 3, commentHtml: "c" })).toEqual([
      { op: "test", path: "/rev", value: 3 },
      { op: "add", path: "/fields/System.History", value: "c" },
    ]);
    expect(tagsPatch({ rev: 4, tags: ["umd-request", "umd-triage:quick"], commentHtml: "n" })).toEqual([
      { op: "test", path: "/rev", value: 4 },
      { op: "add", path: "/fields/System.Tags", value: "umd-request; umd-triage:quick" },
      { op: "add", path: "/fields/System.History", value: "n" },
    ]);
  });

  it("New request: title, description and tags in one create, assigned to the coordinator", () => {
    const details: RequestDetails = {
      type: "reset",
      service: "Customer portal",
      client: { name: "Dana", email: "dana@contoso-dental.example" },
      notes: "",
      accounts: [{ account: "jordan", email: "", reason: "" }],
    };
    const r = renderRequestFields(details);
    expect(
      createRequestDocument({ details, assignedTo: "holly@fabrikam.example", areaPath: "P\\Clients\\C" }),
    ).toEqual([
      { op: "add", path: "/fields/System.Title", value: r.title },
      { op: "add", path: "/fields/System.Description", value: r.descriptionHtml },
      { op: "add", path: "/fields/System.Tags", value: r.tags.join("; ") },
      { op: "add", path: "/fields/System.AssignedTo", value: "holly@fabrikam.example" },
      { op: "add", path: "/fields/System.AreaPath", value: "P\\Clients\\C" },
    ]);
  });
});
