import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";

import {
  CONFLICT_MESSAGE,
  FIRST_RUN_HINT,
  SettingsPage,
} from "../../../src/contributions/settings-hub/SettingsPage";
import { defaultSettings, type Settings } from "../../../src/domain/settings";
import { BASIC, type FakeHub, fakeHub, HOLLY, INHERITED, PROJECT_ID, REMI, SAM } from "./fakes";

const button = (name: string) => screen.getByRole("button", { name });
// azure-devops-ui disables with aria-disabled, which assistive technology and Playwright read as disabled.
const isDisabled = (el: HTMLElement) =>
  el.getAttribute("aria-disabled") === "true" || (el as HTMLButtonElement).disabled;
const control = <T extends HTMLElement = HTMLInputElement>(label: string) =>
  screen.getByLabelText(label) as T;
const select = (label: string) => control<HTMLSelectElement>(label);
const optionTexts = (label: string) => [...select(label).options].map((o) => o.text);
const selectedText = (label: string) => select(label).selectedOptions[0]?.text;

/** The error a control is described by (aria-describedby), or undefined when it is valid. */
function errorOf(el: HTMLElement): string | undefined {
  const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id.endsWith("-error"));
  return ids.map((id) => document.getElementById(id)?.textContent).find(Boolean) ?? undefined;
}

const change = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

async function renderHub(hub: FakeHub) {
  render(<SettingsPage services={Promise.resolve(hub.services)} />);
  await screen.findByRole("button", { name: "Save" });
  await waitFor(() => expect(screen.queryByText(/Reading the states/)).toBeNull());
}

const stored = (patch: Partial<Settings> = {}): Settings => ({
  ...defaultSettings({ workItemTypes: Object.keys(INHERITED) }),
  staff: [REMI],
  defaultAssigneeId: REMI.id,
  coordinator: HOLLY,
  ...patch,
});

describe("Settings hub: first run", () => {
  it("shows working defaults for an inherited process, with the first-run hint, and can save them", async () => {
    const hub = fakeHub({ process: INHERITED });
    await renderHub(hub);

    expect(screen.getByText(FIRST_RUN_HINT)).toBeInTheDocument();
    expect(select("Intake work item type").value).toBe("User Request");
    expect(control("Request tag").value).toBe("umd-request");
    expect(select("Staff task type").value).toBe("Task");
    expect(selectedText("Acknowledge state")).toBe("(default by category: In Planning)");
    expect(selectedText("Close state")).toBe("(default by category: Closed)");
    expect(selectedText("Task done state")).toBe("(default by category: Closed)");
    expect(
      within(screen.getByRole("list", { name: "Services offered" })).getAllByRole("listitem"),
    ).toHaveLength(3);
    expect(control<HTMLTextAreaElement>("Acknowledge comment").value).toContain("{{clientMention}}");

    expect(isDisabled(button("Save"))).toBe(false);
    fireEvent.click(button("Save"));
    await screen.findByText(/Settings saved\./);
    expect(hub.documents.writes).toHaveLength(1);
    expect(hub.documents.writes[0]).toMatchObject({ id: PROJECT_ID, etag: undefined });
    expect(screen.queryByText(FIRST_RUN_HINT)).toBeNull();
  });

  it("shows working defaults for the Basic process", async () => {
    const hub = fakeHub({ process: BASIC });
    await renderHub(hub);

    expect(screen.getByText(FIRST_RUN_HINT)).toBeInTheDocument();
    expect(select("Intake work item type").value).toBe("Issue");
    expect(optionTexts("Intake work item type")).toEqual(["Issue", "Task", "Epic"]);
    expect(select("Staff task type").value).toBe("Task");
    expect(selectedText("Acknowledge state")).toBe("(default by category: Doing)");
    expect(selectedText("Close state")).toBe("(default by category: Done)");
    expect(selectedText("Task done state")).toBe("(default by category: Done)");
    expect(screen.queryByText(/Fix the/)).toBeNull();
    expect(isDisabled(button("Save"))).toBe(false);
  });

  it("shows what was repaired in an old or damaged document", async () => {
    const hub = fakeHub({ stored: { ...stored(), schemaVersion: 7, staff: [REMI, { id: 5 }] }, etag: 4 });
    await renderHub(hub);
    expect(screen.getByText(/were old or damaged/)).toBeInTheDocument();
    expect(screen.getByText("Settings of version 7 were read as version 2.")).toBeInTheDocument();
    expect(screen.getByText(/1 unreadable staff member/)).toBeInTheDocument();
    expect(screen.queryByText(FIRST_RUN_HINT)).toBeNull();
    // Saving the repaired document is the fix, so Save is on without any edit.
    expect(screen.getByRole("button", { name: "Save" })).not.toHaveAttribute("aria-disabled", "true");
  });

  it("says why when the settings cannot be read, and tries again", async () => {
    const hub = fakeHub({ stored: stored() });
    let fail = true;
    const realTypes = hub.services.workItems.types;
    hub.services.workItems.types = async () => {
      if (fail) throw new Error("Failed to fetch");
      return realTypes();
    };
    render(<SettingsPage services={Promise.resolve(hub.services)} />);
    await screen.findByText("Could not load the settings: Failed to fetch");
    fail = false;
    fireEvent.click(button("Try again"));
    await screen.findByRole("button", { name: "Save" });
  });
});

describe("Settings hub: states", () => {
  it("lists the chosen type's real states with their categories, and follows a change of type", async () => {
    const hub = fakeHub({ stored: stored() });
    await renderHub(hub);

    expect(optionTexts("Acknowledge state")).toEqual([
      "(default by category: In Planning)",
      "New (Proposed)",
      "In Planning (InProgress)",
      "Closed (Completed)",
    ]);
    expect(optionTexts("Task done state")).toEqual([
      "(default by category: Closed)",
      "New (Proposed)",
      "Active (InProgress)",
      "Closed (Completed)",
      "Removed (Removed)",
    ]);

    change(select("Intake work item type"), "Bug");
    await waitFor(() =>
      expect(optionTexts("Acknowledge state")).toEqual([
        "(default by category: Active)",
        "New (Proposed)",
        "Active (InProgress)",
        "Resolved (Resolved)",
        "Closed (Completed)",
      ]),
    );
    expect(hub.calls).toContain("typeStates Bug");
  });

  it("marks a stored state the type does not have, and blocks Save", async () => {
    const hub = fakeHub({ stored: stored({ states: { acknowledge: "Doing" } }), etag: 2 });
    await renderHub(hub);

    const ack = select("Acknowledge state");
    expect(selectedText("Acknowledge state")).toBe("Doing (not a state of User Request)");
    expect(ack).toHaveAttribute("aria-invalid", "true");
    expect(errorOf(ack)).toMatch(/The acknowledge state "Doing" does not exist/);
    expect(isDisabled(button("Save"))).toBe(true);
    expect(screen.getByText("Fix the setting marked below before saving.")).toBeInTheDocument();
    fireEvent.click(button("Save"));
    expect(hub.documents.writes).toEqual([]);

    change(ack, "In Planning");
    expect(ack).not.toHaveAttribute("aria-invalid");
    expect(isDisabled(button("Save"))).toBe(false);
  });
});

describe("Settings hub: states that cannot be read", () => {
  it("says so at the type and blocks Save", async () => {
    const hub = fakeHub({ stored: stored() });
    hub.services.workItems.typeStates = async (type) => {
      throw new Error(`Failed to fetch the states of ${type}`);
    };
    await renderHub(hub);
    await waitFor(() =>
      expect(errorOf(select("Intake work item type"))).toMatch(/Could not read the states of User Request/),
    );
    expect(errorOf(select("Staff task type"))).toMatch(/Could not read the states of Task/);
    expect(errorOf(select("Acknowledge state"))).toBeUndefined();
    expect(isDisabled(button("Save"))).toBe(true);
    fireEvent.click(button("Save"));
    expect(hub.documents.writes).toEqual([]);
  });
});

describe("Settings hub: validation blocks saving", () => {
  it("an unknown placeholder is shown next to its template and nothing is saved", async () => {
    const hub = fakeHub({ stored: stored() });
    await renderHub(hub);

    const ack = control<HTMLTextAreaElement>("Acknowledge comment");
    change(ack, "{{clent}} we are on it");
    expect(ack).toHaveAttribute("aria-invalid", "true");
    expect(errorOf(ack)).toMatch(/Unknown placeholder \{\{clent\}\}/);
    expect(
      within(screen.getByRole("navigation", { name: "Settings to fix" })).getByText("Acknowledge comment"),
    );
    expect(isDisabled(button("Save"))).toBe(true);
    fireEvent.click(button("Save"));

    const subject = control("Completion mail subject");
    change(subject, "Done {{requestNumbr}}");
    expect(errorOf(subject)).toMatch(/\{\{requestNumbr\}\}/);
    expect(screen.getByText("Fix the 2 settings marked below before saving.")).toBeInTheDocument();
    expect(hub.documents.writes).toEqual([]);
  });

  it("a webhook that is not https is refused", async () => {
    const hub = fakeHub({ stored: stored() });
    await renderHub(hub);

    const hook = control("Staff channel webhook URL (optional)");
    change(hook, "http://hooks.example/staff");
    expect(hook).toHaveAttribute("aria-invalid", "true");
    expect(errorOf(hook)).toBe("The webhook URL must be a valid https:// address.");
    expect(isDisabled(button("Save"))).toBe(true);
    fireEvent.click(button("Save"));
    expect(hub.documents.writes).toEqual([]);

    change(hook, "https://hooks.example/staff");
    expect(hook).not.toHaveAttribute("aria-invalid");
    fireEvent.click(button("Save"));
    await screen.findByText(/Settings saved\./);
    expect(hub.documents.writes[0].value).toMatchObject({ webhookUrl: "https://hooks.example/staff" });
  });

  it("an empty request tag and an empty service list are refused", async () => {
    const hub = fakeHub({ stored: stored({ services: ["Voicemail"] }) });
    await renderHub(hub);
    change(control("Request tag"), "  ");
    expect(errorOf(control("Request tag"))).toBe("Enter the tag that marks requests.");
    fireEvent.click(button("Remove service Voicemail"));
    expect(errorOf(control("New service"))).toBe("Offer at least one service.");
    expect(isDisabled(button("Save"))).toBe(true);
    fireEvent.click(button("Save"));
    expect(hub.documents.writes).toEqual([]);
  });
});

describe("Settings hub: saving", () => {
  it("saves a valid change with the document's etag", async () => {
    const hub = fakeHub({ stored: stored(), etag: 3 });
    await renderHub(hub);
    expect(screen.queryByText(FIRST_RUN_HINT)).toBeNull();
    expect(screen.getByText("No changes to save.")).toBeInTheDocument();

    change(select("Acknowledge state"), "New");
    change(control<HTMLTextAreaElement>("Acknowledge comment"), "{{clientMention}} on it: {{requestLink}}");
    change(control("Request tag"), " umd-request ");
    fireEvent.click(button("Save"));
    await screen.findByText(/Settings saved\./);

    expect(hub.documents.writes).toHaveLength(1);
    const [write] = hub.documents.writes;
    expect(write.etag).toBe(3);
    expect(write.value).toMatchObject({
      states: { acknowledge: "New" },
      requestTag: "umd-request",
      templates: { acknowledgeComment: "{{clientMention}} on it: {{requestLink}}" },
    });
    expect(hub.documents.docs.get(PROJECT_ID)!.etag).toBe(4);
    expect(screen.getByText("No changes to save.")).toBeInTheDocument();

    // The next save goes with the new etag.
    change(select("Close state"), "Closed");
    fireEvent.click(button("Save"));
    await waitFor(() => expect(hub.documents.writes).toHaveLength(2));
    expect(hub.documents.writes[1].etag).toBe(4);
  });

  it("tells the second administrator about the conflict, overwrites nothing, and Reload re-reads", async () => {
    const hub = fakeHub({ stored: stored(), etag: 3 });
    await renderHub(hub);

    hub.documents.saveAsSomeoneElse(PROJECT_ID, stored({ requestTag: "their-tag" }));
    change(control("Request tag"), "my-tag");
    fireEvent.click(button("Save"));

    await screen.findByText(CONFLICT_MESSAGE);
    expect(hub.documents.docs.get(PROJECT_ID)).toMatchObject({ etag: 4, value: { requestTag: "their-tag" } });
    expect(isDisabled(button("Save"))).toBe(true);
    expect(screen.getByText(/Reload first/)).toBeInTheDocument();

    const readsBefore = hub.documents.reads;
    fireEvent.click(button("Reload"));
    await screen.findByText("These are the settings as saved now.");
    expect(hub.documents.reads).toBe(readsBefore + 1);
    expect(control("Request tag").value).toBe("their-tag");
    expect(screen.queryByText(CONFLICT_MESSAGE)).toBeNull();

    change(control("Request tag"), "my-tag");
    fireEvent.click(button("Save"));
    await screen.findByText(/Settings saved\./);
    expect(hub.documents.writes.at(-1)).toMatchObject({ etag: 4, value: { requestTag: "my-tag" } });
  });

  it("Reset to defaults asks first with a button named after it, and saves nothing by itself", async () => {
    const hub = fakeHub({
      stored: stored({ requestTag: "custom", states: { acknowledge: "New" } }),
      etag: 2,
    });
    await renderHub(hub);

    hub.answer = false;
    fireEvent.click(button("Reset to defaults"));
    await waitFor(() => expect(hub.confirms).toHaveLength(1));
    expect(hub.confirms[0].action).toBe("Reset to defaults");
    expect(control("Request tag").value).toBe("custom");

    hub.answer = true;
    fireEvent.click(button("Reset to defaults"));
    await screen.findByText(/Select Save to keep them/);
    expect(control("Request tag").value).toBe("umd-request");
    expect(selectedText("Acknowledge state")).toBe("(default by category: In Planning)");
    expect(screen.getByText(/No staff members yet/)).toBeInTheDocument();
    expect(hub.documents.writes).toEqual([]);
  });
});

describe("Settings hub: people", () => {
  it("finds members by name or e-mail and shows both; staff, default assignee and coordinator are saved", async () => {
    const hub = fakeHub({
      stored: stored({ staff: [], defaultAssigneeId: undefined, coordinator: undefined }),
    });
    await renderHub(hub);

    change(control("Find a staff member"), "fabrikam");
    fireEvent.keyDown(control("Find a staff member"), { key: "Enter" });
    await screen.findByRole("button", { name: "Add Remi Laurent (remi@fabrikam.example)" });
    expect(screen.getByText("sam@fabrikam.example")).toBeInTheDocument();
    fireEvent.click(button("Add Remi Laurent (remi@fabrikam.example)"));
    expect(
      within(screen.getByRole("list", { name: "Staff members" })).getByText("Remi Laurent"),
    ).toBeTruthy();

    change(control("Find a staff member"), "sam");
    fireEvent.click(button("Search: Find a staff member"));
    fireEvent.click(await screen.findByRole("button", { name: "Add Sam Okafor (sam@fabrikam.example)" }));

    // Someone already on the list is not offered again.
    change(control("Find a staff member"), "remi");
    fireEvent.click(button("Search: Find a staff member"));
    await screen.findByText(/No organization member matches "remi" who is not already chosen/);

    change(select("Default assignee of staff tasks"), SAM.id);
    change(control("Find the coordinator"), "holly");
    fireEvent.click(button("Search: Find the coordinator"));
    fireEvent.click(
      await screen.findByRole("button", { name: "Choose Holly Brooks (holly@fabrikam.example)" }),
    );
    expect(screen.getByText("Holly Brooks (holly@fabrikam.example)")).toBeInTheDocument();

    fireEvent.click(button("Save"));
    await screen.findByText(/Settings saved\./);
    expect(hub.documents.writes[0].value).toMatchObject({
      staff: [REMI, SAM],
      defaultAssigneeId: SAM.id,
      coordinator: HOLLY,
    });
    expect(hub.searches).toEqual(["fabrikam", "sam", "remi", "holly"]);
  });

  it("removing the default assignee from the staff clears the default", async () => {
    const hub = fakeHub({ stored: stored({ staff: [REMI, SAM], defaultAssigneeId: REMI.id }) });
    await renderHub(hub);
    expect(select("Default assignee of staff tasks").value).toBe(REMI.id);
    fireEvent.click(button("Remove Remi Laurent"));
    expect(select("Default assignee of staff tasks").value).toBe("");
    expect(screen.queryByText(/Fix the/)).toBeNull();
  });
});

describe("Settings hub: template preview", () => {
  it("renders a live preview from a sample request with account changes and a reassignment", async () => {
    const hub = fakeHub({ stored: stored() });
    await renderHub(hub);
    const preview = screen.getByRole("region", { name: "Preview: Completion mail body" });
    expect(preview.textContent).toContain("Dana Whitfield");
    expect(preview.querySelector("table")).not.toBeNull();
    expect(preview.textContent).toContain("User 215");
    expect(preview.textContent).toContain("Maria Gomez → Alex Chen");
    const subject = screen.getByRole("region", { name: "Preview: Completion mail" });
    expect(subject.textContent).toContain("Subject: Done: your request #1024 (Reassign user)");

    change(control<HTMLTextAreaElement>("Close comment"), "{{clientMention}} all done for {{service}}.");
    const close = screen.getByRole("region", { name: "Preview: Close comment" });
    expect(close.textContent).toBe("@Dana Whitfield all done for Customer portal.");
    expect(close.querySelector("a[data-vss-mention]")).not.toBeNull();
  });

  it("shows hostile template text as literal text: no script, no image, no event handler", async () => {
    const hub = fakeHub({ stored: stored() });
    await renderHub(hub);
    const hostile =
      '<script>alert("x")</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)" onclick="x()">click</a> {{client}}';
    change(control<HTMLTextAreaElement>("Acknowledge comment"), hostile);
    change(control("Confirmation mail subject"), '<img src=x onerror="alert(3)">');
    change(control<HTMLTextAreaElement>("Confirmation mail body"), hostile);

    for (const name of ["Preview: Acknowledge comment", "Preview: Confirmation mail"]) {
      const region = screen.getByRole("region", { name });
      expect(region.querySelectorAll("script, img, iframe, object, embed, style, svg")).toHaveLength(0);
      for (const el of region.querySelectorAll("*")) {
        for (const attr of el.getAttributeNames()) expect(attr.startsWith("on")).toBe(false);
        expect(el.getAttribute("href") ?? "").not.toMatch(/^\s*javascript:/i);
      }
      expect(region.textContent).toContain('<script>alert("x")</script>');
    }
    expect(screen.getByRole("region", { name: "Preview: Acknowledge comment" }).textContent).toContain(
      '<a href="javascript:alert(2)" onclick="x()">click</a> Dana Whitfield',
    );
  });
});
