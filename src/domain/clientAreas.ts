/** Where a client's requests live: the area path their e-mail maps to in the settings. */
import { normalizeAreaPath, type Settings } from "./settings";

const domainOf = (email: string): string => email.slice(email.lastIndexOf("@") + 1).toLowerCase();

/**
 * The area of the client with this e-mail: an explicit exception first, then their e-mail domain; undefined
 * when the settings map neither (the person is then not a client of any mapped organization).
 */
export function clientAreaFor(
  settings: Pick<Settings, "clientAreas" | "clientAreaExceptions">,
  email: string,
): string | undefined {
  const address = email.trim().toLowerCase();
  if (!address.includes("@")) return undefined;
  const exception = settings.clientAreaExceptions.find((e) => e.email.trim().toLowerCase() === address);
  if (exception) return normalizeAreaPath(exception.areaPath);
  const domain = domainOf(address);
  const mapped = settings.clientAreas.find((m) => m.domain.trim().toLowerCase() === domain);
  return mapped ? normalizeAreaPath(mapped.areaPath) : undefined;
}

/** Every distinct mapped area, in the order the settings list them. */
export function mappedAreas(settings: Pick<Settings, "clientAreas" | "clientAreaExceptions">): string[] {
  const all = [...settings.clientAreas, ...settings.clientAreaExceptions].map((m) =>
    normalizeAreaPath(m.areaPath),
  );
  return [...new Set(all.filter(Boolean))];
}
