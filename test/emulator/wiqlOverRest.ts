/** Ids a WIQL query returns in Client Services, asked over REST as a seeded user (for tests and the bench). */
import { type RunningEmulator } from "./server";

export async function wiqlIds(
  emulator: RunningEmulator,
  query: string,
  userKey = "holly",
): Promise<number[]> {
  const res = await fetch(`${emulator.url}/fabrikam/Client%20Services/_apis/wit/wiql?api-version=7.1`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${emulator.api.tokenFor(userKey)}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ query }),
  });
  if (!res.ok) throw new Error(`The WIQL query failed: HTTP ${res.status}`);
  return ((await res.json()) as { workItems: { id: number }[] }).workItems.map((w) => w.id);
}
