/**
 * What the task panel reads before Complete task can act (issue #10: at most 3 REST calls): the task with
 * its parent in one batch, the saved draft together with the project's settings in one read, and the type
 * list. The fakes count one call per method; typeStates is answered from the type list by the real API
 * (test/ado/workItemsApi.test.ts), so it is left out of the count.
 */
import type { LoadedSettings } from "../../src/ado/settingsStore";
import type { TaskDraft } from "../../src/ado/taskDraftStore";
import { startTaskLoad } from "../../src/workflow/taskView";
import { fakeDesk, REMI, requestWithStaffTask, SAM } from "../support/fakeDesk";

async function openTask() {
  const desk = fakeDesk({ user: REMI });
  const { request, task } = await requestWithStaffTask(desk);
  desk.workItems.calls = [];
  const reads = {
    combined: jest.spyOn(desk.drafts, "readWithSettings"),
    draftAlone: jest.spyOn(desk.drafts, "read"),
    settingsAlone: jest.spyOn(desk.services.settings, "load"),
  };
  return { desk, request, task, reads };
}

const SAVED: TaskDraft = {
  changes: [{ account: "User 102", change: "Modified", details: "typed by Remi yesterday" }],
  checked: ["reassign-0-inplace"],
};

describe("startTaskLoad", () => {
  it("reads in three calls: the task with its parent, the draft with the settings, the type list", async () => {
    const { desk, request, task, reads } = await openTask();
    await startTaskLoad(desk.services, task.id, { parentId: request.id });
    const calls = [
      ...desk.workItems.calls.filter((c) => c !== "typeStates"),
      ...reads.combined.mock.calls.map(() => "readWithSettings"),
      ...reads.draftAlone.mock.calls.map(() => "read"),
      ...reads.settingsAlone.mock.calls.map(() => "settings.load"),
    ];
    expect(calls.sort()).toEqual(["getMany", "readWithSettings", "types"]);
    expect(reads.combined).toHaveBeenCalledWith(String(task.id));
  });

  it("shows the saved draft and the settings that came with it, not the request's prefill or other settings", async () => {
    const { desk, request, task, reads } = await openTask();
    const settings: LoadedSettings = {
      settings: { ...desk.settings, coordinator: SAM },
      etag: 7,
      isDefault: false,
      problems: [],
    };
    reads.combined.mockResolvedValue({ draft: { value: SAVED, etag: 4 }, settings });
    const { view } = await startTaskLoad(desk.services, task.id, { parentId: request.id });
    expect(view.draft).toEqual({ value: SAVED, etag: 4 });
    expect(view.request!.settings).toBe(settings);
    expect(view.request!.coordinator).toEqual(SAM);
    expect(reads.settingsAlone).not.toHaveBeenCalled();
  });

  it("starts from the request's prefill, with no etag, when no draft was saved", async () => {
    const { desk, request, task } = await openTask();
    const { view } = await startTaskLoad(desk.services, task.id, { parentId: request.id });
    expect(view.draft.etag).toBeUndefined();
    expect(view.draft.value!.changes.map((c) => c.details).join("\n")).toContain(
      "maria.gomez@contoso-dental.example → alex.chen@contoso-dental.example",
    );
  });

  it("with settings already read (the panel needed them to recognize the item), reads the draft alone", async () => {
    const { desk, request, task, reads } = await openTask();
    await desk.drafts.write(String(task.id), SAVED, undefined);
    const settings = desk.services.settings.load();
    reads.settingsAlone.mockClear();
    const { view } = await startTaskLoad(desk.services, task.id, { parentId: request.id, settings });
    expect(view.draft).toEqual({ value: SAVED, etag: 1 });
    expect(reads.draftAlone).toHaveBeenCalledTimes(1);
    expect(reads.combined).not.toHaveBeenCalled();
    expect(reads.settingsAlone).not.toHaveBeenCalled();
  });

  it("fails when the draft and settings cannot be read, instead of showing the task on defaults", async () => {
    const { desk, request, task, reads } = await openTask();
    reads.combined.mockRejectedValue(new Error("Azure DevOps did not complete the request (HTTP 500)."));
    await expect(startTaskLoad(desk.services, task.id, { parentId: request.id })).rejects.toThrow("HTTP 500");
  });
});
