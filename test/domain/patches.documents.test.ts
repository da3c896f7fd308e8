import { createRequestDocument, createTaskDocument, tagsPatch } from "../../src/domain/patches";
import { renderRequestFields } from "../../src/domain/requestFormat";
import { REASSIGN } from "./fixtures";

const task = {
  title: "Staff task #42: Reassign user User 102",
  assignedTo: "remi@fabrikam.example",
  areaPath: "Client Services",
  iterationPath: "Client Services",
  descriptionHtml: "<p>checklist</p>",
};

describe("optional parts of the documents", () => {
  it("a staff task without tags or history has exactly its five fields", () => {
    const doc = createTaskDocument(task);
    expect(doc.map((op) => op.path)).toEqual([
      "/fields/System.Title",
      "/fields/System.AssignedTo",
      "/fields/System.AreaPath",
      "/fields/System.IterationPath",
      "/fields/System.Description",
    ]);
    expect(doc.every((op) => op.op === "add")).toBe(true);
  });

  it("a staff task with several tags and a history comment", () => {
    const doc = createTaskDocument({
      ...task,
      tags: ["umd-staff-task", "umd-type:reassign"],
      historyHtml: "<p>h</p>",
    });
    expect(doc.slice(5, 7)).toEqual([
      { op: "add", path: "/fields/System.Tags", value: "umd-staff-task; umd-type:reassign" },
      { op: "add", path: "/fields/System.History", value: "<p>h</p>" },
    ]);
    expect(doc.some((op) => op.path === "/fields/System.State")).toBe(false);
  });

  it("tags without a comment change only the tags, guarded by the revision", () => {
    expect(tagsPatch({ rev: 9, tags: [] })).toEqual([
      { op: "test", path: "/rev", value: 9 },
      { op: "add", path: "/fields/System.Tags", value: "" },
    ]);
  });

  it("a new request on its own: title, description, tags and nothing else", () => {
    const r = renderRequestFields(REASSIGN);
    expect(createRequestDocument({ details: REASSIGN })).toEqual([
      { op: "add", path: "/fields/System.Title", value: r.title },
      { op: "add", path: "/fields/System.Description", value: r.descriptionHtml },
      {
        op: "add",
        path: "/fields/System.Tags",
        value:
          "umd-request; umd-type:reassign; umd-service:Customer portal; umd-client:dana@contoso-dental.example",
      },
    ]);
    expect(
      createRequestDocument({ details: REASSIGN, historyHtml: "<p>Filed by Holly for Dana</p>" }).at(-1),
    ).toEqual({ op: "add", path: "/fields/System.History", value: "<p>Filed by Holly for Dana</p>" });
  });
});
