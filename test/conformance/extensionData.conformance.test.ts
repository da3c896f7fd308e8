/**
 * The query of extension data collections (ExtensionDataCollectionQuery). The 7.1 spec defines its request
 * and answer (extensionManagement.json) but lists no path for it, so the path and method are taken from the
 * official REST client (azure-devops-extension-api, ExtensionManagementRestClient.queryCollectionsByName),
 * and the host's manager is checked to send a body the spec's query definition accepts.
 */
import * as fs from "fs";
import * as path from "path";

import { type RunningEmulator, startEmulator } from "../emulator/api/testing";
import type { PageEnv } from "../emulator/host/env";
import { createRest } from "../emulator/host/rest";
import { extensionDataService } from "../emulator/host/services/extensionData";
import { definitionValidators, expectValid } from "./specs";

// A document is whatever JSON object the extension stored; the spec names that .NET type JObject.
const spec = definitionValidators("extensionManagement/7.1/extensionManagement.json", {
  JObject: { type: "object" },
});

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.api.reset());

const valid = (definition: string, value: unknown) => expectValid(spec(definition), value);

/** What the official client sends for queryCollectionsByName: its method and route template. */
function officialRoute(): { method: string; template: string } {
  const source = fs.readFileSync(
    path.join(
      __dirname,
      "../../node_modules/azure-devops-extension-api/ExtensionManagement/ExtensionManagementClient.js",
    ),
    "utf8",
  );
  const body = source.slice(source.indexOf("queryCollectionsByName(collectionQuery"));
  const method = /method:\s*"(\w+)"/.exec(body)![1];
  const template = /routeTemplate:\s*"([^"]+)"/.exec(body)![1];
  return { method, template };
}

it("answers the official client's route with collections the spec's definition accepts", async () => {
  const { method, template } = officialRoute();
  expect(method).toBe("POST");
  const route = `/fabrikam/${template
    .replace("{publisherName}", "umdesk")
    .replace("{extensionName}", "user-management-desk")}`;
  const docs =
    "/fabrikam/_apis/ExtensionManagement/InstalledExtensions/umdesk/user-management-desk/Data/Scopes";
  await emu.call("POST", `${docs}/Default/Current/Collections/project-settings/Documents`, {
    body: { id: "p1", value: { schemaVersion: 1 } },
  });
  const query = {
    collections: [
      { collectionName: "project-settings", scopeType: "Default", scopeValue: "Current" },
      { collectionName: "task-draft-4", scopeType: "Default", scopeValue: "Current" },
    ],
  };
  valid("ExtensionDataCollectionQuery", query);
  const r = await emu.call(method, route, { body: query });
  expect(r.status).toBe(200);
  expect(r.json.count).toBe(2);
  r.json.value.forEach((c: unknown) => valid("ExtensionDataCollection", c));
  expect(r.json.value[0].documents).toEqual([{ id: "p1", value: { schemaVersion: 1 }, __etag: 1 }]);
});

it("the host's manager sends a query the spec's definition accepts", async () => {
  const token = emu.api.tokenFor("remi");
  const manager = await extensionDataService({
    rest: createRest(emu.api.context(), token),
  } as PageEnv).getExtensionDataManager("umdesk.user-management-desk", token);
  await manager.queryCollectionsByName(["project-settings", "task-draft-4"]);
  const log = (await (await fetch(`${emu.baseUrl}/_emulator/requests`)).json()) as {
    path: string;
    body: unknown;
  }[];
  const sent = log.find((r) => r.path.endsWith("/ExtensionDataCollectionQuery"))!;
  valid("ExtensionDataCollectionQuery", sent.body);
});
