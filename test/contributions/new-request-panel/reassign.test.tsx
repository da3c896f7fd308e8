/**
 * The Reassign user intake in the New request panel, rule by rule as a customer administrator meets it:
 * a past effective date needs a tick, the new login e-mail must differ from the current one and may not be
 * used twice in the request, and several users go in one request.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";

import type { LoadedSettings } from "../../../src/ado/settingsStore";
import { NewRequestForm } from "../../../src/contributions/new-request-panel/NewRequestForm";
import { parseRequestDescription } from "../../../src/domain/requestFormat";
import { choose } from "../../support/choose";
import { DANA, HOLLY, REMI } from "../../support/fakeDesk";
import { fakeHub } from "../queue-hub/hubFakes";

/** "Now" in the fake desk is 2026-11-23T10:00Z. */
async function setup(now?: Date) {
  const hub = fakeHub({
    user: DANA,
    settings: { coordinator: HOLLY, staff: [REMI], services: ["Hosted phone system"] },
  });
  if (now) hub.desk.services.now = () => now;
  const loaded: LoadedSettings = { settings: hub.desk.settings, revision: 1, isDefault: false, problems: [] };
  const submitted: number[] = [];
  render(
    <NewRequestForm
      services={hub.desk.services}
      settings={loaded}
      asClient
      confirm={async () => true}
      onSubmitted={(r) => submitted.push(r.id)}
      onCancel={() => undefined}
    />,
  );
  await choose(screen.getByRole("button", { name: "Request type" }), "Reassign user");
  await choose(screen.getByRole("button", { name: "Service" }), "Hosted phone system");
  return { hub, submitted };
}

const type = (scope: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

function fillUser(n: number, values: Partial<Record<string, string>> = {}) {
  const user = screen.getByRole("group", { name: `User ${n}` });
  const v = {
    "User or extension": "User 102",
    "Departing employee": "Maria Gomez",
    "Current login e-mail": "maria.gomez@contoso-dental.example",
    "New employee": "Alex Chen",
    "New login e-mail": "alex.chen@contoso-dental.example",
    "Effective date": "2026-12-01",
    ...values,
  };
  for (const [label, value] of Object.entries(v)) type(user, label, value!);
  return user;
}

/** The message shown beside a field (aria-describedby), or undefined when the field is valid. */
function messageOf(field: HTMLElement): string | undefined {
  if (field.getAttribute("aria-invalid") !== "true") return undefined;
  return document.getElementById(field.getAttribute("aria-describedby")!)?.textContent ?? "";
}

const submit = () => fireEvent.click(screen.getByRole("button", { name: "Submit request" }));

describe("Reassign user intake", () => {
  it("asks to confirm an effective date in the past, and submits once it is confirmed", async () => {
    const { hub, submitted } = await setup();
    const user = fillUser(1, { "Effective date": "2026-11-20" });
    const date = within(user).getByLabelText("Effective date");
    expect(messageOf(date)).toBe(
      "The effective date 2026-11-20 is in the past; confirm the past date or correct it.",
    );
    submit();
    expect(screen.getByText("Fix the field marked above.")).toHaveAttribute("role", "alert");
    expect(hub.workItems.writes()).toEqual([]);
    fireEvent.click(screen.getByLabelText("The effective date is in the past on purpose"));
    expect(messageOf(date)).toBeUndefined();
    submit();
    await waitFor(() => expect(submitted).toHaveLength(1));
    const created = hub.workItems.items.get(submitted[0])!;
    const parsed = parseRequestDescription(String(created.fields["System.Description"]), []);
    expect(parsed.ok && parsed.details.type === "reassign" && parsed.details.accounts[0].effectiveDate).toBe(
      "2026-11-20",
    );
  });

  it("takes the confirmation by keyboard: Space on the checkbox ticks it", async () => {
    const { submitted } = await setup();
    const user = fillUser(1, { "Effective date": "2026-11-20" });
    const confirm = screen.getByRole("checkbox", { name: "The effective date is in the past on purpose" });
    expect(confirm).not.toBeChecked();
    confirm.focus();
    fireEvent.keyDown(confirm, { key: " ", code: "Space", keyCode: 32, which: 32 });
    expect(confirm).toBeChecked();
    expect(messageOf(within(user).getByLabelText("Effective date"))).toBeUndefined();
    submit();
    await waitFor(() => expect(submitted).toHaveLength(1));
  });

  it("shows and reads the effective date one way, yyyy-mm-dd, and says so for another order", async () => {
    await setup();
    const user = fillUser(1, { "Effective date": "12/01/2026" });
    const date = within(user).getByLabelText("Effective date");
    expect(date).toHaveAttribute("placeholder", "yyyy-mm-dd");
    // A date has the format's length: no counter, and nothing longer fits.
    expect(date).toHaveAttribute("maxlength", "10");
    expect(messageOf(date)).toBe("Enter the effective date as yyyy-mm-dd.");
  });

  it("takes today and later without asking", async () => {
    await setup();
    const user = fillUser(1, { "Effective date": "2026-11-23" });
    expect(messageOf(within(user).getByLabelText("Effective date"))).toBeUndefined();
    expect(screen.queryByLabelText("The effective date is in the past on purpose")).toBeNull();
  });

  it("counts today as the person's own calendar day, not the UTC one", async () => {
    // 02:00 UTC on the 24th, which is still the evening of the 23rd for someone in New York (the local
    // calendar getters say so; the test machine runs in UTC).
    class NewYorkEvening extends Date {
      public override getFullYear() {
        return 2026;
      }
      public override getMonth() {
        return 10;
      }
      public override getDate() {
        return 23;
      }
    }
    await setup(new NewYorkEvening("2026-11-24T02:00:00Z"));
    const user = fillUser(1, { "Effective date": "2026-11-23" });
    expect(messageOf(within(user).getByLabelText("Effective date"))).toBeUndefined();
    type(user, "Effective date", "2026-11-22");
    expect(messageOf(within(user).getByLabelText("Effective date"))).toMatch(/is in the past/);
  });

  it("refuses a new login e-mail equal to the current one, whatever its case", async () => {
    await setup();
    const user = fillUser(1, { "New login e-mail": "Maria.Gomez@Contoso-Dental.example" });
    expect(messageOf(within(user).getByLabelText("New login e-mail"))).toBe(
      "The new login e-mail must differ from the current one.",
    );
  });

  it("asks for a valid new login e-mail", async () => {
    await setup();
    const user = fillUser(1, { "New login e-mail": "alex.chen at contoso" });
    expect(messageOf(within(user).getByLabelText("New login e-mail"))).toBe(
      '"alex.chen at contoso" is not a valid e-mail address; enter the new employee\'s login e-mail like name@example.com.',
    );
  });

  it("needs at least one thing that must change", async () => {
    await setup();
    const user = fillUser(1);
    for (const label of [
      "Change portal login e-mail",
      "Reset credentials",
      "Change voicemail e-mail",
      "Change display name",
    ]) {
      const box = within(user).getByRole("checkbox", { name: label });
      if (box.getAttribute("aria-checked") === "true") fireEvent.click(box);
    }
    const changes = within(user).getByRole("group", { name: "What must change" });
    expect(messageOf(changes)).toBe("Tick at least one thing that must change.");
  });

  it("hands several users over in one request, each new login e-mail used once", async () => {
    const { hub, submitted } = await setup();
    fillUser(1);
    fireEvent.click(screen.getByRole("button", { name: "Add user" }));
    const second = fillUser(2, {
      "User or extension": "User 103",
      "Departing employee": "Lee Park",
      "Current login e-mail": "lee.park@contoso-dental.example",
      "New employee": "Sam Ito",
      "New login e-mail": "ALEX.CHEN@contoso-dental.example",
    });
    expect(messageOf(within(second).getByLabelText("New login e-mail"))).toBe(
      "The new login e-mail ALEX.CHEN@contoso-dental.example is already used by user 1 of this request.",
    );
    submit();
    expect(hub.workItems.writes()).toEqual([]);
    type(second, "New login e-mail", "sam.ito@contoso-dental.example");
    expect(messageOf(within(second).getByLabelText("New login e-mail"))).toBeUndefined();
    submit();
    await waitFor(() => expect(submitted).toHaveLength(1));
    const created = hub.workItems.items.get(submitted[0])!;
    expect(created.fields["System.Title"]).toBe("Reassign user: User 102 and 1 more (Dana Whitfield)");
    const parsed = parseRequestDescription(String(created.fields["System.Description"]), []);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.details.type !== "reassign") return;
    expect(parsed.details.accounts.map((a) => [a.account, a.newEmployeeName, a.newLoginEmail])).toEqual([
      ["User 102", "Alex Chen", "alex.chen@contoso-dental.example"],
      ["User 103", "Sam Ito", "sam.ito@contoso-dental.example"],
    ]);
    expect(parsed.details.accounts.every((a) => a.keepSubscription)).toBe(true);
  });
});
