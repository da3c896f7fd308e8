/**
 * `npm run verify -- --url <organization or collection URL> --project <name>` checks, on a real Azure
 * DevOps organization or Server collection, the platform assumptions the extension rests on, and prints a
 * table of what held. The personal access token comes from AZURE_DEVOPS_PAT (never an argument, never
 * printed or stored); `--client-pat-env NAME` names a second variable with a client's (Stakeholder's)
 * token, and `--client-area PATH` the area their requests go to. Exit code 0 when nothing failed, 1 when
 * an assumption failed, 2 when it could not run.
 */
import * as fs from "fs";
import * as path from "path";

import { verify } from "./checks";
import { formatReport } from "./report";

const USAGE = `Usage: npm run verify -- --url <organization or collection URL> --project <name>
         [--client-pat-env NAME --client-area "Project\\\\Area\\\\Client"] [--extension publisher.id]
The token is read from AZURE_DEVOPS_PAT (scopes: Work Items read & write, Extension data read & write).`;

function parseArgs(argv: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`Unexpected argument "${argv[i]}".`);
    args[m[1]] = m[2] ?? argv[++i] ?? "";
  }
  return args;
}

function manifestExtension(): { publisher: string; id: string } {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(__dirname, "../../vss-extension.json"), "utf8").replace(/^\uFEFF/, ""),
  ) as { publisher: string; id: string };
  return { publisher: manifest.publisher, id: manifest.id };
}

async function main(): Promise<number> {
  let args: Record<string, string>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const token = process.env.AZURE_DEVOPS_PAT ?? "";
  if (!args.url || !args.project || !token) {
    console.error(`${!token ? "AZURE_DEVOPS_PAT is not set.\n" : ""}${USAGE}`);
    return 2;
  }
  const clientVar = args["client-pat-env"];
  const clientToken = clientVar ? (process.env[clientVar] ?? "") : undefined;
  if (clientVar && !clientToken) {
    console.error(`--client-pat-env names ${clientVar}, which is not set.`);
    return 2;
  }
  const [publisher, ...id] = (args.extension ?? "").split(".");
  const extension = args.extension ? { publisher, id: id.join(".") } : manifestExtension();
  const result = await verify({
    url: args.url,
    project: args.project,
    token,
    client: clientToken ? { token: clientToken, areaPath: args["client-area"] } : undefined,
    extension,
  });
  console.log(formatReport(result, `${args.url.replace(/\/+$/, "")}, project ${args.project}`));
  return result.rows.some((r) => r.status === "failed") ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`npm run verify could not run: ${e.message}`);
    process.exit(2);
  },
);
