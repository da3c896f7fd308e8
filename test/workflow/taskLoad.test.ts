/**
 * What the task panel reads before Complete task can act: the task with its parent in one batch, the
 * project's settings (a project property, since 0.2 the trusted store), the saved draft and the type list,
 * all four side by side. The fakes count one call per method; typeStates is answered from the type list by
 * the real API (test/ado/workItemsApi.test.ts), so it is left out of the count.
 */
import type { LoadedSettings } from "../../src/ado/settingsStore";
import type { TaskDraft } from "../../src/ado/taskDraftStore";
import { startTaskLoad } from "../../src/workflow/taskView";
import { DANA, fakeDesk, REMI, requestWithStaffTask, SAM } from "../support/fakeDesk";

async function openTask() {
  const desk = fakeDesk({ user: REMI });
  const { request, task } = await requestWithStaffTask(desk);
  desk.workItems.calls = [];
  const reads = {
    draft: jest.spyOn(desk.drafts, "read"),
    settings: jest.spyOn(desk.services.settings, "load"),
  };
  return { desk, request, task, reads };
}

const SAVED: TaskDraft = {
  changes: [{ account: "User 102", change: "Modified", details: "typed by Remi yesterday" }],
  checked: ["reassign-0-inplace"],
};

describe("startTaskLoad", () => {
  it("reads in four calls side by side: the task with its parent, the settings, the draft, the type list", async () => {
    const { desk, request, task, reads } = await openTask();
    await startTaskLoad(desk.services, task.id, { parentId: request.id });
    const calls = [
      ...desk.workItems.calls.filter((c) => c !== "typeStates"),
      ...reads.draft.mock.calls.map(() => "draft"),
      ...reads.settings.mock.calls.map(() => "settings"),
    ];
    expect(calls.sort()).toEqual(["draft", "getMany", "settings", "types"]);
    expect(reads.draft).toHaveBeenCalledWith(String(task.id));
  });

  it("shows the saved draft and the settings read, not the request's prefill", async () => {
    const { desk, request, task, reads } = await openTask();
    const settings: LoadedSettings = {
      settings: { ...desk.settings, coordinator: SAM },
      revision: 7,
      isDefault: false,
      problems: [],
    };
    reads.settings.mockResolvedValue(settings);
    reads.draft.mockResolvedValue({ value: SAVED, etag: 4 });
    const { view } = await startTaskLoad(desk.services, task.id, { parentId: request.id });
    expect(view.draft).toEqual({ value: SAVED, etag: 4 });
    expect(view.request!.settings).toBe(settings);
    expect(view.request!.coordinator).toEqual(SAM);
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
    reads.settings.mockClear();
    const { view } = await startTaskLoad(desk.services, task.id, { parentId: request.id, settings });
    expect(view.draft).toEqual({ value: SAVED, etag: 1 });
    expect(reads.draft).toHaveBeenCalledTimes(1);
    expect(reads.settings).not.toHaveBeenCalled();
  });

  it("fails for staff when the draft cannot be read, instead of showing the task on an empty draft", async () => {
    const { desk, request, task, reads } = await openTask();
    reads.draft.mockRejectedValue(new Error("Azure DevOps did not complete the request (HTTP 500)."));
    await expect(startTaskLoad(desk.services, task.id, { parentId: request.id })).rejects.toThrow("HTTP 500");
  });

  it("fails when the settings cannot be read", async () => {
    const { desk, request, task, reads } = await openTask();
    reads.settings.mockRejectedValue(new Error("Azure DevOps did not complete the request (HTTP 503)."));
    await expect(startTaskLoad(desk.services, task.id, { parentId: request.id })).rejects.toThrow("HTTP 503");
  });

  it("for someone who does not work tasks (a Stakeholder cannot read extension data), loads without the draft", async () => {
    const { desk, request, task, reads } = await openTask();
    desk.services.user = { ...DANA };
    reads.draft.mockRejectedValue(Object.assign(new Error("Access denied"), { status: 403 }));
    const { view } = await startTaskLoad(desk.services, task.id, { parentId: request.id });
    expect(view.draft.etag).toBeUndefined();
    expect(view.request!.id).toBe(request.id);
  });
});
