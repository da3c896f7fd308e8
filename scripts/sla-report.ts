/**
 * npm run sla-report -- --url https://dev.azure.com/{org} --project "{project}" [--mail]
 *
 * Lists the project's open requests whose service-level clock is at risk or overdue, computed with the
 * extension's own code; with --mail, sends the coordinator one digest through the work item sendmail API.
 * No server and no SDK: REST with a token from the environment, so a scheduled Azure Pipeline can run it
 * (azure-pipelines.sla.yml).
 *
 *   AZURE_DEVOPS_TOKEN  an OAuth/bearer token, e.g. the pipeline's $(System.AccessToken)
 *   AZURE_DEVOPS_PAT    or a personal access token (Work items: Read & write; Project and team: Read;
 *                       Extension data: Read), sent as HTTP Basic as Azure DevOps expects for PATs
 *
 * Exit codes: 0 done (whether or not anything is at risk), 1 failed, 2 wrong usage.
 */
import { parseArgs } from "node:util";

import { RestError } from "../src/ado/restErrors";
import { createRestTransport } from "../src/ado/restTransport";
import { createWorkItemsApi } from "../src/ado/workItemsApi";
import { digestMail, reportLines, requestsAtRisk } from "../src/workflow/slaReport";
import { readProject, readSettingsOverRest } from "./sla-report-settings";

export interface ReportIo {
  out(line: string): void;
  err(line: string): void;
  /** The time the clocks are computed at; the machine's clock unless a test fixes it. */
  now?(): Date;
}

const USAGE =
  'Usage: npm run sla-report -- --url https://dev.azure.com/{organization} --project "{project}" [--mail]';

function authFetch(env: NodeJS.ProcessEnv): typeof fetch | undefined {
  const bearer = env.AZURE_DEVOPS_TOKEN?.trim();
  const pat = env.AZURE_DEVOPS_PAT?.trim();
  const header = bearer
    ? `Bearer ${bearer}`
    : pat
      ? `Basic ${Buffer.from(`:${pat}`).toString("base64")}`
      : undefined;
  if (!header) return undefined;
  return (input, init) =>
    fetch(input, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), Authorization: header },
    });
}

/** What went wrong, for a person reading a pipeline log. */
function cliError(e: unknown): string {
  const what = "Could not report on the service levels";
  if (e instanceof RestError) {
    if (e.status === 401)
      return `${what}: Azure DevOps refused the token (HTTP 401). Check AZURE_DEVOPS_TOKEN or AZURE_DEVOPS_PAT, and that it has not expired.`;
    return `${what}: HTTP ${e.status}: ${e.message}`;
  }
  return `${what}: ${e instanceof Error ? e.message : String(e)}`;
}

export async function runSlaReport(argv: string[], env: NodeJS.ProcessEnv, io: ReportIo): Promise<number> {
  let values: { url?: string; project?: string; mail?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: "string" },
        project: { type: "string" },
        mail: { type: "boolean", default: false },
      },
      strict: true,
    }));
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.url || !values.project) {
    io.err(`Give the organization URL and the project.\n${USAGE}`);
    return 2;
  }
  const fetchImpl = authFetch(env);
  if (!fetchImpl) {
    io.err("Set AZURE_DEVOPS_TOKEN (e.g. $(System.AccessToken) in a pipeline) or AZURE_DEVOPS_PAT.");
    return 2;
  }
  const orgUrl = values.url.replace(/\/+$/, "");
  const core = createRestTransport({ getBaseUrl: async () => orgUrl, getToken: async () => "", fetchImpl });
  try {
    const project = await readProject(core, values.project);
    const workItems = createWorkItemsApi(core, project.name);
    const settings = await readSettingsOverRest({
      core,
      projectId: project.id,
      workItemTypes: () => workItems.types(),
    });
    const sla = settings.settings.sla;
    if (!sla) {
      io.out(`${project.name} has no service levels: set them in Project settings > User Management Desk.`);
      return 0;
    }
    for (const p of settings.problems) io.err(`Settings: ${p}`);
    const [intakeStates, taskStates] = await Promise.all([
      workItems.typeStates(settings.settings.intakeType),
      workItems.typeStates(settings.settings.taskType),
    ]);
    const now = io.now?.() ?? new Date();
    const rows = await requestsAtRisk({ workItems, now: () => now }, { settings, intakeStates, taskStates });
    if (rows.length === 0) {
      io.out(`${project.name}: no open request is at risk or overdue.`);
      return 0;
    }
    io.out(
      `${project.name}: ${rows.length} request(s) at risk or overdue (times in ${sla.calendar.timeZone}):`,
    );
    for (const line of reportLines(rows, sla.calendar.timeZone)) io.out(`  ${line}`);
    if (!values.mail) return 0;
    const coordinator = settings.settings.coordinator;
    if (!coordinator) {
      io.err(
        "No coordinator is set in Project settings > User Management Desk: the digest has no one to go to.",
      );
      return 1;
    }
    await workItems.sendMail(
      digestMail({
        rows,
        coordinatorId: coordinator.id,
        project: project.name,
        now,
        timeZone: sla.calendar.timeZone,
        workItemUrl: (id) => `${orgUrl}/${encodeURIComponent(project.name)}/_workitems/edit/${id}`,
      }),
    );
    io.out(`Digest sent to ${coordinator.displayName}.`);
    return 0;
  } catch (e) {
    io.err(cliError(e));
    return 1;
  }
}

// Run as a command (tsx scripts/sla-report.ts …), not when a test imports it.
if (process.argv[1] && /sla-report\.ts$/.test(process.argv[1]))
  void runSlaReport(process.argv.slice(2), process.env, {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
  }).then((code) => process.exit(code));
