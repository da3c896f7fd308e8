import { fromFilterState, toFilterState } from "../../../src/contributions/queue-hub/useFilterModel";
import { EMPTY_FILTER } from "../../../src/workflow/queue";

describe("the queue filter as the FilterBar's state", () => {
  it("goes there and back unchanged: keyword as text, each dropdown as its one chosen id", () => {
    const filter = {
      ...EMPTY_FILTER,
      text: "user 102",
      type: "reassign",
      client: "dana@contoso-dental.example",
    };
    expect(toFilterState(filter)).toEqual({
      text: { value: "user 102" },
      type: { value: ["reassign"] },
      client: { value: ["dana@contoso-dental.example"] },
    });
    expect(fromFilterState(toFilterState(filter))).toEqual(filter);
  });

  it("reads a cleared item (null, as the bar's clear action leaves it) as no filter", () => {
    expect(fromFilterState({ text: { value: "" }, type: null as never, service: { value: [] } })).toEqual(
      EMPTY_FILTER,
    );
  });
});
