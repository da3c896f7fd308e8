/** Who can read each saved client area, read after a load or a save (only administrators can read ACLs). */
import * as React from "react";

import type { AreaExposure } from "../../ado/areaSecurity";
import { describeError } from "../../ado/restErrors";
import { mappedAreas } from "../../domain/clientAreas";
import type { Settings } from "../../domain/settings";
import type { SettingsHubServices } from "./settingsServices";

export type ExposureByArea = Record<string, AreaExposure | "loading">;

export function useAreaExposure(): {
  exposure: ExposureByArea | undefined;
  checkAreas(services: SettingsHubServices, saved: Settings): void;
} {
  const [exposure, setExposure] = React.useState<ExposureByArea | undefined>();
  const checkAreas = React.useCallback((services: SettingsHubServices, saved: Settings) => {
    const areas = mappedAreas(saved);
    if (areas.length === 0) return setExposure(undefined);
    setExposure(Object.fromEntries(areas.map((a) => [a, "loading" as const])));
    services.areaSecurity
      .exposure(areas, saved)
      .then(setExposure, (e: unknown) =>
        setExposure(
          Object.fromEntries(
            areas.map((a) => [
              a,
              { kind: "unknown" as const, reason: describeError(e, "read the area's security") },
            ]),
          ),
        ),
      );
  }, []);
  return { exposure, checkAreas };
}
