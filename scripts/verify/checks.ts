/**
 * The platform assumptions the extension rests on, checked on a real host with scratch work items of its
 * own: it never reads or changes an existing work item beyond listing the process's types. Each check
 * answers held, failed or could not be checked, with its evidence. It uses the extension's own REST code
 * (src/ado: the transport, workItemsApi and its `$batch`, the JSON Patch documents of src/domain), so a
 * check passes only when the calls the panels make work on that host.
 */
import { type ApiVersions, apiVersionsFor } from "../../src/ado/apiVersions";
import { createProjectProperty, SETTINGS_PROPERTY } from "../../src/ado/projectProperties";
import { isConflict, PartlySavedError, RestError } from "../../src/ado/restErrors";
import { NEW_ITEM_ID } from "../../src/ado/workItemBatch";
import { createWorkItemsApi, type WorkItem } from "../../src/ado/workItemsApi";
import { mentionHtml } from "../../src/domain/mentions";
import {
  acknowledgePatch,
  CHILD_LINK,
  childLinkPatch,
  closePatch,
  completeTaskPatch,
  createTaskDocument,
  type JsonPatchOp,
} from "../../src/domain/patches";
import { defaultSettings } from "../../src/domain/settings";
import { type ActionStates, resolveActionStates } from "../../src/domain/states";
import { connect, type Host } from "./host";

export type Status = "held" | "failed" | "could not be checked";

export interface Row {
  assumption: string;
  status: Status;
  evidence: string;
}

export interface VerifyOptions {
  /** Organization (https://dev.azure.com/org) or collection (https://host/tfs/DefaultCollection) URL. */
  url: string;
  project: string;
  token: string;
  /** A client's (Stakeholder's) token, and the area their requests go to. */
  client?: { token: string; areaPath?: string };
  extension: { publisher: string; id: string };
  fetchImpl?: typeof fetch;
}

export interface VerifyResult {
  rows: Row[];
  /** What it made and could not remove, one line each. */
  left: string[];
  /** What it made and removed or closed. */
  tidied: string[];
}

const WORK_ITEMS_LOCATION = "72c7ddf8-2cdc-4f60-90cd-ab71c14a399b";
const COMMENTS_LOCATION = "608aac0a-32e1-4493-a863-b9cf4566d257";
const EXTENSION_MANAGEMENT_AREA = "6c2b0933-3600-42ae-bf8b-93d4f7e83594";
const TAG = "umd-verify";

interface Made {
  id: number;
  what: string;
  /** How it was left by the checks, e.g. "closed (Closed)". */
  done?: string;
  /** Whose token tidies it. */
  host: Host;
}

interface Me {
  id: string;
  displayName: string;
  email: string;
  hosted: boolean;
}

const field = (name: string, value: unknown): JsonPatchOp => ({ op: "add", path: `/fields/${name}`, value });

function explain(e: unknown): string {
  if (e instanceof PartlySavedError) return `partly saved: ${e.message}`;
  if (e instanceof RestError) return `HTTP ${e.status}${e.typeKey ? ` ${e.typeKey}` : ""}: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

/** "7.0-preview.3" → [7.0, 3]; a released version has no preview number. */
function versionParts(v: string): [number, number | undefined] {
  const m = /^(\d+)\.(\d+)(?:-preview(?:\.(\d+))?)?$/.exec(v) ?? ["", "0", "0"];
  return [Number(m[1]) + Number(m[2]) / 10, m[3] === undefined ? undefined : Number(m[3])];
}

export async function verify(options: VerifyOptions): Promise<VerifyResult> {
  const rows: Row[] = [];
  const made: Made[] = [];
  const host = connect(options.url, options.token, options.fetchImpl);
  const runId = `${TAG}-${Date.now().toString(36)}`;

  const add = (assumption: string, status: Status, evidence: string) =>
    rows.push({ assumption, status, evidence: evidence.split(options.token).join("***") });
  async function check<T>(
    assumption: string,
    run: () => Promise<{ evidence: string; status?: Status; value?: T }>,
  ): Promise<T | undefined> {
    try {
      const r = await run();
      add(assumption, r.status ?? "held", r.evidence);
      return r.status === "failed" ? undefined : (r.value ?? (true as T));
    } catch (e) {
      add(assumption, "failed", explain(e));
      return undefined;
    }
  }
  const skip = (assumption: string, why: string) => add(assumption, "could not be checked", why);

  // 1. Who the token is, and which kind of host answers.
  const me = await check<Me>("The token signs in (connectionData)", async () => {
    const r = await host.raw("GET", "_apis/connectionData");
    if (r.status !== 200)
      return { status: "failed", evidence: `HTTP ${r.status}: ${r.json?.message ?? r.text.slice(0, 200)}` };
    const u = r.json.authenticatedUser;
    const value: Me = {
      id: u.id,
      displayName: u.providerDisplayName,
      email: u.properties?.Account?.$value ?? "",
      hosted: r.json.deploymentType !== "onPremises",
    };
    return {
      value,
      evidence: `as ${value.displayName} (${value.email || value.id}) on ${value.hosted ? "Azure DevOps Services" : "Azure DevOps Server"}`,
    };
  });
  if (!me) return { rows, left: [], tidied: [] };
  const versions = apiVersionsFor({ isHosted: me.hosted });

  // 2. The api-version ceiling, from the host's own resource-location discovery.
  await check("The host takes the api-versions the extension sends", async () => {
    const r = await host.raw("OPTIONS", "_apis/wit");
    const locations = (r.json?.value ?? []) as {
      id: string;
      maxVersion: string;
      releasedVersion: string;
      resourceVersion: number;
    }[];
    const workItems = locations.find((l) => l.id === WORK_ITEMS_LOCATION);
    const comments = locations.find((l) => l.id === COMMENTS_LOCATION);
    if (!workItems || !comments)
      return {
        status: "failed",
        evidence: `OPTIONS _apis/wit answered HTTP ${r.status} without the work items or comments locations`,
      };
    const [wit] = versionParts(versions.wit);
    const [commentsVersion, preview] = versionParts(versions.comments);
    const ok =
      wit <= versionParts(workItems.releasedVersion)[0] &&
      commentsVersion <= versionParts(comments.maxVersion)[0] &&
      (preview ?? 0) <= comments.resourceVersion;
    return {
      status: ok ? "held" : "failed",
      evidence: `work items released up to ${workItems.releasedVersion} (max ${workItems.maxVersion}), comments up to ${comments.maxVersion}-preview.${comments.resourceVersion}; the extension sends ${versions.wit} and ${versions.comments}`,
    };
  });

  const staff = createWorkItemsApi(host.transport, options.project, Date.now, versions);

  // 3. The intake and task types, and the states each action needs, by category.
  const types = await check<{ intake: string; task: string; states: ActionStates }>(
    "The intake and task types have a state for each action, by category",
    async () => {
      const names = await staff.types();
      const defaults = defaultSettings({ workItemTypes: names });
      const [intakeStates, taskStates] = await Promise.all([
        staff.typeStates(defaults.intakeType),
        staff.typeStates(defaults.taskType),
      ]);
      const list = (s: { name: string; category: string }[]) =>
        s.map((x) => `${x.name} (${x.category})`).join(", ");
      const resolved = resolveActionStates(intakeStates, taskStates);
      if (!resolved.ok)
        return { status: "failed", evidence: resolved.errors.map((e) => e.message).join(" ") };
      const s = resolved.states;
      return {
        value: { intake: defaults.intakeType, task: defaults.taskType, states: s },
        evidence: `${defaults.intakeType}: ${list(intakeStates)}; ${defaults.taskType}: ${list(taskStates)}; acknowledge → ${s.acknowledge}, close → ${s.close}, task done → ${s.taskDone}`,
      };
    },
  );

  // 4. A scratch request of our own; everything after works on it and what it makes.
  const request = !types
    ? undefined
    : await check<WorkItem>("Creates a scratch request", async () => {
        const created = await staff.create(types.intake, [
          field("System.Title", `[${runId}] scratch request made by npm run verify, safe to delete`),
          field("System.Tags", TAG),
          field(
            "System.Description",
            "<div>Made by <code>npm run verify</code>; it closes or removes it.</div>",
          ),
        ]);
        made.push({ id: created.id, what: "scratch request", host });
        return {
          value: created,
          evidence: `#${created.id} (${types.intake}) in ${String(created.fields["System.AreaPath"])}`,
        };
      });

  const needs = (what: string) => `needs ${what}, which did not work above`;
  const mention = `data-vss-mention="version:2.0,${me.id}"`;
  let current = request;

  // 5. Acknowledge as the panel does: one PATCH, test /rev, the state and a comment mentioning a person.
  if (request && types) {
    current = await check<WorkItem>(
      "Acknowledge: state and a comment with a mention in one PATCH",
      async () => {
        const updated = await staff.update(
          request.id,
          acknowledgePatch({
            rev: request.rev,
            state: types.states.acknowledge,
            commentHtml: `<div>${mentionHtml(me)} npm run verify acknowledged this scratch request.</div>`,
          }),
        );
        const comments = await host.transport.send<{ comments?: { id: number; text?: string }[] }>({
          method: "GET",
          path: `${encodeURIComponent(options.project)}/_apis/wit/workItems/${request.id}/comments`,
          apiVersion: versions.comments,
          retryable: true,
        });
        const withMention = (comments.comments ?? []).find((c) => String(c.text ?? "").includes(mention));
        if (!withMention)
          return { status: "failed", evidence: `#${request.id} saved, but no comment carries ${mention}` };
        return {
          value: updated,
          evidence: `#${request.id} is ${String(updated.fields["System.State"])}; comment ${withMention.id} mentions ${me.displayName}`,
        };
      },
    );
    skip(
      "A mention written over REST notifies the person",
      current
        ? `Azure DevOps e-mails mentions; look in ${me.email || me.displayName}'s inbox for a mention on #${request.id} (default subscription "@mentions").`
        : needs("the acknowledge"),
    );
  } else {
    skip("Acknowledge: state and a comment with a mention in one PATCH", needs("a scratch request"));
    skip("A mention written over REST notifies the person", needs("a scratch request"));
  }

  // 6. The staff task through the panel's own call: a `$batch` of the Task and the guarded Child link.
  let taskId: number | undefined;
  const taskDocument = (parent: WorkItem, title: string) =>
    createTaskDocument({
      title,
      assignedTo: me.email || me.displayName,
      areaPath: String(parent.fields["System.AreaPath"]),
      iterationPath: String(parent.fields["System.IterationPath"]),
      descriptionHtml: "<div>Made by npm run verify.</div>",
      tags: [TAG],
    });
  const childUrl = `${host.base}/_apis/wit/workItems/${NEW_ITEM_ID}`;
  const childrenOf = async (id: number) =>
    ((await staff.get(id)).relations ?? [])
      .filter((r) => r.rel === CHILD_LINK)
      .map((r) => Number(/(\d+)$/.exec(r.url)?.[1]));
  if (current && types) {
    const parent = current;
    const task = await check<WorkItem>(
      "Create staff task: one $batch makes the task and links it",
      async () => {
        const created = await staff.createWithUpdate(
          types.task,
          taskDocument(parent, `[${runId}] staff task`),
          {
            id: parent.id,
            document: childLinkPatch({ rev: parent.rev, childUrl }),
          },
        );
        made.push({ id: created.id, what: "staff task", host });
        const children = await childrenOf(parent.id);
        if (!children.includes(created.id))
          return {
            status: "failed",
            evidence: `task #${created.id} was created, but #${parent.id} has no Child link to it`,
          };
        return { value: created, evidence: `task #${created.id} under #${parent.id}, in one call` };
      },
    );
    taskId = task?.id;

    // 7. The same call from the revision before: refused, and no task made (all or nothing).
    if (task) {
      await check("A stale revision refuses the whole $batch (no second task)", async () => {
        try {
          const second = await staff.createWithUpdate(
            types.task,
            taskDocument(parent, `[${runId}] must not exist`),
            {
              id: parent.id,
              document: childLinkPatch({ rev: parent.rev, childUrl }),
            },
          );
          made.push({ id: second.id, what: "second staff task (should not exist)", host });
          return { status: "failed", evidence: `the stale batch was saved: task #${second.id} exists` };
        } catch (e) {
          if (e instanceof PartlySavedError) return { status: "failed", evidence: explain(e) };
          if (!isConflict(e) && !(e instanceof RestError && e.status === 400))
            return { status: "failed", evidence: `refused, but not as a conflict: ${explain(e)}` };
          const found = await staff.queryIds(
            `SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.Title] CONTAINS '${runId}] must not exist'`,
          );
          for (const id of found) made.push({ id, what: "second staff task (should not exist)", host });
          const children = await childrenOf(parent.id);
          if (found.length || children.length !== 1)
            return {
              status: "failed",
              evidence: `refused (${explain(e)}), yet a task was saved: #${found.join(", #")}`,
            };
          return { evidence: `refused (${explain(e)}); #${parent.id} still has one task` };
        }
      });
    } else skip("A stale revision refuses the whole $batch (no second task)", needs("the staff task"));
  } else {
    skip("Create staff task: one $batch makes the task and links it", needs("an acknowledged request"));
    skip("A stale revision refuses the whole $batch (no second task)", needs("an acknowledged request"));
  }

  // 8. The extension data query the panels make: several whole collections in one POST.
  const collectionQuery = (who: Host) => queryCollections(who, options.extension, versions, taskId);
  await check("The extension data collection query is one POST", async () => collectionQuery(host));

  // 9. Work item mail to an identity id.
  if (request) {
    await check("sendmail reaches an identity id", async () => {
      const subject = `[${runId}] test e-mail from npm run verify`;
      await staff.sendMail({
        to: [me.id],
        cc: [],
        subject,
        bodyHtml: "<div>npm run verify checks that work item mail reaches identity ids.</div>",
        workItemIds: [request.id],
      });
      return {
        evidence: `accepted for ${me.displayName}; look for "${subject}" in ${me.email || "their inbox"}`,
      };
    });
  } else skip("sendmail reaches an identity id", needs("a scratch request"));

  // 10. Close the request as the panel does.
  if (request && types) {
    await check("Close request: state and comment in one PATCH", async () => {
      const latest = await staff.get(request.id, "none");
      const closed = await staff.update(
        request.id,
        closePatch({
          rev: latest.rev,
          state: types.states.close,
          commentHtml: "<div>npm run verify closed this scratch request.</div>",
        }),
      );
      made.find((m) => m.id === request.id)!.done = `closed (${String(closed.fields["System.State"])})`;
      return { evidence: `#${request.id} is ${String(closed.fields["System.State"])}` };
    });
  } else skip("Close request: state and comment in one PATCH", needs("a scratch request"));

  if (options.client) await clientChecks(options, host, versions, types, request, made, check, skip, runId);

  // Tidy up: close what is still open, then try to delete it (the recycle bin keeps it restorable).
  const tidied: string[] = [];
  const left: string[] = [];
  for (const m of made) {
    const done = await tidy(m, types?.states, options.project, versions);
    (done.removed ? tidied : left).push(`#${m.id} ${m.what}: ${done.text}`);
  }
  return { rows, left, tidied };
}

async function queryCollections(
  who: Host,
  extension: VerifyOptions["extension"],
  versions: ApiVersions,
  taskId: number | undefined,
): Promise<{ evidence: string; status?: Status }> {
  // Services serves extension data from its own host (extmgmt.dev.azure.com); Server from the collection.
  const areas = await who.raw("GET", `_apis/ResourceAreas?api-version=${versions.wit}-preview.1`);
  const area = ((areas.json?.value ?? []) as { id: string; locationUrl: string }[]).find(
    (a) => a.id.toLowerCase() === EXTENSION_MANAGEMENT_AREA,
  );
  const root = (area?.locationUrl ?? `${who.base}/`).replace(/\/?$/, "/");
  const names = ["project-settings", `task-draft-${taskId ?? 0}`];
  const r = await who.raw(
    "POST",
    `${root}_apis/ExtensionManagement/InstalledExtensions/${extension.publisher}/${extension.id}/ExtensionDataCollectionQuery?api-version=${versions.wit}-preview.1`,
    {
      collections: names.map((collectionName) => ({
        collectionName,
        scopeType: "Default",
        scopeValue: "Current",
      })),
    },
  );
  if (r.status === 404 && /InstalledExtensionNotFound|not installed/i.test(r.text))
    return {
      status: "could not be checked",
      evidence: `${extension.publisher}.${extension.id} is not installed here: install the .vsix, then run again`,
    };
  const value = r.json?.value ?? r.json;
  if (r.status !== 200 || !Array.isArray(value))
    return { status: "failed", evidence: `HTTP ${r.status}: ${r.json?.message ?? r.text.slice(0, 200)}` };
  if (value.length !== names.length)
    return {
      status: "failed",
      evidence: `one POST answered ${value.length} collections for ${names.length} asked`,
    };
  return {
    evidence: `one POST answered ${names.length} collections (${value.map((c: { collectionName?: string; documents?: unknown[] }) => `${c.collectionName}: ${c.documents?.length ?? 0} documents`).join(", ")})`,
  };
}

type Check = <T>(
  assumption: string,
  run: () => Promise<{ evidence: string; status?: Status; value?: T }>,
) => Promise<T | undefined>;

async function clientChecks(
  options: VerifyOptions,
  staffHost: Host,
  versions: ApiVersions,
  types: { intake: string } | undefined,
  staffRequest: WorkItem | undefined,
  made: Made[],
  check: Check,
  skip: (assumption: string, why: string) => void,
  runId: string,
): Promise<void> {
  const client = connect(options.url, options.client!.token, options.fetchImpl);
  const asClient = createWorkItemsApi(client.transport, options.project, Date.now, versions);
  const area = options.client!.areaPath;
  const filed =
    types && area
      ? await check<WorkItem>("A client files a request in their own area", async () => {
          const created = await asClient.create(types.intake, [
            field("System.Title", `[${runId}] client's scratch request, safe to delete`),
            field("System.Tags", TAG),
            field("System.AreaPath", area),
          ]);
          // Tidied with the staff token: a Stakeholder may not be allowed to close or delete it.
          made.push({ id: created.id, what: "client's scratch request", host: staffHost });
          return { value: created, evidence: `#${created.id} in ${area}` };
        })
      : undefined;
  if (!area) skip("A client files a request in their own area", "give the client's area with --client-area");
  if (filed)
    await check("A client reads their own request", async () => {
      const read = await asClient.get(filed.id);
      return { evidence: `#${read.id} read, state ${String(read.fields["System.State"])}` };
    });
  else skip("A client reads their own request", "needs the client's request");
  if (staffRequest)
    await check("A client is refused a request in another area", async () => {
      try {
        await asClient.get(staffRequest.id);
        return {
          status: "failed",
          evidence: `the client read #${staffRequest.id} in ${String(staffRequest.fields["System.AreaPath"])}: give clients access to their own area only`,
        };
      } catch (e) {
        if (e instanceof RestError && [401, 403, 404].includes(e.status))
          return {
            evidence: `#${staffRequest.id} in ${String(staffRequest.fields["System.AreaPath"])} refused (${explain(e)})`,
          };
        throw e;
      }
    });
  else skip("A client is refused a request in another area", "needs the scratch request");
  // A Stakeholder client's pages (the form panel) read the desk's settings from the project property, never
  // extension data, which Stakeholders may not be given.
  await check("A client reads the desk's settings their pages read (project property)", async () => {
    const project = await client.transport.send<{ id: string }>({
      method: "GET",
      path: `_apis/projects/${encodeURIComponent(options.project)}`,
      apiVersion: versions.core,
      retryable: true,
    });
    const value = await createProjectProperty(
      client.transport,
      project.id,
      SETTINGS_PROPERTY,
      versions.properties,
    ).read();
    return {
      evidence:
        value === undefined
          ? `read ${SETTINGS_PROPERTY}: nothing saved yet on this project`
          : `read ${SETTINGS_PROPERTY} (${String(value).length} characters)`,
    };
  });
}

/** Closes what is still open, then deletes it (to the recycle bin, restorable), when the token may. */
async function tidy(
  m: Made,
  states: ActionStates | undefined,
  project: string,
  versions: ApiVersions,
): Promise<{ removed: boolean; text: string }> {
  const api = createWorkItemsApi(m.host.transport, project, Date.now, versions);
  let closed = m.done;
  try {
    if (!closed && states) {
      const item = await api.get(m.id, "none");
      const typeStates = await api.typeStates(String(item.fields["System.WorkItemType"]));
      const target = typeStates.find((s) => s.category === "Completed")?.name ?? states.close;
      if (item.fields["System.State"] !== target)
        await api.update(
          m.id,
          completeTaskPatch({
            rev: item.rev,
            state: target,
            commentHtml: "<div>npm run verify is done with this scratch item.</div>",
          }),
        );
      closed = `closed (${target})`;
    }
  } catch (e) {
    closed = `left open (${explain(e)})`;
  }
  try {
    await m.host.transport.send({
      method: "DELETE",
      path: `${encodeURIComponent(project)}/_apis/wit/workitems/${m.id}`,
      apiVersion: versions.wit,
      retryable: false,
    });
    return { removed: true, text: "deleted (in the project's recycle bin)" };
  } catch (e) {
    // Deleting needs "Delete and restore work items", which a token may lack: then it stays, closed.
    return { removed: false, text: `${closed ?? "made"}, tagged ${TAG}; not deleted (${explain(e)})` };
  }
}
