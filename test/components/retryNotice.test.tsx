import { act, render, screen } from "@testing-library/react";
import * as React from "react";

import { reportRetry } from "../../src/ado/retryProgress";
import { RetryNotice } from "../../src/components/RetryNotice";

describe("retry notice", () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    [429, 2000, "Azure DevOps is limiting requests right now. Trying again in 2 s…"],
    [503, 500, "Azure DevOps did not complete the request (HTTP 503). Trying again in 1 s…"],
    [0, 4000, "Azure DevOps did not answer. Trying again in 4 s…"],
  ])("shows why and how long while the transport waits (%p)", (status, waitMs, text) => {
    jest.useFakeTimers();
    render(<RetryNotice />);
    expect(screen.queryByRole("status")).toBeNull();
    act(() => reportRetry({ attempt: 1, waitMs, reason: "x", status }));
    expect(screen.getByRole("status")).toHaveTextContent(text);
    act(() => {
      jest.advanceTimersByTime(waitMs);
    });
    expect(screen.queryByRole("status")).toBeNull();
  });
});
