/** The modern Comments API and the legacy revision-based shape the typed client's getComments reads. */
import { CLIENT_ACCEPT, CS, type RunningEmulator, startEmulator } from "./api/testing";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

const modern = "application/json;api-version=7.1-preview.4";
const REMI = "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d02";

it("adds a comment as a new revision, lists newest first, edits and deletes", async () => {
  const before = (await emu.call("GET", `${CS}/_apis/wit/workitems/1`)).json;
  const added = await emu.call("POST", `${CS}/_apis/wit/workItems/1/comments?format=html`, {
    as: "sam",
    accept: modern,
    body: { text: `<p><a href="#" data-vss-mention="version:2.0,${REMI}">@Remi Laurent</a> please look</p>` },
  });
  expect(added.status).toBe(200);
  expect(added.json).toMatchObject({
    workItemId: 1,
    version: 1,
    format: "html",
    createdBy: { uniqueName: "sam@fabrikam.example" },
  });
  expect(added.json.mentions).toEqual([
    { artifactId: "1", artifactType: "Person", commentId: added.json.id, targetId: REMI },
  ]);
  const after = (await emu.call("GET", `${CS}/_apis/wit/workitems/1`)).json;
  expect(after.rev).toBe(before.rev + 1);
  expect(after.fields["System.CommentCount"]).toBe(before.fields["System.CommentCount"] + 1);

  await emu.call("POST", `${CS}/_apis/wit/workItems/1/comments?format=markdown`, {
    accept: modern,
    body: { text: "second" },
  });
  const list = await emu.call("GET", `${CS}/_apis/wit/workItems/1/comments`, { accept: modern });
  expect(list.json.totalCount).toBe(2);
  expect(list.json.comments.map((c: { text: string }) => c.text)).toEqual([
    "second",
    expect.stringContaining("please look"),
  ]);
  expect(list.json.comments[0].format).toBe("markdown");

  const id = added.json.id;
  expect(
    (
      await emu.call("PATCH", `${CS}/_apis/wit/workItems/1/comments/${id}`, {
        accept: modern,
        body: { text: "edit" },
      })
    ).status,
  ).toBe(400);
  const edited = await emu.call("PATCH", `${CS}/_apis/wit/workItems/1/comments/${id}`, {
    as: "sam",
    accept: modern,
    body: { text: "edited" },
  });
  expect(edited.json).toMatchObject({ text: "edited", version: 2, mentions: [] });
  expect(
    (await emu.call("DELETE", `${CS}/_apis/wit/workItems/1/comments/${id}`, { as: "sam", accept: modern }))
      .status,
  ).toBe(204);
  expect(
    (await emu.call("GET", `${CS}/_apis/wit/workItems/1/comments/${id}`, { accept: modern })).status,
  ).toBe(404);
  expect(
    (await emu.call("GET", `${CS}/_apis/wit/workItems/1/comments`, { accept: modern })).json.totalCount,
  ).toBe(1);
});

it("serves the legacy revision-based shape to 5.0-preview callers", async () => {
  const r = await emu.call("GET", `${CS}/_apis/wit/workItems/7/comments`, {
    accept: CLIENT_ACCEPT.replace("5.0-preview.3", "5.0-preview.2"),
  });
  expect(r.status).toBe(200);
  expect(r.json).toMatchObject({ count: 2, totalCount: 2, fromRevisionCount: 2 });
  expect(r.json.comments.map((c: { revision: number }) => c.revision)).toEqual([2, 4]);
  expect(r.json.comments[0].revisedBy.name).toBe("Holly Brooks <holly@fabrikam.example>");
  expect(r.text).toMatch(/"revisedDate":"\\\/Date\(\d+\)\\\/"/);
  expect(r.json.comments[1].text).toContain("your request has been completed");
});

it("refuses an empty comment and hides comments of unreadable items", async () => {
  expect(
    (await emu.call("POST", `${CS}/_apis/wit/workItems/1/comments`, { accept: modern, body: { text: " " } }))
      .status,
  ).toBe(400);
  expect(
    (await emu.call("GET", `${CS}/_apis/wit/workItems/3/comments`, { as: "dana", accept: modern })).status,
  ).toBe(404);
});
