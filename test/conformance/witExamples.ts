/** How a work item answer is compared with a recorded example, on Services (7.1) and Server (7.0) alike. */
import { shapeDiff, type ShapeRules } from "./shapes";
import { example } from "./specs";

export const WIT_SHAPE_RULES: ShapeRules = {
  // Field maps and relation attributes hold data; only fields present on both sides compare.
  dynamic: [/\.fields$/, /\.attributes$/, /\.transitions$/, /\.fields\.[^.[\]]+(\.[^.[\]]+)*$/],
  ignore: [
    // Pre-5.0 recordings show identity fields as "Name <email>" strings; 5.0+ returns IdentityRef objects.
    /\.fields\.[\w.]*(By|AssignedTo)(\.(newValue|oldValue))?$/,
    // 5.1-preview recordings name the comment id `commentId`; the schemas (and the emulator) call it `id`.
    /\.commentId$/,
  ],
};

/** Expects `actual` to have the shape of the example's 200 answer, leaving out `extra` paths too. */
export function expectExampleShape(file: string, actual: unknown, extra: RegExp[] = []): void {
  const recorded = example(file).responses["200"].body;
  const rules = { ...WIT_SHAPE_RULES, ignore: [...WIT_SHAPE_RULES.ignore!, ...extra] };
  expect(shapeDiff(recorded, actual, rules)).toEqual([]);
}
