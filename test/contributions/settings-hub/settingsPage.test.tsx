import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";

import { SERVICE_MAX } from "../../../src/contributions/settings-hub/ServicesEditor";
import { CONFLICT_MESSAGE, FIRST_RUN_HINT } from "../../../src/contributions/settings-hub/settingsMessages";
import { SettingsPage } from "../../../src/contributions/settings-hub/SettingsPage";
import { defaultSettings, type Settings } from "../../../src/domain/settings";
import {
  choose,
  control,
  errorOf,
  messageOf,
  optionTexts,
  pickPerson,
  results,
  search,
  shown,
  type,
} from "./drive";
import { BASIC, type FakeHub, fakeHub, HOLLY, INHERITED, PROJECT_ID, REMI, SAM } from "./fakes";

// The whole page renders for each test, azure-devops-ui controls and all: more than Jest's 5 s on a busy machine.
jest.setTimeout(20_000);

const button = (name: string) => screen.getByRole("button", { name });
// azure-devops-ui disables with aria-disabled, which assistive technology and Playwright read as disabled.
const isDisabled = (el: HTMLElement) =>
  el.getAttribute("aria-disabled") === "true" || (el as HTMLButtonElement).disabled;

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
    expect(shown("Intake work item type")).toBe("User Request");
    expect(control("Request tag").value).toBe("umd-request");
    expect(shown("Staff task type")).toBe("Task");
    expect(shown("Acknowledge state")).toBe("(default by category: In Planning)");
    expect(shown("Close state")).toBe("(default by category: Closed)");
    expect(shown("Task done state")).toBe("(default by category: Closed)");
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
    expect(shown("Intake work item type")).toBe("Issue");
    expect(await optionTexts("Intake work item type")).toEqual(["Issue", "Task", "Epic"]);
    expect(shown("Staff task type")).toBe("Task");
    expect(shown("Acknowledge state")).toBe("(default by category: Doing)");
    expect(shown("Close state")).toBe("(default by category: Done)");
    expect(shown("Task done state")).toBe("(default by category: Done)");
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

    expect(await optionTexts("Acknowledge state")).toEqual([
      "(default by category: In Planning)",
      "New (Proposed)",
      "In Planning (InProgress)",
      "Closed (Completed)",
    ]);
    expect(await optionTexts("Task done state")).toEqual([
      "(default by category: Closed)",
      "New (Proposed)",
      "Active (InProgress)",
      "Closed (Completed)",
      "Removed (Removed)",
    ]);

    await choose("Intake work item type", "Bug");
    await waitFor(() => expect(shown("Acknowledge state")).toBe("(default by category: Active)"));
    expect(await optionTexts("Acknowledge state")).toEqual([
      "(default by category: Active)",
      "New (Proposed)",
      "Active (InProgress)",
      "Resolved (Resolved)",
      "Closed (Completed)",
    ]);
    expect(hub.calls).toContain("typeStates Bug");
  });

  it("marks a stored state the type does not have, and blocks Save", async () => {
    const hub = fakeHub({ stored: stored({ states: { acknowledge: "Doing" } }), etag: 2 });
    await renderHub(hub);

    expect(shown("Acknowledge state")).toBe("Doing (not a state of User Request)");
    expect(errorOf(control("Acknowledge state"))).toMatch(/The acknowledge state "Doing" does not exist/);
    expect(isDisabled(button("Save"))).toBe(true);
    expect(screen.getByText("Fix the setting marked below before saving.")).toBeInTheDocument();
    fireEvent.click(button("Save"));
    expect(hub.documents.writes).toEqual([]);

    await choose("Acknowledge state", "In Planning (InProgress)");
    expect(errorOf(control("Acknowledge state"))).toBeUndefined();
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
      expect(errorOf(control("Intake work item type"))).toMatch(/Could not read the states of User Request/),
    );
    expect(errorOf(control("Staff task type"))).toMatch(/Could not read the states of Task/);
    expect(errorOf(control("Acknowledge state"))).toBeUndefined();
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
    type(ack, "{{clent}} we are on it");
    expect(ack).toHaveAttribute("aria-invalid", "true");
    expect(errorOf(ack)).toMatch(/Unknown placeholder \{\{clent\}\}/);
    // Its link in "Settings to fix" takes focus to the field.
    fireEvent.click(
      within(screen.getByRole("navigation", { name: "Settings to fix" })).getByRole("link", {
        name: "Acknowledge comment",
      }),
    );
    expect(ack).toHaveFocus();
    expect(isDisabled(button("Save"))).toBe(true);
    fireEvent.click(button("Save"));

    const subject = control("Completion mail subject");
    type(subject, "Done {{requestNumbr}}");
    expect(errorOf(subject)).toMatch(/\{\{requestNumbr\}\}/);
    expect(screen.getByText("Fix the 2 settings marked below before saving.")).toBeInTheDocument();
    expect(hub.documents.writes).toEqual([]);
  });

  it("a webhook that is not https is refused", async () => {
    const hub = fakeHub({ stored: stored() });
    await renderHub(hub);

    const hook = control("Staff channel webhook URL (optional)");
    expect(messageOf(hook)).toMatch(/^A Teams Workflows webhook/);
    type(hook, "http://hooks.example/staff");
    expect(hook).toHaveAttribute("aria-invalid", "true");
    // The error is shown at the field, in the hint's place, and announced.
    expect(errorOf(hook)).toBe("The webhook URL must be a valid https:// address.");
    expect(screen.getByRole("alert", { name: "" }).textContent).toBe(
      "The webhook URL must be a valid https:// address.",
    );
    expect(isDisabled(button("Save"))).toBe(true);
    fireEvent.click(button("Save"));
    expect(hub.documents.writes).toEqual([]);

    type(hook, "https://hooks.example/staff");
    expect(hook).not.toHaveAttribute("aria-invalid");
    fireEvent.click(button("Save"));
    await screen.findByText(/Settings saved\./);
    expect(hub.documents.writes[0].value).toMatchObject({ webhookUrl: "https://hooks.example/staff" });
  });

  it("an empty request tag and an empty service list are refused", async () => {
    const hub = fakeHub({ stored: stored({ services: ["Voicemail"] }) });
    await renderHub(hub);
    type(control("Request tag"), "  ");
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

    await choose("Acknowledge state", "New (Proposed)");
    type(control<HTMLTextAreaElement>("Acknowledge comment"), "{{clientMention}} on it: {{requestLink}}");
    type(control("Request tag"), " umd-request ");
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
    await choose("Close state", "Closed (Completed)");
    fireEvent.click(button("Save"));
    await waitFor(() => expect(hub.documents.writes).toHaveLength(2));
    expect(hub.documents.writes[1].etag).toBe(4);
  });

  it("tells the second administrator about the conflict, overwrites nothing, and Reload re-reads", async () => {
    const hub = fakeHub({ stored: stored(), etag: 3 });
    await renderHub(hub);

    hub.documents.saveAsSomeoneElse(PROJECT_ID, stored({ requestTag: "their-tag" }));
    type(control("Request tag"), "my-tag");
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

    type(control("Request tag"), "my-tag");
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
    expect(shown("Acknowledge state")).toBe("(default by category: In Planning)");
    expect(screen.getByText(/No staff members yet/)).toBeInTheDocument();
    expect(hub.documents.writes).toEqual([]);
  });
});

describe("Settings hub: people", () => {
  it("coordinator and staff are chosen by searching the organization; staff, default assignee and coordinator are saved", async () => {
    const hub = fakeHub({
      stored: stored({ staff: [], defaultAssigneeId: undefined, coordinator: undefined }),
    });
    await renderHub(hub);
    expect(messageOf(control("Coordinator"))).toMatch(/^Not set: whoever a request is assigned to/);

    // A search by e-mail domain lists every member it matches, with their e-mail.
    search("Add a staff member", "fabrikam");
    const found = await results();
    expect(within(found).getByText("sam@fabrikam.example")).toBeInTheDocument();
    fireEvent.click(within(found).getByText("Remi Laurent"));
    expect(
      within(screen.getByRole("list", { name: "Staff members" })).getByText("Remi Laurent"),
    ).toBeInTheDocument();
    expect(screen.getByText("Added Remi Laurent.")).toBeInTheDocument();
    // The picker is empty again, ready for the next person.
    expect(screen.getByRole("combobox", { name: "Add a staff member" })).toHaveValue("");

    await pickPerson("Add a staff member", "sam", "Sam Okafor");

    // Someone already on the list is not offered again.
    search("Add a staff member", "remi");
    await screen.findByText("No identities found");
    expect(hub.searches).toContain("remi");

    await choose("Default assignee of staff tasks", "Sam Okafor (sam@fabrikam.example)");
    await pickPerson("Coordinator", "holly", "Holly Brooks");
    expect(screen.getByRole("combobox", { name: "Coordinator" })).toHaveValue("Holly Brooks");
    expect(messageOf(control("Coordinator"))).toMatch(/^Holly Brooks \(holly@fabrikam\.example\)\./);

    fireEvent.click(button("Save"));
    await screen.findByText(/Settings saved\./);
    expect(hub.documents.writes[0].value).toMatchObject({
      staff: [REMI, SAM],
      defaultAssigneeId: SAM.id,
      coordinator: HOLLY,
    });
    expect(hub.searches).toEqual(["fabrikam", "sam", "remi", "holly"]);
  });

  it("the coordinator is cleared with the picker's Remove, and the page says who acts then", async () => {
    const hub = fakeHub({ stored: stored(), etag: 2 });
    await renderHub(hub);
    expect(screen.getByRole("combobox", { name: "Coordinator" })).toHaveValue("Holly Brooks");
    fireEvent.click(button("Remove Holly Brooks"));
    expect(messageOf(control("Coordinator"))).toMatch(/^Not set: whoever a request is assigned to/);
    fireEvent.click(button("Save"));
    await screen.findByText(/Settings saved\./);
    expect(hub.documents.writes[0].value).not.toHaveProperty("coordinator");
  });

  it("a search that fails says so in words", async () => {
    const hub = fakeHub({ stored: stored() });
    hub.services.identities.search = async () => {
      throw new Error("Failed to fetch");
    };
    await renderHub(hub);
    search("Add a staff member", "sam");
    expect(await screen.findByText("Could not search for people: Failed to fetch")).toBeInTheDocument();
  });

  it("removing the default assignee from the staff clears the default", async () => {
    const hub = fakeHub({ stored: stored({ staff: [REMI, SAM], defaultAssigneeId: REMI.id }) });
    await renderHub(hub);
    expect(shown("Default assignee of staff tasks")).toBe("Remi Laurent (remi@fabrikam.example)");
    fireEvent.click(button("Remove Remi Laurent"));
    expect(shown("Default assignee of staff tasks")).toBe("(none: the first staff member is preselected)");
    expect(screen.queryByText(/Fix the/)).toBeNull();
  });
});

describe("Settings hub: services", () => {
  it("counts the new service's characters against its limit, refuses a duplicate at the box, and adds one", async () => {
    const hub = fakeHub({ stored: stored({ services: ["Voicemail"] }) });
    await renderHub(hub);
    const box = control("New service");
    expect(box).toHaveAttribute("maxlength", String(SERVICE_MAX));
    expect(screen.getByText(`0/${SERVICE_MAX}`)).toBeInTheDocument();
    type(box, "voicemail");
    expect(screen.getByText(`9/${SERVICE_MAX}`)).toBeInTheDocument();
    fireEvent.click(button("Add service"));
    expect(errorOf(box)).toBe('"voicemail" is already offered.');
    expect(box).toHaveAttribute("aria-invalid", "true");

    type(box, "Dental portal");
    expect(errorOf(box)).toBeUndefined();
    fireEvent.keyDown(box, { key: "Enter" });
    expect(
      within(screen.getByRole("list", { name: "Services offered" }))
        .getAllByRole("listitem")
        .map((li) => li.firstChild?.textContent),
    ).toEqual(["Voicemail", "Dental portal"]);
    fireEvent.click(button("Save"));
    await screen.findByText(/Settings saved\./);
    expect(hub.documents.writes[0].value).toMatchObject({ services: ["Voicemail", "Dental portal"] });
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

    type(control<HTMLTextAreaElement>("Close comment"), "{{clientMention}} all done for {{service}}.");
    const close = screen.getByRole("region", { name: "Preview: Close comment" });
    expect(close.textContent).toBe("@Dana Whitfield all done for Customer portal.");
    expect(close.querySelector("a[data-vss-mention]")).not.toBeNull();
  });

  it("shows hostile template text as literal text: no script, no image, no event handler", async () => {
    const hub = fakeHub({ stored: stored() });
    await renderHub(hub);
    const hostile =
      '<script>alert("x")</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)" onclick="x()">click</a> {{client}}';
    type(control<HTMLTextAreaElement>("Acknowledge comment"), hostile);
    type(control("Confirmation mail subject"), '<img src=x onerror="alert(3)">');
    type(control<HTMLTextAreaElement>("Confirmation mail body"), hostile);

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
