/**
 * Writing a project's trusted settings as an administrator would save them: the project property
 * `UserManagementDesk.Settings` (Core REST "Set Project Properties", JSON Patch add), which the emulator
 * accepts only from someone with Edit project-level information and Manage project properties.
 */
import type { E2eSession } from "./harness";

export async function writeSettingsProperty(
  e2e: E2eSession,
  projectName: string,
  settings: Record<string, unknown>,
  user = "holly",
): Promise<void> {
  const headers = {
    Accept: "application/json;api-version=7.1",
    Authorization: `Bearer ${e2e.emulator.api.tokenFor(user)}`,
  };
  const projects = (await (
    await fetch(`${e2e.emulator.url}/fabrikam/_apis/projects`, { headers })
  ).json()) as {
    value: { id: string; name: string }[];
  };
  const project = projects.value.find((p) => p.name === projectName);
  if (!project) throw new Error(`No project ${projectName}.`);
  const res = await fetch(
    `${e2e.emulator.url}/fabrikam/_apis/projects/${project.id}/properties?api-version=7.1-preview.1`,
    {
      method: "PATCH",
      headers: { ...headers, "Content-Type": "application/json-patch+json" },
      body: JSON.stringify([
        {
          op: "add",
          path: "/UserManagementDesk.Settings",
          value: JSON.stringify({ schemaVersion: 2, ...settings }),
        },
      ]),
    },
  );
  if (!res.ok) throw new Error(`PATCH properties of ${projectName}: HTTP ${res.status} ${await res.text()}`);
}
