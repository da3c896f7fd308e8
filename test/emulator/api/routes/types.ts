/** Work item types and their states, per project process. */
import { notFound } from "../http/errors";
import { findType, type ProjectDef, type WorkItemTypeDef } from "../model/processes";
import { type Store } from "../store/store";
import { list, ok, type Route, type RouteContext } from "./router";

function typeOr404(ctx: RouteContext): WorkItemTypeDef {
  const type = findType(ctx.project!, ctx.params.type);
  if (!type)
    throw notFound(
      "WorkItemTypeNotFoundException",
      `TF201077: Work item type '${ctx.params.type}' does not exist in project '${ctx.project!.name}'.`,
    );
  return type;
}

function renderType(store: Store, project: ProjectDef, type: WorkItemTypeDef) {
  const url = `${store.orgUrl}/${project.id}/_apis/wit/workItemTypes/${encodeURIComponent(type.name)}`;
  return {
    name: type.name,
    referenceName: type.referenceName,
    description: type.description,
    color: type.color,
    icon: {
      id: type.icon,
      url: `${store.orgUrl}/_apis/wit/workItemIcons/${type.icon}?color=${type.color}&v=2`,
    },
    isDisabled: false,
    xmlForm: `<FORM><Layout><Group><Column PercentWidth="100"><Control FieldName="System.Title" Type="FieldControl" /></Column></Group></Layout></FORM>`,
    states: type.states.map((s) => ({ ...s })),
    fieldInstances: [],
    fields: [],
    transitions: Object.fromEntries(
      ["", ...type.states.map((s) => s.name)].map((from) => [
        from,
        type.states.filter((s) => s.name !== from).map((s) => ({ to: s.name, actions: [] as string[] })),
      ]),
    ),
    _links: { self: { href: url } },
    url,
  };
}

export const typeRoutes: Route[] = [
  {
    method: "GET",
    pattern: "wit/workitemtypes",
    project: "required",
    handler: (ctx) =>
      list(
        ctx,
        ctx.project!.process.types.map((t) => renderType(ctx.store, ctx.project!, t)),
      ),
  },
  {
    method: "GET",
    pattern: "wit/workitemtypes/{type}",
    project: "required",
    handler: (ctx) => ok(renderType(ctx.store, ctx.project!, typeOr404(ctx))),
  },
  {
    method: "GET",
    pattern: "wit/workitemtypes/{type}/states",
    project: "required",
    handler: (ctx) =>
      list(
        ctx,
        typeOr404(ctx).states.map((s) => ({ name: s.name, color: s.color, category: s.category })),
      ),
  },
];
