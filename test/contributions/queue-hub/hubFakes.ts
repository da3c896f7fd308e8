import { fireEvent, screen, within } from "@testing-library/react";

/**
 * Fakes for the queue hub: the shared semantic work item fake plus a small WIQL evaluator for the queries
 * the hub builds (tags CONTAINS, AssignedTo = @me, Id > n, ORDER BY Id, $top), System.Parent on batch reads,
 * a reader permission filter, the host (confirm, panel, navigation) and the comments reader. Anything a test
 * did not expect throws "Not implemented".
 */
import type { Identity } from "../../../src/ado/identities";
import type { WorkItem } from "../../../src/ado/workItemsApi";
import type {
  HubHost,
  HubServices,
  NewRequestConfig,
  NewRequestResult,
} from "../../../src/contributions/queue-hub/hubServices";
import type { Settings } from "../../../src/domain/settings";
import type { CommentSummary } from "../../../src/workflow/clientView";
import { type FakeDesk, fakeDesk, FakeWorkItems } from "../../support/fakeDesk";

const tagsOf = (item: WorkItem) =>
  String(item.fields["System.Tags"] ?? "")
    .split(";")
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);

export class HubWorkItems extends FakeWorkItems {
  public wiql: { query: string; top?: number }[] = [];
  public batches: { ids: number[]; fields?: string[] }[] = [];
  /** Who may read an item (the emulator's area permissions); everything by default. */
  public canRead: (item: WorkItem) => boolean = () => true;
  public me: Identity | undefined;

  // The shared fake declares queryIds without parameters (it never expects a query); rest parameters keep
  // this override compatible with it.
  public override async queryIds(...args: unknown[]): Promise<number[]> {
    const [wiql, top] = args as [string, number | undefined];
    this.calls.push("queryIds");
    this.wiql.push({ query: wiql, top });
    // "(tag OR created by me)": a person's own requests, whose client tag may not be there yet.
    const either = /\(\[System\.Tags\] CONTAINS '((?:[^']|'')*)' OR \[System\.CreatedBy\] = @me\)/.exec(wiql);
    const rest = either ? wiql.replace(either[0], "") : wiql;
    const contains = [...rest.matchAll(/\[System\.Tags\] CONTAINS '((?:[^']|'')*)'/g)].map((m) =>
      m[1].replace(/''/g, "'").toLowerCase(),
    );
    const eitherTag = either?.[1].replace(/''/g, "'").toLowerCase();
    const me = (this.me ?? this.actor).id;
    const after = Number(/\[System\.Id\] > (\d+)/.exec(wiql)?.[1] ?? 0);
    const mine = /\[System\.AssignedTo\] = @me/.test(wiql);
    // EVER [System.State] = 'x': any revision of the item had that state.
    const ever = /EVER \[System\.State\] = '((?:[^']|'')*)'/
      .exec(wiql)?.[1]
      .replace(/''/g, "'")
      .toLowerCase();
    // [System.State] <> 'x' (all must hold) and ([System.State] = 'x' OR …) (one must), as the hub sends them.
    const literal = (m: RegExpMatchArray) => m[1].replace(/''/g, "'").toLowerCase();
    const notStates = [...wiql.matchAll(/\[System\.State\] <> '((?:[^']|'')*)'/g)].map(literal);
    const anyStates = [...wiql.matchAll(/(?<!EVER )\[System\.State\] = '((?:[^']|'')*)'/g)].map(literal);
    const stateOk = (w: WorkItem) => {
      const state = String(w.fields["System.State"]).toLowerCase();
      return !notStates.includes(state) && (anyStates.length === 0 || anyStates.includes(state));
    };
    const wasEver = (w: WorkItem) =>
      ever === undefined ||
      String(w.fields["System.State"]).toLowerCase() === ever ||
      (this.history.get(w.id) ?? []).some(
        (u) => String(u.fields?.["System.State"]?.newValue ?? "").toLowerCase() === ever,
      );
    let ids = [...this.items.values()]
      .filter((w) => this.canRead(w))
      .filter((w) => contains.every((t) => tagsOf(w).includes(t)))
      .filter(
        (w) =>
          eitherTag === undefined ||
          tagsOf(w).includes(eitherTag) ||
          (w.fields["System.CreatedBy"] as { id?: string } | undefined)?.id === me,
      )
      .filter((w) => w.id > after)
      .filter(wasEver)
      .filter(stateOk)
      .filter((w) => !mine || (w.fields["System.AssignedTo"] as { id?: string } | undefined)?.id === me)
      .map((w) => w.id)
      .sort((a, b) => a - b);
    if (/ORDER BY \[System\.Id\] DESC/.test(wiql)) ids = ids.reverse();
    return top === undefined ? ids : ids.slice(0, top);
  }

  public override async getMany(ids: number[], fields?: string[]): Promise<WorkItem[]> {
    this.batches.push({ ids, fields });
    if (ids.length > 200) throw new Error(`A batch of ${ids.length} ids exceeds 200.`);
    const items = (await super.getMany(ids)).filter((w) => this.canRead(w));
    return items.map((w) => {
      const parent = (w.relations ?? []).find((r) => r.rel === "System.LinkTypes.Hierarchy-Reverse");
      const withParent = parent
        ? { ...w, fields: { ...w.fields, "System.Parent": Number(/(\d+)$/.exec(parent.url)![1]) } }
        : w;
      if (!fields) return withParent;
      const picked: Record<string, unknown> = {};
      for (const f of fields) if (f in withParent.fields) picked[f] = withParent.fields[f];
      return { id: w.id, rev: w.rev, fields: picked };
    });
  }

  /** Marks a task's parent as readable through System.Parent on gets too. */
  public override async get(id: number): Promise<WorkItem> {
    const item = await super.get(id);
    if (!this.canRead(item)) throw new Error(`Not implemented: reading #${id}, which the reader cannot see`);
    return item;
  }
}

export interface FakeHub {
  desk: FakeDesk;
  workItems: HubWorkItems;
  services: HubServices;
  confirms: { title: string; message: string; action: string }[];
  confirmAnswer: boolean;
  params: Record<string, string>;
  opened: number[];
  panels: NewRequestConfig[];
  /** What the next New request panel closes with. */
  panelResult: () => Promise<NewRequestResult | undefined>;
  comments: Map<number, CommentSummary[]>;
}

export function fakeHub(
  options: {
    settings?: Partial<Settings>;
    user?: Identity;
    members?: Identity[];
    params?: Record<string, string>;
  } = {},
): FakeHub {
  const desk = fakeDesk(options);
  const workItems = new HubWorkItems();
  workItems.actor = desk.workItems.actor;
  desk.workItems = workItems;
  desk.services.workItems = workItems;
  const fake: FakeHub = {
    desk,
    workItems,
    confirms: [],
    confirmAnswer: true,
    params: { ...(options.params ?? {}) },
    opened: [],
    panels: [],
    panelResult: async () => {
      throw new Error("Not implemented: the New request panel");
    },
    comments: new Map(),
    services: undefined as unknown as HubServices,
  };
  const host: HubHost = {
    confirm: async (title, message, action) => {
      fake.confirms.push({ title, message, action });
      return fake.confirmAnswer;
    },
    openNewRequest: async (config) => {
      fake.panels.push(config);
      return fake.panelResult();
    },
    openWorkItem: (id) => void fake.opened.push(id),
    getQueryParams: async () => ({ ...fake.params }),
    setQueryParams: (params) => {
      for (const [k, v] of Object.entries(params)) {
        if (v) fake.params[k] = v;
        else delete fake.params[k];
      }
    },
  };
  fake.services = {
    desk: desk.services,
    host,
    comments: {
      newest: async (id, top) => {
        const list = fake.comments.get(id);
        if (!list) throw new Error(`Not implemented: comments of #${id}`);
        return list.slice(0, top);
      },
    },
  };
  return fake;
}

/**
 * A row's action by its name, as a person finds it: the row's button, or else the item of its "More actions"
 * menu (opened here). Either way the accessible name is the action's.
 */
export async function rowAction(row: HTMLElement, name: string): Promise<HTMLElement> {
  const button = within(row).queryByRole("button", { name });
  if (button) return button;
  fireEvent.click(within(row).getByRole("button", { name: "More actions" }));
  return screen.findByRole("menuitem", { name });
}
