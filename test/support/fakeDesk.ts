/**
 * In-memory stand-ins for the Azure DevOps services the workflow uses. They keep real semantics where a
 * test relies on them (revisions, `test /rev` conflicts, History comments, parent/child links, the outbox)
 * and throw "Not implemented" for anything a test did not expect.
 */
import type { DocumentStore, StoredDocument } from "../../src/ado/documentStore";
import type { Identity, IdentityResolver } from "../../src/ado/identities";
import { DocumentConflictError, RestError } from "../../src/ado/restErrors";
import type { LoadedSettings, SettingsStore } from "../../src/ado/settingsStore";
import type { TaskDraft, TaskDraftStore } from "../../src/ado/taskDraftStore";
import type { StaffChannel } from "../../src/ado/webhook";
import type { MailMessage, WorkItem, WorkItemsApi, WorkItemUpdate } from "../../src/ado/workItemsApi";
import type { JsonPatchOp } from "../../src/domain/patches";
import { renderRequestFields } from "../../src/domain/requestFormat";
import type { RequestDetails } from "../../src/domain/requestTypes";
import { defaultSettings, type Settings } from "../../src/domain/settings";
import type { WorkItemState } from "../../src/domain/states";
import { acknowledge } from "../../src/workflow/acknowledge";
import { createStaffTask } from "../../src/workflow/createStaffTask";
import type { DeskServices } from "../../src/workflow/deskServices";
import { loadRequestView } from "../../src/workflow/requestView";

export const notImplemented = (what: string) => {
  throw new Error(`Not implemented: ${what}`);
};

export const HOLLY: Identity = {
  id: "11111111-0000-0000-0000-000000000001",
  displayName: "Holly Brooks",
  uniqueName: "holly@fabrikam.example",
};
export const REMI: Identity = {
  id: "11111111-0000-0000-0000-000000000002",
  displayName: "Remi Laurent",
  uniqueName: "remi@fabrikam.example",
};
export const SAM: Identity = {
  id: "11111111-0000-0000-0000-000000000003",
  displayName: "Sam Okafor",
  uniqueName: "sam@fabrikam.example",
};
export const DANA: Identity = {
  id: "11111111-0000-0000-0000-000000000004",
  displayName: "Dana Whitfield",
  uniqueName: "dana@contoso-dental.example",
};
const PEOPLE = [HOLLY, REMI, DANA];

export const INTAKE_STATES: WorkItemState[] = [
  { name: "New", category: "Proposed" },
  { name: "In Planning", category: "InProgress" },
  { name: "Closed", category: "Completed" },
];
export const TASK_STATES: WorkItemState[] = [
  { name: "New", category: "Proposed" },
  { name: "Active", category: "InProgress" },
  { name: "Closed", category: "Completed" },
  { name: "Removed", category: "Removed" },
];

const ref = (i: Identity) => ({ id: i.id, displayName: i.displayName, uniqueName: i.uniqueName });
const ORG = "https://dev.example/fabrikam/";

export class FakeWorkItems implements WorkItemsApi {
  public readonly project = "Client Services";
  public items = new Map<number, WorkItem>();
  public history = new Map<number, WorkItemUpdate[]>();
  public comments: { workItemId: number; html: string; by: string }[] = [];
  public outbox: MailMessage[] = [];
  public calls: string[] = [];
  /** The next calls of a method fail with these errors, in order. */
  public failures: Partial<Record<string, Error[]>> = {};
  /**
   * The next calls of a method are carried out and then fail with these errors: a lost answer (as the
   * transport reports it, e.g. a 412 marked earlierAttemptMayHaveLanded after its repeat).
   */
  public lostAnswers: Partial<Record<string, Error[]>> = {};
  public actor: Identity = HOLLY;
  /** The project's tag definitions (lower-cased): every tag written so far, as Azure DevOps keeps them. */
  public definedTags = new Set<string>();
  /** Who may create a tag definition (Stakeholders never may): Azure DevOps refuses the whole save. */
  public mayCreateTags: (actor: { id: string }) => boolean = () => true;
  private nextId = 1;
  private clock = Date.parse("2026-11-20T09:00:00Z");
  public constructor(
    public states: Record<string, WorkItemState[]> = { "User Request": INTAKE_STATES, Task: TASK_STATES },
  ) {}

  private fail(method: string) {
    this.calls.push(method);
    const e = this.failures[method]?.shift();
    if (e) throw e;
  }
  private lose(method: string) {
    const e = this.lostAnswers[method]?.shift();
    if (e) throw e;
  }
  private tick() {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }
  private clone(item: WorkItem): WorkItem {
    return JSON.parse(JSON.stringify(item));
  }
  private record(item: WorkItem, fields: Record<string, { oldValue?: unknown; newValue?: unknown }>) {
    const list = this.history.get(item.id) ?? [];
    list.push({
      id: list.length + 1,
      rev: item.rev,
      revisedBy: ref(this.actor),
      revisedDate: String(item.fields["System.ChangedDate"]),
      fields,
    });
    this.history.set(item.id, list);
  }
  private apply(item: WorkItem, doc: JsonPatchOp[]) {
    const tagsOp = doc.find((op) => op.path === "/fields/System.Tags");
    if (tagsOp) this.defineTags(String(tagsOp.value));
    const changed: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const op of doc) {
      if (op.op === "test") {
        if (op.path === "/rev" && op.value !== item.rev)
          throw new RestError(
            412,
            "VS403351: Test Operation for path /rev failed",
            "TestPatchOperationFailedException",
          );
        continue;
      }
      if (op.path === "/relations/-") {
        const rel = op.value as { rel: string; url: string };
        item.relations = [...(item.relations ?? []), rel];
        const parentId = Number(/(\d+)$/.exec(rel.url)![1]);
        const parent = this.items.get(parentId);
        if (rel.rel === "System.LinkTypes.Hierarchy-Reverse" && parent) {
          parent.relations = [
            ...(parent.relations ?? []),
            { rel: "System.LinkTypes.Hierarchy-Forward", url: `${ORG}_apis/wit/workItems/${item.id}` },
          ];
          parent.rev += 1;
        }
        continue;
      }
      const field = op.path.replace(/^\/fields\//, "");
      if (field === "System.History") {
        this.comments.push({ workItemId: item.id, html: String(op.value), by: this.actor.displayName });
        changed[field] = { newValue: op.value };
        continue;
      }
      if (
        field === "System.State" &&
        !this.states[String(item.fields["System.WorkItemType"])]?.some((s) => s.name === op.value)
      )
        throw new RestError(
          400,
          "TF401320: Rule Error for field State. Error code: LimitedToValues.",
          "RuleValidationException",
        );
      const value =
        field === "System.AssignedTo"
          ? ref(PEOPLE.find((p) => p.uniqueName === op.value) ?? notImplemented(`person ${op.value}`))
          : op.value;
      changed[field] = { oldValue: item.fields[field], newValue: value };
      item.fields[field] = value;
    }
    return changed;
  }

  private defineTags(tags: string) {
    const names = tags
      .split(";")
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
    if (names.some((t) => !this.definedTags.has(t)) && !this.mayCreateTags(this.actor))
      throw new RestError(
        403,
        "TF401289: The current user does not have permissions to create tags.",
        "AccessCheckException",
      );
    for (const t of names) this.definedTags.add(t);
  }

  /** State Change Date and Closed Date, as Azure DevOps's process rules set them on a state change. */
  private stampStateDates(item: WorkItem, oldState: unknown) {
    const states = this.states[String(item.fields["System.WorkItemType"])] ?? [];
    const category = (s: unknown) => states.find((x) => x.name === s)?.category;
    const from = category(oldState);
    const to = category(item.fields["System.State"]);
    item.fields["Microsoft.VSTS.Common.StateChangeDate"] = item.fields["System.ChangedDate"];
    if (to === "Completed" && from !== "Completed" && from !== "Removed")
      item.fields["Microsoft.VSTS.Common.ClosedDate"] = item.fields["System.ChangedDate"];
    else if (to !== "Completed" && to !== "Removed") delete item.fields["Microsoft.VSTS.Common.ClosedDate"];
  }

  /** Adds a work item directly, as the seed would. */
  public add(type: string, fields: Record<string, unknown>): WorkItem {
    const id = this.nextId++;
    const at = this.tick();
    const item: WorkItem = {
      id,
      rev: 1,
      fields: {
        "System.WorkItemType": type,
        "System.State": this.states[type][0].name,
        "System.AreaPath": "Client Services",
        "System.IterationPath": "Client Services\\Sprint 1",
        "System.CreatedBy": ref(this.actor),
        "System.CreatedDate": at,
        "System.ChangedBy": ref(this.actor),
        "System.ChangedDate": at,
        ...fields,
      },
      relations: [],
    };
    this.items.set(id, item);
    for (const t of String(fields["System.Tags"] ?? "").split(";"))
      if (t.trim()) this.definedTags.add(t.trim().toLowerCase());
    this.record(item, { "System.State": { newValue: item.fields["System.State"] } });
    return item;
  }

  public addRequest(details: RequestDetails, fields: Record<string, unknown> = {}): WorkItem {
    const r = renderRequestFields(details);
    return this.add("User Request", {
      "System.Title": r.title,
      "System.Description": r.descriptionHtml,
      "System.Tags": r.tags.join("; "),
      "System.AssignedTo": ref(HOLLY),
      ...fields,
    });
  }

  public async get(id: number): Promise<WorkItem> {
    this.fail("get");
    const item = this.items.get(id);
    if (!item) throw new RestError(404, `TF401232: Work item ${id} does not exist.`);
    return this.clone(item);
  }
  public async getMany(ids: number[]): Promise<WorkItem[]> {
    this.fail("getMany");
    return ids
      .map((id) => this.items.get(id))
      .filter((w): w is WorkItem => !!w)
      .map((w) => this.clone(w));
  }
  public async create(type: string, doc: JsonPatchOp[]): Promise<WorkItem> {
    this.fail("create");
    // A refused tag refuses the whole create: checked before the item exists.
    const tagsOp = doc.find((op) => op.path === "/fields/System.Tags");
    if (tagsOp) this.defineTags(String(tagsOp.value));
    const item = this.add(type, {});
    this.apply(item, doc);
    this.lose("create");
    return this.clone(item);
  }
  /** All or nothing, as the service's `$batch`: the other item's `test /rev` guards the create. */
  public async createWithUpdate(
    type: string,
    doc: JsonPatchOp[],
    other: { id: number; document: JsonPatchOp[] },
  ): Promise<WorkItem> {
    this.fail("createWithUpdate");
    const parent = this.items.get(other.id);
    if (!parent) throw new RestError(404, `TF401232: Work item ${other.id} does not exist.`);
    const [test, link, ...rest] = other.document;
    if (test?.op !== "test" || link?.path !== "/relations/-" || rest.length)
      return notImplemented(
        `a batch update other than test /rev + one link: ${JSON.stringify(other.document)}`,
      );
    if (!/\/workItems\/-1$/.test((link.value as { url: string }).url))
      return notImplemented("a link to something other than the new item");
    if (test.value !== parent.rev)
      throw new RestError(
        412,
        "VS403351: Test Operation for path /rev failed",
        "TestPatchOperationFailedException",
      );
    const item = this.add(type, {});
    this.apply(item, [
      ...doc,
      {
        op: "add",
        path: "/relations/-",
        value: { rel: "System.LinkTypes.Hierarchy-Reverse", url: `${ORG}_apis/wit/workItems/${other.id}` },
      },
    ]);
    this.lose("createWithUpdate");
    return this.clone(item);
  }
  public async update(id: number, doc: JsonPatchOp[]): Promise<WorkItem> {
    this.fail("update");
    const item = this.items.get(id);
    if (!item) throw new RestError(404, "not found");
    const draft = this.clone(item);
    const changed = this.apply(draft, doc);
    draft.rev += 1;
    draft.fields["System.ChangedBy"] = ref(this.actor);
    draft.fields["System.ChangedDate"] = this.tick();
    if (changed["System.State"]) this.stampStateDates(draft, changed["System.State"].oldValue);
    changed["System.ChangedDate"] = { newValue: draft.fields["System.ChangedDate"] };
    this.items.set(id, draft);
    this.record(draft, changed);
    this.lose("update");
    return this.clone(draft);
  }
  public async updates(id: number): Promise<WorkItemUpdate[]> {
    this.fail("updates");
    return JSON.parse(JSON.stringify(this.history.get(id) ?? []));
  }
  public async types(): Promise<string[]> {
    this.fail("types");
    return Object.keys(this.states);
  }
  public async typeStates(type: string): Promise<WorkItemState[]> {
    this.fail("typeStates");
    return this.states[type] ?? notImplemented(`states of ${type}`);
  }
  public async tagNames(): Promise<string[]> {
    this.fail("tagNames");
    return [...this.definedTags];
  }
  public queryIds(): Promise<number[]> {
    return notImplemented("queryIds");
  }
  public async sendMail(message: MailMessage): Promise<void> {
    this.fail("sendMail");
    this.outbox.push(message);
    this.lose("sendMail");
  }
  /** Calls that changed something (or tried to). */
  public writes(): string[] {
    return this.calls.filter(
      (c) => c === "create" || c === "createWithUpdate" || c === "update" || c === "sendMail",
    );
  }
}

/** Extension data documents with etags, as the extension data service keeps them. */
export class FakeDocuments<T> implements DocumentStore<T> {
  public docs = new Map<string, StoredDocument<T>>();
  public constructor(private readonly what: string) {}
  public async read(id: string) {
    return this.docs.get(id) ?? { value: undefined, etag: undefined };
  }
  public async write(id: string, value: T, etag: number | undefined) {
    const current = this.docs.get(id);
    if (current?.etag !== etag) throw new DocumentConflictError(this.what);
    const saved = { value, etag: (etag ?? 0) + 1 };
    this.docs.set(id, saved);
    return saved;
  }
}

/** Task drafts, one document per task. */
export class FakeDrafts extends FakeDocuments<TaskDraft> implements TaskDraftStore {
  public constructor() {
    super("The account changes of this task");
  }
}

export interface FakeDesk {
  services: DeskServices;
  workItems: FakeWorkItems;
  drafts: FakeDrafts;
  posts: { url: string; text: string }[];
  settings: Settings;
  channelFails: boolean;
  /** Who holds "Edit project-level information": what the permission check answers. */
  projectAdmins: Identity[];
}

/**
 * A desk on a configured project: Holly is coordinator (and also on the staff list, so the staff picker
 * offers her first, as the panels did before roles), Remi is staff, Holly is the project administrator.
 */
export function fakeDesk(
  options: {
    settings?: Partial<Settings>;
    user?: Identity;
    members?: Identity[];
    projectAdmins?: Identity[];
  } = {},
): FakeDesk {
  const workItems = new FakeWorkItems();
  const loaded = async (): Promise<LoadedSettings> => ({
    settings: desk.settings,
    revision: desk.settings.revision,
    isDefault: false,
    problems: [],
  });
  const drafts = new FakeDrafts();
  const settings: Settings = {
    ...defaultSettings({ workItemTypes: ["User Request", "Task"] }),
    coordinator: ref(HOLLY),
    staff: [ref(HOLLY), ref(REMI)],
    revision: 1,
    ...options.settings,
  };
  const members = options.members ?? PEOPLE;
  const identities: IdentityResolver = {
    byEmail: async (email) => members.find((m) => m.uniqueName.toLowerCase() === email.toLowerCase()),
    // As the host's identity service: members whose name or address contains the text.
    search: async (text) => {
      const t = text.trim().toLowerCase();
      return members.filter((m) => `${m.displayName} ${m.uniqueName}`.toLowerCase().includes(t));
    },
  };
  const store: SettingsStore = {
    load: loaded,
    save: () => notImplemented("settings save"),
    loadLegacy: () => notImplemented("reading the 0.1.0 settings"),
  };
  const user = options.user ?? HOLLY;
  const desk: FakeDesk = {
    workItems,
    drafts,
    posts: [],
    settings,
    channelFails: false,
    projectAdmins: options.projectAdmins ?? [HOLLY],
    services: {
      workItems,
      identities,
      settings: store,
      permissions: {
        isProjectAdmin: async () => desk.projectAdmins.some((p) => p.id === desk.services.user.id),
        maySaveSettings: async () => desk.projectAdmins.some((p) => p.id === desk.services.user.id),
        mayCreateTags: async () => desk.workItems.mayCreateTags(desk.services.user),
      },
      drafts,
      staffChannel: {
        post: async (url, text) => {
          if (desk.channelFails) throw new Error("Failed to fetch");
          desk.posts.push({ url, text });
        },
      } satisfies StaffChannel,
      user: { id: user.id, displayName: user.displayName, uniqueName: user.uniqueName },
      workItemUrl: (id) => `${ORG}Client%20Services/_workitems/edit/${id}`,
      workItemApiUrl: (id) => `${ORG}_apis/wit/workItems/${id}`,
      now: () => new Date("2026-11-23T10:00:00Z"),
    },
  };
  workItems.actor = user;
  return desk;
}

/** From now on the desk acts as `person`: the one who changes work items and the signed-in user. */
export function actAs(desk: FakeDesk, person: Identity): void {
  desk.workItems.actor = person;
  desk.services.user = { id: person.id, displayName: person.displayName, uniqueName: person.uniqueName };
}

/** A User 102 request, acknowledged and given Remi's staff task through the real actions. */
export async function requestWithStaffTask(desk: FakeDesk): Promise<{ request: WorkItem; task: WorkItem }> {
  const request = desk.workItems.addRequest(USER_102);
  await acknowledge(desk.services, await loadRequestView(desk.services, request.id));
  await createStaffTask(desk.services, await loadRequestView(desk.services, request.id), REMI);
  return { request, task: [...desk.workItems.items.values()].at(-1)! };
}

export const USER_102: RequestDetails = {
  type: "reassign",
  service: "Customer portal",
  client: { name: "Dana Whitfield", email: "dana@contoso-dental.example" },
  notes: "Maria leaves on Friday; Alex starts Monday.",
  accounts: [
    {
      account: "User 102",
      departingEmployee: "Maria Gomez",
      oldLoginEmail: "maria.gomez@contoso-dental.example",
      newEmployeeName: "Alex Chen",
      newLoginEmail: "alex.chen@contoso-dental.example",
      changes: { loginEmail: true, credentialReset: true, voicemailEmail: true, displayName: true },
      keepSubscription: true,
      effectiveDate: "2026-11-30",
    },
  ],
};
