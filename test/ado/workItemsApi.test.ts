import { RestError } from "../../src/ado/restErrors";
import type { RestRequest, RestTransport } from "../../src/ado/restTransport";
import { createWorkItemsApi, TYPES_TTL_MS } from "../../src/ado/workItemsApi";

const TYPE_LIST = {
  value: [
    {
      name: "User Request",
      xmlForm: "<FORM/>",
      states: [
        { name: "New", category: "Proposed", color: "b2b2b2" },
        { name: "In Planning", category: "InProgress", color: "007acc" },
        { name: "Closed", category: "Completed", color: "339933" },
      ],
    },
    {
      name: "Task",
      states: [
        { name: "New", category: "Proposed", color: "b2b2b2" },
        { name: "Closed", category: "Completed", color: "339933" },
      ],
    },
  ],
};

/** Answers like the 7.1 API and remembers every request's method and path. */
function recordingTransport(answer: (r: RestRequest) => unknown = () => TYPE_LIST) {
  const sent: string[] = [];
  const transport: RestTransport = {
    async send<T>(request: RestRequest): Promise<T> {
      sent.push(`${request.method} ${request.path}`);
      return answer(request) as T;
    },
  };
  return { sent, transport };
}

describe("work item types and states", () => {
  it("reads the type list once for the type names and the states of every type", async () => {
    const { sent, transport } = recordingTransport();
    const api = createWorkItemsApi(transport, "Client Services");
    const [names, intake, task] = await Promise.all([
      api.types(),
      api.typeStates("User Request"),
      api.typeStates("Task"),
    ]);
    expect(names).toEqual(["User Request", "Task"]);
    expect(intake.map((s) => `${s.name}:${s.category}`)).toEqual([
      "New:Proposed",
      "In Planning:InProgress",
      "Closed:Completed",
    ]);
    expect(task.map((s) => s.name)).toEqual(["New", "Closed"]);
    expect(sent).toEqual(["GET Client%20Services/_apis/wit/workitemtypes"]);
  });

  it("reads the list again once it is older than the frame trusts it", async () => {
    let now = 1_000;
    const { sent, transport } = recordingTransport();
    const api = createWorkItemsApi(transport, "P", () => now);
    await api.typeStates("Task");
    now += TYPES_TTL_MS - 1;
    await api.typeStates("Task");
    expect(sent).toHaveLength(1);
    now += 2;
    await api.typeStates("Task");
    expect(sent).toHaveLength(2);
  });

  it("does not keep a failed read", async () => {
    let fail = true;
    const { sent, transport } = recordingTransport(() => {
      if (fail) throw new RestError(503, "Service Unavailable");
      return TYPE_LIST;
    });
    const api = createWorkItemsApi(transport, "P");
    await expect(api.types()).rejects.toThrow("Service Unavailable");
    fail = false;
    await expect(api.types()).resolves.toEqual(["User Request", "Task"]);
    expect(sent).toHaveLength(2);
  });

  it("asks the type's own endpoint for a type the list does not hold, so its 404 wording reaches the person", async () => {
    const { sent, transport } = recordingTransport((r) => {
      if (r.path.endsWith("/states"))
        throw new RestError(404, "TF201077: Work item type 'Bug' does not exist in project 'P'.");
      return TYPE_LIST;
    });
    const api = createWorkItemsApi(transport, "P");
    await expect(api.typeStates("Bug")).rejects.toThrow("TF201077");
    expect(sent).toEqual(["GET P/_apis/wit/workitemtypes", "GET P/_apis/wit/workitemtypes/Bug/states"]);
  });
});
