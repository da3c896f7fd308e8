import * as React from "react";

import { Loading } from "../../components/Loading";
import { mountContribution } from "../../components/mountContribution";

void mountContribution(() => <Loading label="Loading…" />);
