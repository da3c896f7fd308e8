/** POST …/_apis/wit/wiql: flat queries only, 20,000 result cap, permissions applied. */
import { badRequest } from "../http/errors";
import { type FieldDef } from "../model/fields";
import { runQuery } from "../wiql/evaluator";
import { parseWiql } from "../wiql/parser";
import { ok, queryFlag, type Route } from "./router";

const MAX_RESULTS = 20_000;

export const wiqlRoutes: Route[] = [
  {
    method: "POST",
    pattern: "wit/wiql",
    project: "optional",
    team: true,
    handler(ctx) {
      const text = (ctx.body as { query?: unknown } | null)?.query;
      if (typeof text !== "string" || !text.trim())
        throw badRequest("ArgumentNullException", "Value cannot be null. Parameter name: wiql.Query");
      const query = parseWiql(text);
      let items = runQuery(query, {
        store: ctx.store,
        user: ctx.user,
        projectName: ctx.project?.name,
        timePrecision: queryFlag(ctx, "timePrecision"),
      });
      const topText = ctx.query["$top"];
      if (topText !== undefined) {
        const top = Number(topText);
        if (!Number.isInteger(top) || top < 0)
          throw badRequest("ArgumentException", `The $top value '${topText}' is not valid.`);
        items = items.slice(0, top);
      }
      if (items.length > MAX_RESULTS)
        throw badRequest(
          "WorkItemTrackingQueryResultSizeLimitExceededException",
          `VS402337: The number of work items returned exceeds the size limit of ${MAX_RESULTS}.`,
        );
      const fieldRef = (f: FieldDef) => ({
        referenceName: f.referenceName,
        name: f.name,
        url: `${ctx.store.orgUrl}/_apis/wit/fields/${f.referenceName}`,
      });
      const numbers = ctx.accept.enumsAsNumbers;
      return ok({
        queryType: numbers ? 1 : "flat",
        queryResultType: numbers ? 1 : "workItem",
        asOf: ctx.store.now(),
        columns: query.select.map(fieldRef),
        sortColumns: query.orderBy.map((o) => ({ field: fieldRef(o.field), descending: o.descending })),
        workItems: items.map((item) => ({ id: item.id, url: ctx.store.workItemUrl(item.id) })),
      });
    },
  },
];
