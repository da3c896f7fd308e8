/**
 * `npm start`: builds the extension when needed (no dist/web, or anything under src/ newer than it),
 * always rewrites the merged manifest, then serves the emulator on PORT (default 3000) until stopped.
 */
import { profileNamed } from "./api/profile";
import { ensureBuilt } from "./build";
import { startEmulator } from "./server";

async function main(): Promise<void> {
  // EMULATOR_PROFILE=server2022: Azure DevOps Server 2022 (collection URLs, REST up to 7.0). Checked
  // before building, so a misspelt profile fails at once.
  const profile = profileNamed(process.env.EMULATOR_PROFILE).name;
  ensureBuilt();

  const port = Number(process.env.PORT ?? 3000);
  const emulator = await startEmulator({ port, profile });
  console.log(`User Management Desk emulator: ${emulator.url}/`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
