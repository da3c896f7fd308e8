/**
 * The hub while a large queue arrives batch by batch: counts and progress true at every delivery and after
 * the last, a row action taken meanwhile not undone by batches read before it, and a failed batch leaving
 * what was read on screen with an actionable error.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";

import type { WorkItem } from "../../../src/ado/workItemsApi";
import { QueueHub } from "../../../src/contributions/queue-hub/QueueHub";
import { USER_102 } from "../../support/fakeDesk";
import { fakeHub, type HubWorkItems } from "./hubFakes";

/** Holds the request batch reads (those asking for the description) until released, one by one. */
function holdRequestBatches(workItems: HubWorkItems) {
  const read = workItems.getMany.bind(workItems);
  const waiting: (() => void)[] = [];
  let open = 0;
  let failNext: Error | undefined;
  workItems.getMany = async (ids: number[], fields?: string[]): Promise<WorkItem[]> => {
    if (!fields?.includes("System.Description")) return read(ids, fields);
    await new Promise<void>((resolve) => {
      if (open > 0) {
        open -= 1;
        resolve();
      } else waiting.push(resolve);
    });
    if (failNext) {
      const e = failNext;
      failNext = undefined;
      throw e;
    }
    return read(ids, fields);
  };
  return {
    /** Lets `n` more batch reads answer. */
    release(n: number) {
      for (let i = 0; i < n; i++) {
        const next = waiting.shift();
        if (next) next();
        else open += 1;
      }
    },
    failNextWith(e: Error) {
      failNext = e;
    },
  };
}

/** 450 requests through the fakes take seconds on a busy machine: a patient wait, not a speed assertion. */
const PATIENT = { timeout: 10_000 };

const tab = (name: string) => screen.getByRole("tab", { name: new RegExp(`^${name}`) });
const progress = () => screen.queryByText(/^Loaded [\d,]+ of [\d,]+ requests…$/);

describe("queue hub loading a large queue", () => {
  jest.setTimeout(30_000);

  it("shows true counts and progress after each delivery and after the last batch", async () => {
    const hub = fakeHub();
    for (let i = 0; i < 450; i++) hub.workItems.addRequest(USER_102);
    const batches = holdRequestBatches(hub.workItems);
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    batches.release(1);
    await screen.findByRole("grid", { name: "Submitted requests" }, PATIENT);
    expect(tab("Submitted")).toHaveTextContent("200");
    expect(progress()).toHaveTextContent("Loaded 200 of 450 requests…");
    batches.release(1);
    await waitFor(() => expect(tab("Submitted")).toHaveTextContent("400"), PATIENT);
    expect(progress()).toHaveTextContent("Loaded 400 of 450 requests…");
    // The last batch is shown as soon as it is read, with no progress left.
    batches.release(1);
    await waitFor(() => expect(tab("Submitted")).toHaveTextContent("450"), PATIENT);
    expect(progress()).toBeNull();
    expect(screen.getByRole("region", { name: "Turnaround" })).toHaveTextContent("450 still open");
  });

  it("keeps a row action's result while earlier-read batches keep arriving", async () => {
    const hub = fakeHub();
    for (let i = 0; i < 450; i++) hub.workItems.addRequest(USER_102);
    const newest = Math.max(...hub.workItems.items.keys());
    const batches = holdRequestBatches(hub.workItems);
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    batches.release(1);
    const grid = await screen.findByRole("grid", { name: "Submitted requests" }, PATIENT);
    const link = within(grid).getByRole("link", { name: `Open work item ${newest}` });
    fireEvent.click(
      within(link.closest("[role=row]") as HTMLElement).getByRole("button", { name: "Acknowledge" }),
    );
    await screen.findByText(/Acknowledged\. The client was told/, undefined, PATIENT);
    await waitFor(() => expect(tab("Acknowledged")).toHaveTextContent("1"), PATIENT);
    batches.release(2);
    await waitFor(() => expect(progress()).toBeNull(), PATIENT);
    expect(tab("Submitted")).toHaveTextContent("449");
    expect(tab("Acknowledged")).toHaveTextContent("1");
    expect(within(grid).queryByRole("link", { name: `Open work item ${newest}` })).toBeNull();
  });

  it("keeps the rows read when a later batch fails, with Try again", async () => {
    const hub = fakeHub();
    for (let i = 0; i < 450; i++) hub.workItems.addRequest(USER_102);
    const batches = holdRequestBatches(hub.workItems);
    render(<QueueHub services={Promise.resolve(hub.services)} />);
    batches.release(1);
    await screen.findByRole("grid", { name: "Submitted requests" }, PATIENT);
    batches.failNextWith(new Error("Failed to fetch"));
    batches.release(2);
    await screen.findByText(/Could not load the requests: Failed to fetch/, undefined, PATIENT);
    expect(tab("Submitted")).toHaveTextContent("200");
    expect(screen.getByRole("grid", { name: "Submitted requests" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
