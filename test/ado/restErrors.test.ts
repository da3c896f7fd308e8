import { describeError, NetworkError, RestError } from "../../src/ado/restErrors";

describe("describeError", () => {
  it.each([
    [new RestError(401, "x"), "sign-in has expired"],
    [new RestError(403, "x"), "do not have permission"],
    [new RestError(404, "x"), "does not exist or you do not have permission"],
    [new RestError(412, "x"), "someone else changed this work item"],
    [new RestError(429, "x"), "limiting requests"],
    [new RestError(503, "x"), "HTTP 503"],
    [new RestError(400, "TF401320: Rule Error for field State."), "TF401320: Rule Error for field State."],
    [new NetworkError("could not reach Azure DevOps"), "could not reach Azure DevOps"],
  ])("explains %p in words", (error, text) => {
    const message = describeError(error, "acknowledge the request");
    expect(message).toContain("Could not acknowledge the request");
    expect(message).toContain(text);
  });

  it("never shows [object Object]", () => {
    expect(describeError({ weird: true }, "save")).not.toContain("[object Object]");
  });

  it("explains a host service's plain error object by its status, or its message", () => {
    // Errors from the extension data service cross the frame as plain objects, not RestError instances.
    expect(describeError({ status: 403, message: "TF400813" }, "save the settings")).toBe(
      'Could not save the settings: you do not have permission. Ask a project administrator for "Edit work items in this node".',
    );
    expect(describeError({ status: 500, message: "TF400898" }, "save the settings")).toContain("HTTP 500");
    expect(describeError({ message: "The host is gone" }, "save the settings")).toBe(
      "Could not save the settings: The host is gone",
    );
    expect(describeError({ message: "Failed to fetch" }, "save the settings")).toBe(
      "Could not save the settings: could not reach Azure DevOps (Failed to fetch). Check your connection and try again.",
    );
  });
});
